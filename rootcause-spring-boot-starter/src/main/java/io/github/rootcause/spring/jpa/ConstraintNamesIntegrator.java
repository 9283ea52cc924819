package io.github.rootcause.spring.jpa;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Collects, while Hibernate boots, the constraint names its mapping declares ({@code @Table(uniqueConstraints)},
 * {@code @ForeignKey(name)}, {@code @Table(check)}, {@code @Column(check)}, {@code @Check}), which the runtime
 * metamodel no longer holds. Registered through {@code META-INF/services}; keeps only the names, per session
 * factory, until the factory closes.
 */
public final class ConstraintNamesIntegrator implements Integrator {

	private static final Map<SessionFactoryImplementor, Set<String>> NAMES = Collections
		.synchronizedMap(new WeakHashMap<>());

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		try {
			for (Table table : metadata.collectTableMappings()) {
				for (UniqueKey key : table.getUniqueKeys().values()) {
					add(names, key.getName());
				}
				// getForeignKeys(), not Hibernate 7's getForeignKeyCollection(): Hibernate 6.6 has only the map.
				for (ForeignKey key : table.getForeignKeys().values()) {
					add(names, key.getName());
				}
				table.getChecks().forEach((check) -> add(names, check.getName()));
				for (Column column : table.getColumns()) {
					column.getCheckConstraints().forEach((check) -> add(names, check.getName()));
				}
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// The names only help startup validation; a mapping that cannot be read (or a Hibernate version whose
			// mapping API differs) adds none.
		}
		NAMES.put(sessionFactory, Collections.unmodifiableSet(names));
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
		NAMES.remove(sessionFactory);
	}

	/**
	 * The constraint names the mapping of a session factory declares.
	 * @param sessionFactory the session factory
	 * @return the names, compared case-insensitively; empty when not known
	 */
	static Set<String> names(SessionFactoryImplementor sessionFactory) {
		return NAMES.getOrDefault(sessionFactory, Set.of());
	}

	private static void add(Set<String> names, String name) {
		if (name != null && !name.isBlank()) {
			names.add(name);
		}
	}

}
