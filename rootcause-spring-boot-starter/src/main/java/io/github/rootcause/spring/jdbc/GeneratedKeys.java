package io.github.rootcause.spring.jdbc;

/**
 * Knows which columns hold keys that the database or the persistence provider generates (an identity column, a
 * sequence), rather than values a client sends. A unique violation on such a key is the server's fault: its
 * identity or sequence is behind the rows already stored. {@code HibernateEntityModel} is one, for the identifiers
 * of entities with a generator.
 */
@FunctionalInterface
public interface GeneratedKeys {

	/**
	 * Whether a column holds a generated key.
	 * @param table the table, as the database stores its name
	 * @param column the column, as the database stores its name
	 * @return whether its values are generated
	 */
	boolean isGenerated(String table, String column);

}
