package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Database;

/**
 * Reads an H2 2.x catalog in a fixed number of queries over {@code INFORMATION_SCHEMA}, whatever the number of
 * tables: keys and checks through the standard views ({@link InformationSchema}), unique indexes through H2's
 * {@code INDEX_COLUMNS}. That also lists the index behind each unique constraint and primary key under its own
 * name ({@code UQ_EMAIL_INDEX_5}, {@code PRIMARY_KEY_5}), which is the only name H2 2.3 and earlier report for a
 * unique violation; those come after the constraints, so a lookup by columns finds the constraint first.
 */
final class H2CatalogReader implements CatalogReader {

	private static final String USER_SCHEMAS = "tc.TABLE_SCHEMA <> 'INFORMATION_SCHEMA'";

	private static final String UNIQUE_INDEXES = """
			select TABLE_SCHEMA, TABLE_NAME, INDEX_NAME as CONSTRAINT_NAME, COLUMN_NAME
			from INFORMATION_SCHEMA.INDEX_COLUMNS
			where IS_UNIQUE and TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
			order by TABLE_SCHEMA, INDEX_NAME, ORDINAL_POSITION
			""";

	/** The queries and their row mapping, over JDBC and R2DBC. */
	static final CatalogSql SQL = InformationSchema.sql(USER_SCHEMAS, UNIQUE_INDEXES, "select current_schema");

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		return CatalogSql.read(connection, database, SQL, List.of());
	}

}
