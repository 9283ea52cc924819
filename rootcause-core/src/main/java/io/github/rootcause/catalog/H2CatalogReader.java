package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;

import io.github.rootcause.Database;

/**
 * Reads an H2 2.x catalog in three queries over {@code INFORMATION_SCHEMA}, whatever the number of tables: keys and
 * checks through the standard views ({@link InformationSchema}), unique indexes through H2's {@code INDEXES} and
 * {@code INDEX_COLUMNS}. Those also list the index behind each unique constraint and primary key under its own
 * name ({@code UQ_EMAIL_INDEX_5}, {@code PRIMARY_KEY_5}), which is the only name H2 2.3 and earlier report for a
 * unique violation; they come after the constraints, so a lookup by columns finds the constraint first.
 */
final class H2CatalogReader implements CatalogReader {

	private static final String USER_SCHEMAS = "tc.TABLE_SCHEMA <> 'INFORMATION_SCHEMA'";

	private static final String UNIQUE_INDEXES = """
			select i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME as CONSTRAINT_NAME, c.COLUMN_NAME
			from INFORMATION_SCHEMA.INDEXES i
			join INFORMATION_SCHEMA.INDEX_COLUMNS c
			    on c.INDEX_SCHEMA = i.INDEX_SCHEMA and c.INDEX_NAME = i.INDEX_NAME and c.TABLE_NAME = i.TABLE_NAME
			where i.INDEX_TYPE_NAME in ('PRIMARY KEY', 'UNIQUE INDEX') and i.TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
			order by i.TABLE_SCHEMA, i.INDEX_NAME, c.ORDINAL_POSITION
			""";

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		return InformationSchema.read(connection, database, USER_SCHEMAS, UNIQUE_INDEXES);
	}

}
