/**
 * An immutable snapshot of a database's constraints ({@link io.github.rootcause.catalog.Catalog}), and the code
 * that reads it, one reader per database family. The PostgreSQL, MariaDB/MySQL, H2 and HSQLDB readers are each a
 * list of queries and their row mapping ({@code CatalogSql}), run over JDBC or, without blocking, over R2DBC
 * ({@link io.github.rootcause.catalog.R2dbcCatalogReader}).
 */
package io.github.rootcause.catalog;
