package io.github.rootcause.spring.existing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;

/**
 * The clinic's JDBC repositories, which build their own templates from the {@link DataSource}, as many
 * applications do; a store that is no {@code @Repository} and does the same; and a store on Spring Boot's jOOQ
 * {@link DSLContext}.
 */
final class Repositories {

	private Repositories() {
	}

	/**
	 * A hand-made insert into a table of the connection's own schema: the servers are shared, and where another test
	 * run has a table of the same name in another schema, Spring would not know which one's metadata to read.
	 * @param dataSource the application's data source
	 * @param table the table
	 * @return the insert
	 */
	static SimpleJdbcInsert into(DataSource dataSource, String table) {
		SimpleJdbcInsert insert = new SimpleJdbcInsert(dataSource).withTableName(table);
		try (Connection connection = dataSource.getConnection()) {
			String schema = connection.getSchema();
			return (schema != null) ? insert.withSchemaName(schema) : insert;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No connection to read the schema of", ex);
		}
	}

	@Repository
	static class JdbcPetRepository {

		private final SimpleJdbcInsert insert;

		private final NamedParameterJdbcTemplate jdbc;

		JdbcPetRepository(DataSource dataSource) {
			this.insert = into(dataSource, "pet").usingGeneratedKeyColumns("id");
			this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		}

		Number save(String name, Integer typeId, Integer ownerId) {
			Map<String, Object> row = new HashMap<>();
			row.put("name", name);
			row.put("type_id", typeId);
			row.put("owner_id", ownerId);
			return this.insert.executeAndReturnKey(row);
		}

		/** Deletes a pet type, first detaching its pets: the bug is that pets must have a type. */
		void deleteType(int typeId) {
			this.jdbc.update("update pet set type_id = null where type_id = :id", Map.of("id", typeId));
			this.jdbc.update("delete from pet_type where id = :id", Map.of("id", typeId));
		}

	}

	@Repository
	static class JdbcUserRepository {

		private final JdbcClient jdbc;

		JdbcUserRepository(DataSource dataSource) {
			this.jdbc = JdbcClient.create(dataSource);
		}

		void save(String username) {
			this.jdbc.sql("insert into app_user (username) values (?)").param(username).update();
		}

		/**
		 * Declares what it throws, as many hand-made repositories do: Spring's own translation at the repository's
		 * boundary lets a declared exception through as it is.
		 */
		void saveDeclaringWhatItThrows(String username) throws DataAccessException {
			this.jdbc.sql("insert into app_user (username) values (?)").param(username).update();
		}

	}

	/** A template made by hand with a translator of its own, that reports everything as uncategorized. */
	@Repository
	static class LegacyUserRepository {

		private final JdbcTemplate jdbc;

		LegacyUserRepository(DataSource dataSource) {
			this.jdbc = new JdbcTemplate(dataSource);
			this.jdbc.setExceptionTranslator((task, sql, ex) -> new UncategorizedSQLException(task, sql, ex));
		}

		void save(String username) {
			this.jdbc.update("insert into app_user (username) values (?)", username);
		}

	}

	/** A template made by hand in a bean that is no {@code @Repository}: nothing translates at its boundary. */
	@Component
	static class PetTypeStore {

		private final JdbcTemplate jdbc;

		PetTypeStore(DataSource dataSource) {
			this.jdbc = new JdbcTemplate(dataSource);
		}

		void save(String name) {
			this.jdbc.update("insert into pet_type (name) values (?)", name);
		}

	}

	/** Users through Spring Boot's jOOQ {@code DSLContext}, in a bean that is no {@code @Repository}. */
	@Component
	static class JooqUserStore {

		private final DSLContext dsl;

		JooqUserStore(DSLContext dsl) {
			this.dsl = dsl;
		}

		void save(String username) {
			this.dsl.insertInto(DSL.table("app_user"), DSL.field("username")).values(username).execute();
		}

		void saveInto(String table, String username) {
			this.dsl.insertInto(DSL.table(table), DSL.field("username")).values(username).execute();
		}

	}

}
