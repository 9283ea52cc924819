package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Database;

/**
 * Reads primary keys, unique constraints and indexes and foreign keys through {@link java.sql.DatabaseMetaData},
 * and check constraints from {@code sys.check_constraints}, with the column of a column-level check (a
 * table-level check has none). Not run against a server here: when the query fails, the catalog has no checks.
 */
final class SqlServerCatalogReader extends JdbcMetadataReader {

	private static final String CHECKS = """
			select s.name, t.name, k.name, 'C', c.name, null
			from sys.check_constraints k
			join sys.tables t on t.object_id = k.parent_object_id
			join sys.schemas s on s.schema_id = t.schema_id
			left join sys.columns c on c.object_id = k.parent_object_id and c.column_id = k.parent_column_id
			where t.is_ms_shipped = 0
			order by s.name, t.name, k.name""";

	@Override
	List<Constraint> checks(Connection connection, Database database) throws SQLException {
		return CatalogQuery.read(connection, CHECKS);
	}

}
