package io.github.rootcause.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Reads the catalog of every {@link DataSource} bean (and of every R2DBC connection factory whose clients rootcause
 * translates) when the application context starts, after every bean (and so
 * every Flyway or Liquibase migration that Spring Boot runs at startup) is ready and before the web server and the
 * message listener containers start: so that the first violations find their catalog read, and none waits on the
 * pool for it. Startup waits for the reads at most {@code rootcause.catalog.startup-wait}; past it, the application
 * starts and the reads go on (violations until then are answered from what the database reported). Then checks
 * the constraint names of the configuration against the catalogs ({@link ConstraintNameValidator}): at startup
 * for those read by then, at its first read for a database that could not be read.
 */
final class CatalogStartup implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CatalogStartup.class);

	private final ApplicationContext context;

	private final DataSourceResolvers resolvers;

	private final ConstraintNameValidator validator;

	private final Duration startupWait;

	private volatile boolean running;

	CatalogStartup(ApplicationContext context, DataSourceResolvers resolvers, ConstraintNameValidator validator,
			Duration startupWait) {
		this.context = context;
		this.resolvers = resolvers;
		this.validator = validator;
		this.startupWait = startupWait;
	}

	@Override
	public void start() {
		this.running = true;
		Map<String, DataSource> dataSources = this.context.getBeansOfType(DataSource.class);
		dataSources.values().forEach(this.resolvers::resolver);
		// Every data source's, and those registered by other sources (R2DBC connection factories).
		List<LiveCatalog> catalogs = this.resolvers.liveCatalogs();
		CompletableFuture<?>[] reads = catalogs.stream()
			.map((catalog) -> catalog.first().toCompletableFuture())
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(reads).get(this.startupWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			logger.info("The catalogs of " + catalogs.stream().map(LiveCatalog::name).toList()
					+ " were not all read within rootcause.catalog.startup-wait (" + this.startupWait
					+ "); starting without them, they are read in the background");
		}
		catch (ExecutionException ex) {
			// Never: each read completes with a catalog, empty when it failed.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.validator.hasNames()) {
			// The data sources' catalogs, as before R2DBC's were read here too.
			List<LiveCatalog> validated = dataSources.values()
				.stream()
				.map((dataSource) -> this.resolvers.resolver(dataSource).liveCatalog())
				.toList();
			this.validator.check(validated.stream().map(LiveCatalog::current).filter(Objects::nonNull).toList(), true);
			for (LiveCatalog unread : validated.stream().filter((catalog) -> catalog.current() == null).toList()) {
				logger.warn("The constraint names of rootcause.constraints and handler annotations are checked against "
						+ "the catalog of " + unread.name() + " when it is first read; it could not be read at startup");
				unread.whenRead().thenAccept((catalog) -> this.validator.check(List.of(catalog), false));
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server (and message listener containers) start taking work. */
	@Override
	public int getPhase() {
		return 0;
	}

}
