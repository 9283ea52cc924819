package io.github.rootcause.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jpa.HibernateEntityModel;
import io.github.rootcause.spring.web.ViolationHandlers;

/**
 * At startup, checks that every constraint name used in {@code rootcause.constraints.*} and in handler
 * annotations exists in the catalog of one of the application's data sources or in Hibernate's mapping: fails
 * startup ({@code rootcause.validation.mode=fail}, the default), warns ({@code warn}) or does nothing
 * ({@code ignore}), listing the names that do exist. Skipped when neither a catalog nor a mapping knows any name.
 */
final class ConstraintNameValidator implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ConstraintNameValidator.class);

	private final ApplicationContext context;

	ConstraintNameValidator(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		RootCauseProperties properties = this.context.getBean(RootCauseProperties.class);
		if (properties.getValidation().getMode() == RootCauseProperties.Mode.IGNORE) {
			return;
		}
		Map<String, String> used = new LinkedHashMap<>();
		for (String name : properties.getConstraints().keySet()) {
			used.put(name, "rootcause.constraints." + name);
		}
		if (isPresent("org.springframework.web.servlet.DispatcherServlet")) {
			for (ViolationHandlers handlers : this.context.getBeanProvider(ViolationHandlers.class)) {
				for (ViolationHandlers.Handler handler : handlers.all()) {
					for (String name : handler.constraints()) {
						used.putIfAbsent(name, handler.method().getDeclaringClass().getSimpleName() + "."
								+ handler.method().getName());
					}
				}
			}
		}
		if (used.isEmpty()) {
			return;
		}
		DataSourceResolvers resolvers = this.context.getBeanProvider(DataSourceResolvers.class).getIfAvailable();
		if (resolvers == null) {
			return;
		}
		List<Catalog> catalogs = new ArrayList<>();
		for (DataSource dataSource : this.context.getBeanProvider(DataSource.class)) {
			Catalog catalog = resolvers.resolver(dataSource).catalog();
			if (!catalog.constraints().isEmpty()) {
				catalogs.add(catalog);
			}
		}
		Set<String> modelled = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (isPresent("org.hibernate.engine.spi.SessionFactoryImplementor")
				&& isPresent("jakarta.persistence.EntityManagerFactory")) {
			HibernateNames.addTo(this.context, modelled);
		}
		if (catalogs.isEmpty() && modelled.isEmpty()) {
			return;
		}
		Set<String> missing = new LinkedHashSet<>();
		for (Map.Entry<String, String> entry : used.entrySet()) {
			String name = entry.getKey();
			if (!exists(modelled, name) && catalogs.stream().noneMatch((catalog) -> exists(catalog, name))) {
				missing.add(name + " (" + entry.getValue() + ")");
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		Set<String> existing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		existing.addAll(modelled);
		for (Catalog catalog : catalogs) {
			for (Constraint constraint : catalog.constraints()) {
				existing.add(constraint.name());
			}
		}
		String message = "Unknown constraint names " + missing + "; the database has " + existing
				+ ". Set rootcause.validation.mode=warn to start anyway.";
		if (properties.getValidation().getMode() == RootCauseProperties.Mode.FAIL) {
			throw new IllegalStateException(message);
		}
		logger.warn(message);
	}

	private static boolean exists(Set<String> names, String name) {
		String key = RootCauseProperties.normalized(name);
		return names.stream().anyMatch((candidate) -> RootCauseProperties.normalized(candidate).equals(key));
	}

	private static boolean exists(Catalog catalog, String name) {
		if (!catalog.named(name).isEmpty()) {
			return true;
		}
		String key = RootCauseProperties.normalized(name);
		return catalog.constraints().stream().anyMatch((c) -> RootCauseProperties.normalized(c.name()).equals(key));
	}

	/** Kept apart so that this class loads without Hibernate. */
	private static final class HibernateNames {

		static void addTo(ApplicationContext context, Set<String> names) {
			for (HibernateEntityModel model : context.getBeanProvider(HibernateEntityModel.class)) {
				names.addAll(model.constraintNames());
			}
		}

	}

	private boolean isPresent(String className) {
		return ClassUtils.isPresent(className, this.context.getClassLoader());
	}

}
