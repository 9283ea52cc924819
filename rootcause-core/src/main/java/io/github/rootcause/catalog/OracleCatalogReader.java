package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Database;

/**
 * Reads primary keys, unique constraints, unique indexes, foreign keys and check constraints (named and
 * system-named {@code SYS_C…}) in one query over {@code ALL_CONSTRAINTS}, {@code ALL_CONS_COLUMNS},
 * {@code ALL_INDEXES} and {@code ALL_IND_COLUMNS}, leaving out the schemas Oracle maintains and the recycle bin.
 * The columns of a function-based index are not known (Oracle lists hidden {@code SYS_NC…$} columns).
 *
 * <p>Not run against a server here: when the query fails, the catalog is read through
 * {@link java.sql.DatabaseMetaData} instead, table by table, with the checks from a second query.
 */
final class OracleCatalogReader extends JdbcMetadataReader {

	private static final String MAINTAINED = "(select username from all_users where oracle_maintained = 'Y')";

	private static final String CONSTRAINTS = """
			select c.owner, c.table_name, c.constraint_name,
			       case c.constraint_type when 'R' then 'F' when 'C' then 'C' else 'U' end,
			       cc.column_name, p.table_name, cc.position
			from all_constraints c
			left join all_cons_columns cc
			  on cc.owner = c.owner and cc.constraint_name = c.constraint_name and cc.table_name = c.table_name
			left join all_constraints p on p.owner = c.r_owner and p.constraint_name = c.r_constraint_name
			where c.constraint_type in ('P', 'U', 'R', 'C')
			  and c.table_name not like 'BIN$%'
			  and c.owner not in MAINTAINED
			union all
			select i.table_owner, i.table_name, i.index_name, 'U',
			       case when ic.column_name like 'SYS\\_NC%$' escape '\\' then null else ic.column_name end,
			       null, ic.column_position
			from all_indexes i
			join all_ind_columns ic on ic.index_owner = i.owner and ic.index_name = i.index_name
			where i.uniqueness = 'UNIQUE' and i.table_type = 'TABLE'
			  and i.table_name not like 'BIN$%'
			  and i.table_owner not in MAINTAINED
			order by 1, 2, 3, 7, 5""".replace("MAINTAINED", MAINTAINED);

	private static final String CHECKS = """
			select c.owner, c.table_name, c.constraint_name, 'C', cc.column_name, null
			from all_constraints c
			left join all_cons_columns cc
			  on cc.owner = c.owner and cc.constraint_name = c.constraint_name and cc.table_name = c.table_name
			where c.constraint_type = 'C'
			  and c.owner not in MAINTAINED
			order by c.owner, c.table_name, c.constraint_name, cc.column_name""".replace("MAINTAINED", MAINTAINED);

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		List<Constraint> constraints;
		try {
			constraints = CatalogQuery.read(connection, CONSTRAINTS);
		}
		catch (SQLException ex) {
			return super.read(connection, database);
		}
		return Catalog.of(database, defaultSchema(connection, database), constraints);
	}

	@Override
	List<Constraint> checks(Connection connection, Database database) throws SQLException {
		return CatalogQuery.read(connection, CHECKS);
	}

}
