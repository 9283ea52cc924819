package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import io.github.rootcause.Database;

/**
 * Reads a {@link Catalog} from one kind of database.
 */
interface CatalogReader {

	/**
	 * Reads the constraints visible to the connection.
	 * @param connection an open connection; left open
	 * @param database the database it connects to
	 * @return the snapshot
	 * @throws SQLException when the catalog cannot be read
	 */
	Catalog read(Connection connection, Database database) throws SQLException;

	/**
	 * Reads the constraints of the connection's default schema and of the given schemas; a reader whose reads are
	 * not scoped (embedded databases, and those read through {@code DatabaseMetaData}) reads every schema.
	 * @param connection an open connection; left open
	 * @param database the database it connects to
	 * @param schemas schemas to read besides the default one
	 * @return the snapshot
	 * @throws SQLException when the catalog cannot be read
	 */
	default Catalog read(Connection connection, Database database, Collection<String> schemas) throws SQLException {
		return read(connection, database);
	}

	/**
	 * The reader that suits the database.
	 * @param database the database
	 * @return its reader; {@link JdbcMetadataReader} where no faster one exists
	 */
	static CatalogReader of(Database database) {
		return switch (database) {
			case POSTGRESQL -> new PostgresCatalogReader();
			case MARIADB, MYSQL -> new MySqlCatalogReader(database);
			case ORACLE -> new OracleCatalogReader();
			case SQL_SERVER -> new SqlServerCatalogReader();
			case DB2 -> new Db2CatalogReader();
			case H2 -> new H2CatalogReader();
			case HSQLDB -> new HsqldbCatalogReader();
			case DERBY -> new DerbyCatalogReader();
			case SQLITE -> new SqliteCatalogReader();
			case SPANNER -> new JdbcMetadataReader();
		};
	}

}
