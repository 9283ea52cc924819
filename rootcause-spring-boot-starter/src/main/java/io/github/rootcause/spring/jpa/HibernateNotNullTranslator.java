package io.github.rootcause.spring.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.PropertyValueException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.NotNullViolationException;
import io.github.rootcause.spring.jdbc.ViolationReader;

/**
 * Reads Hibernate's own not-null check as a {@link Kind#NOT_NULL NOT_NULL} violation. Without Bean Validation on
 * the class path, Hibernate rejects a {@code null} in a {@code @Column(nullable = false)} or
 * {@code optional = false} attribute itself, with a {@link PropertyValueException} ("not-null property references
 * a null or transient value"), before the database sees the write; this gives it the same {@link Cause} as the
 * database's NOT NULL violation: the entity, its field (a path such as {@code address.city} in an embeddable) and,
 * from Hibernate's mapping metamodel, the table and columns. It has no constraint name.
 *
 * <p>As a {@link PersistenceExceptionTranslator} bean, ordered first, it makes Spring Data repositories and
 * {@code @Repository} beans throw a {@link NotNullViolationException}; as a {@link ViolationReader} it lets
 * {@link DataSourceResolvers} (and so the web layer) read the exception wherever it surfaces: untranslated, or as
 * the cause of the {@code DataIntegrityViolationException} the {@code JpaTransactionManager} throws at commit.
 */
public final class HibernateNotNullTranslator implements PersistenceExceptionTranslator, ViolationReader, Ordered {

	private static final String NOT_NULL_MESSAGE = "not-null property references a null or transient value";

	private final Supplier<List<EntityManagerFactory>> factories;

	/**
	 * Creates the translator.
	 * @param factories supplies the entity manager factories whose metamodels name the tables and columns
	 */
	public HibernateNotNullTranslator(Supplier<List<EntityManagerFactory>> factories) {
		this.factories = factories;
	}

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		return read(ex).map((cause) -> ConstraintViolationTranslator.exception(String.valueOf(ex.getMessage()), cause,
				ex)).orElse(null);
	}

	@Override
	public Optional<Cause> read(@Nullable Throwable throwable) {
		return DataSourceResolvers.inChain(throwable, HibernateNotNullTranslator::isNotNullCheck)
			.map((ex) -> cause((PropertyValueException) ex));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * Hibernate throws a {@link PropertyValueException} for other reasons too (a tenant id that differs from the
	 * current one); its not-null check's message starts with {@value #NOT_NULL_MESSAGE}.
	 */
	private static boolean isNotNullCheck(Throwable ex) {
		return ex instanceof PropertyValueException && ex.getMessage() != null
				&& ex.getMessage().startsWith(NOT_NULL_MESSAGE);
	}

	private Cause cause(PropertyValueException ex) {
		Cause cause = Cause.of(Kind.NOT_NULL).withFields(List.of(ex.getPropertyName()));
		for (EntityManagerFactory factory : this.factories.get()) {
			try {
				EntityPersister persister = factory.unwrap(SessionFactoryImplementor.class)
					.getMappingMetamodel()
					.findEntityDescriptor(ex.getEntityName());
				if (persister != null) {
					return withColumns(cause.withEntity(HibernateEntityModel.jpaEntityName(factory, persister)),
							persister.findByPath(ex.getPropertyName()));
				}
			}
			catch (RuntimeException notHibernate) {
				// Not a factory of this entity; ask the next one.
			}
		}
		return cause;
	}

	private static Cause withColumns(Cause cause, @Nullable ModelPart part) {
		if (part == null) {
			return cause;
		}
		List<String> tables = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		part.forEachSelectable((index, selectable) -> {
			if (!selectable.isFormula()) {
				tables.add(selectable.getContainingTableExpression());
				columns.add(selectable.getSelectionExpression());
			}
		});
		return (columns.isEmpty() || tables.stream().distinct().count() != 1) ? cause
				: cause.withTable(tables.get(0)).withColumns(columns);
	}

}
