package io.github.rootcause;

import java.util.Optional;

/**
 * Maps tables and columns to the entities and attributes an application knows them by. The Spring Boot starter
 * builds one from Hibernate's metamodel or Spring Data JDBC's mapping context; plain applications may write their
 * own.
 *
 * <p>Names are passed as the database stores them; implementations should compare case-insensitively.
 */
public interface EntityModel {

	/**
	 * The entity mapped to a table; for the table of a collection (a join table, an element collection's table),
	 * the entity that owns the collection.
	 * @param table the table name without schema
	 * @return the entity name, or empty when no entity maps the table
	 */
	Optional<String> entity(String table);

	/**
	 * The entity attribute mapped to a column, as a path for embedded attributes ({@code address.city}); for a
	 * column of a collection's table (the key back to the owner, the element), the collection attribute
	 * ({@code labels}), which a violation names once however many of its columns it involves.
	 * @param table the table name without schema
	 * @param column the column name
	 * @return the attribute, or empty when no entity maps the column
	 */
	Optional<String> field(String table, String column);

	/**
	 * The name of a constraint or unique index as the application's mapping declares it (JPA's
	 * {@code @UniqueConstraint(name)}, {@code @Index(name)}, {@code @ForeignKey(name)}, Hibernate's
	 * {@code @Check(name)}), for a name the database reported in its own case: {@code UQ_ACCOUNT_EMAIL} on H2,
	 * declared {@code uq_account_email}. Used by {@link Naming#DECLARED}.
	 * @param name the name as the database reported it, compared case-insensitively
	 * @return the declared name, or empty when the mapping declares no such name (the default)
	 */
	default Optional<String> constraint(String name) {
		return Optional.empty();
	}

	/**
	 * A model that maps nothing.
	 * @return the empty model
	 */
	static EntityModel none() {
		return NoEntityModel.INSTANCE;
	}

}
