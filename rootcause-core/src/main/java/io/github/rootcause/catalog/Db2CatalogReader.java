package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Database;

/**
 * Reads primary keys, unique constraints and indexes and foreign keys through {@link java.sql.DatabaseMetaData},
 * and check constraints from {@code SYSCAT.CHECKS} and {@code SYSCAT.COLCHECKS} (Db2 for LUW), leaving out the
 * {@code SYS…} schemas. Not run against a server here: when the query fails (Db2 for z/OS and i name their
 * catalogs differently), the catalog has no checks.
 */
final class Db2CatalogReader extends JdbcMetadataReader {

	private static final String CHECKS = """
			select k.tabschema, k.tabname, k.constname, 'C', c.colname, cast(null as varchar(128))
			from syscat.checks k
			left join syscat.colchecks c
			  on c.tabschema = k.tabschema and c.tabname = k.tabname and c.constname = k.constname
			where k.type = 'C' and k.tabschema not like 'SYS%'
			order by k.tabschema, k.tabname, k.constname, c.colname""";

	@Override
	List<Constraint> checks(Connection connection, Database database) throws SQLException {
		return CatalogQuery.read(connection, CHECKS);
	}

}
