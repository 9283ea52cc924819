package io.github.rootcause.spring.jdbc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.util.ClassUtils;

import io.github.rootcause.EntityModel;

/**
 * An {@link EntityModel} read from Spring Data JDBC's mapping context: each {@code @Table} maps to its aggregate
 * class (by simple name), each column to its property, embedded properties as paths ({@code address.city}), their
 * columns with their prefix.
 *
 * <p>As {@link GeneratedKeys}, it knows the identifier column of each aggregate whose identifier is a number: Spring
 * Data JDBC lets the database generate it (an identity column, or a sequence with {@code @Sequence}).
 *
 * <p>Read on each lookup from the entities the context knows at that moment, so aggregates registered late are
 * seen too.
 */
public final class DataJdbcEntityModel implements EntityModel, GeneratedKeys {

	private final RelationalMappingContext context;

	/**
	 * Creates a model over a mapping context.
	 * @param context Spring Data JDBC's mapping context
	 */
	public DataJdbcEntityModel(RelationalMappingContext context) {
		this.context = context;
	}

	@Override
	public Optional<String> entity(String table) {
		String key = Names.key(table);
		for (RelationalPersistentEntity<?> entity : this.context.getPersistentEntities()) {
			if (key.equals(Names.key(entity.getTableName().getReference()))) {
				return Optional.of(entity.getType().getSimpleName());
			}
		}
		return Optional.empty();
	}

	@Override
	public Optional<String> field(String table, String column) {
		String key = Names.key(table);
		for (RelationalPersistentEntity<?> entity : this.context.getPersistentEntities()) {
			if (key.equals(Names.key(entity.getTableName().getReference()))) {
				Map<String, String> fields = new HashMap<>();
				collect(entity, "", fields);
				String field = fields.get(Names.key(column));
				if (field != null) {
					return Optional.of(field);
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean isGenerated(String table, String column) {
		String key = Names.key(table);
		for (RelationalPersistentEntity<?> entity : this.context.getPersistentEntities()) {
			RelationalPersistentProperty id = entity.getIdProperty();
			if (id != null && key.equals(Names.key(entity.getTableName().getReference()))
					&& Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(id.getType()))
					&& Names.key(column).equals(Names.key(id.getColumnName().getReference()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Collects column to property paths. The mapping context gives an embedded property's entity with the column
	 * prefix already applied to its columns.
	 */
	private void collect(RelationalPersistentEntity<?> entity, String path, Map<String, String> fields) {
		for (RelationalPersistentProperty property : entity) {
			if (property.isEmbedded()) {
				RelationalPersistentEntity<?> embedded = this.context.getPersistentEntity(property);
				if (embedded != null) {
					collect(embedded, path + property.getName() + ".", fields);
				}
			}
			else if (!property.isCollectionLike() && !property.isMap() && !property.isEntity()) {
				fields.putIfAbsent(Names.key(property.getColumnName().getReference()), path + property.getName());
			}
		}
	}

}
