package io.github.rootcause.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.web.ViolationHandlers;

/**
 * Checks that every constraint name used in {@code rootcause.constraints.*} and in handler annotations exists in
 * the catalog of one of the application's data sources (compared case-insensitively, ignoring '_' and '-', as
 * violations are matched to them): fails startup ({@code rootcause.validation.mode=fail}, the default), warns
 * ({@code warn}) or does nothing ({@code ignore}), listing the names that do exist as violations of them are named
 * ({@code rootcause.names}). Run by {@link CatalogStartup} once the catalogs are read: at startup, or, when a
 * database could not be read then, at its first read, when it can only warn.
 */
final class ConstraintNameValidator {

	private static final Log logger = LogFactory.getLog(ConstraintNameValidator.class);

	private final ApplicationContext context;

	ConstraintNameValidator(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Whether any name is to be checked.
	 * @return {@code false} when validation is off or no name is used
	 */
	boolean hasNames() {
		return mode() != RootCauseProperties.Mode.IGNORE && !used().isEmpty();
	}

	/**
	 * Checks the used names against catalogs that have been read.
	 * @param catalogs the catalogs read so far; those without constraints are passed over
	 * @param atStartup whether startup may still fail; after it, unknown names are only logged
	 */
	void check(List<Catalog> catalogs, boolean atStartup) {
		RootCauseProperties.Mode mode = mode();
		List<Catalog> read = catalogs.stream().filter((catalog) -> !catalog.constraints().isEmpty()).toList();
		if (mode == RootCauseProperties.Mode.IGNORE || read.isEmpty()) {
			return;
		}
		Set<String> missing = new LinkedHashSet<>();
		for (Map.Entry<String, String> entry : used().entrySet()) {
			String name = entry.getKey();
			if (read.stream().noneMatch((catalog) -> exists(catalog, name))) {
				missing.add(name + " (" + entry.getValue() + ")");
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		// Listed as violations of them are named (rootcause.names), not as the catalog stores them.
		DataSourceResolvers resolvers = this.context.getBeanProvider(DataSourceResolvers.class).getIfAvailable();
		Set<String> existing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (Catalog catalog : read) {
			for (Constraint constraint : catalog.constraints()) {
				existing.add((resolvers != null) ? resolvers.naming()
					.constraint(constraint.name(), catalog.database().orElse(null), resolvers.model())
						: constraint.name());
			}
		}
		String message = "Unknown constraint names " + missing + "; the database has " + existing + ".";
		if (mode == RootCauseProperties.Mode.FAIL && atStartup) {
			throw new IllegalStateException(message + " Set rootcause.validation.mode=warn to start anyway.");
		}
		logger.warn(message);
	}

	private RootCauseProperties.Mode mode() {
		return this.context.getBean(RootCauseProperties.class).getValidation().getMode();
	}

	/** The constraint names the configuration and the handler annotations use, with where each is used. */
	private Map<String, String> used() {
		Map<String, String> used = new LinkedHashMap<>();
		for (String name : this.context.getBean(RootCauseProperties.class).getConstraints().keySet()) {
			used.put(name, "rootcause.constraints." + name);
		}
		if (ClassUtils.isPresent("org.springframework.web.servlet.DispatcherServlet",
				this.context.getClassLoader())) {
			for (ViolationHandlers handlers : this.context.getBeanProvider(ViolationHandlers.class)) {
				for (ViolationHandlers.Handler handler : handlers.all()) {
					for (String name : handler.constraints()) {
						used.putIfAbsent(name, handler.method().getDeclaringClass().getSimpleName() + "."
								+ handler.method().getName());
					}
				}
			}
		}
		return used;
	}

	private static boolean exists(Catalog catalog, String name) {
		if (!catalog.named(name).isEmpty()) {
			return true;
		}
		String key = RootCauseProperties.normalized(name);
		return catalog.constraints().stream().anyMatch((c) -> RootCauseProperties.normalized(c.name()).equals(key));
	}

}
