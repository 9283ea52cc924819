package io.github.rootcause.spring.migration;

import java.time.Duration;
import java.util.Objects;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * A Flyway callback that reads rootcause's catalogs again after Flyway changed the schema (a migration, successful
 * or failed part-way, an undo, a clean or a repair), and waits for the read at most a bound, so that the
 * violations that follow {@code flyway.migrate()} are answered with the new constraints. Spring Boot adds every
 * {@code Callback} bean to the Flyway it configures; add it to a Flyway built by hand with
 * {@code Flyway.configure().callbacks(refresh)}.
 */
public final class FlywayCatalogRefresh implements Callback {

	private final DataSourceResolvers resolvers;

	private final Duration wait;

	/**
	 * Creates the callback.
	 * @param resolvers the resolvers whose catalogs to read again
	 * @param wait how long the migrating thread waits at most for the new catalogs
	 */
	public FlywayCatalogRefresh(DataSourceResolvers resolvers, Duration wait) {
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
		this.wait = Objects.requireNonNull(wait, "wait");
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR || event == Event.AFTER_UNDO
				|| event == Event.AFTER_CLEAN || event == Event.AFTER_REPAIR;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		CatalogRefresh.await(this.resolvers.refresh(), this.wait);
	}

	@Override
	public String getCallbackName() {
		return "rootcause";
	}

}
