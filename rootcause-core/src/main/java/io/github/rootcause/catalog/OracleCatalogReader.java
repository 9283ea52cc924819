package io.github.rootcause.catalog;

import java.sql.Connection;
import java.util.List;

import io.github.rootcause.Database;

/**
 * Reads primary keys, unique constraints and indexes and foreign keys through {@link java.sql.DatabaseMetaData},
 * and check constraints (named and system-named {@code SYS_C…}) from {@code ALL_CONSTRAINTS} and
 * {@code ALL_CONS_COLUMNS}, leaving out the schemas Oracle maintains. Not run against a server here: if the query
 * fails, the catalog has no checks.
 */
final class OracleCatalogReader extends JdbcMetadataReader {

	private static final String CHECKS = """
			select c.owner, c.table_name, c.constraint_name, cc.column_name
			from all_constraints c
			left join all_cons_columns cc
			  on cc.owner = c.owner and cc.constraint_name = c.constraint_name and cc.table_name = c.table_name
			where c.constraint_type = 'C'
			  and c.owner not in (select username from all_users where oracle_maintained = 'Y')
			order by c.owner, c.table_name, c.constraint_name, cc.column_name""";

	@Override
	List<Constraint> checks(Connection connection, Database database) {
		return RecordedCheckQuery.read(connection, CHECKS);
	}

}
