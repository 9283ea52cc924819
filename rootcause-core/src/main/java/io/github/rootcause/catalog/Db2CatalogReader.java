package io.github.rootcause.catalog;

/**
 * Reads this database's catalog through {@link java.sql.DatabaseMetaData} until it has queries of its own.
 */
final class Db2CatalogReader extends JdbcMetadataReader {

}
