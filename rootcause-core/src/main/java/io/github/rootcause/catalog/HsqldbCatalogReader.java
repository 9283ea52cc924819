package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Database;

/**
 * Reads an HSQLDB 2.x catalog in three queries, whatever the number of tables: keys and checks through the standard
 * {@code INFORMATION_SCHEMA} views ({@link InformationSchema}), unique indexes made by {@code CREATE UNIQUE INDEX}
 * through HSQLDB's {@code INFORMATION_SCHEMA.SYSTEM_INDEXINFO}. The index behind a unique constraint or primary key
 * carries the constraint's name there and is not listed twice. NOT NULL constraints, which HSQLDB names and stores
 * as checks ({@code PUBLIC.T.C IS NOT NULL}), are read as {@link io.github.rootcause.Kind#NOT_NULL}, so a
 * not-null violation resolves its schema too.
 */
final class HsqldbCatalogReader implements CatalogReader {

	private static final String USER_SCHEMAS = "tc.TABLE_SCHEMA not in ('INFORMATION_SCHEMA', 'SYSTEM_LOBS')";

	private static final String UNIQUE_INDEXES = """
			select TABLE_SCHEM as TABLE_SCHEMA, TABLE_NAME, INDEX_NAME as CONSTRAINT_NAME, COLUMN_NAME
			from INFORMATION_SCHEMA.SYSTEM_INDEXINFO
			where NON_UNIQUE = false and TABLE_SCHEM not in ('INFORMATION_SCHEMA', 'SYSTEM_LOBS')
			order by TABLE_SCHEM, INDEX_NAME, ORDINAL_POSITION
			""";

	/** The queries and their row mapping, over JDBC and R2DBC. */
	static final CatalogSql SQL = InformationSchema.sql(USER_SCHEMAS, UNIQUE_INDEXES, "values current_schema");

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		return CatalogSql.read(connection, database, SQL, List.of());
	}

}
