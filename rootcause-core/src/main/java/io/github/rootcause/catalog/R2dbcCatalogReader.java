package io.github.rootcause.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.rootcause.Database;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.RowMetadata;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a {@link Catalog} over R2DBC without blocking: the same queries and row mapping as the JDBC readers
 * ({@link CatalogSql}), run one after the other on one connection from the factory, closed afterwards.
 *
 * <p>PostgreSQL, MariaDB, MySQL and H2 are read in full. For another database the catalog holds no constraints
 * but names the database, so that violations are read with its dialect. Needs the R2DBC SPI and Reactor, which
 * every R2DBC driver brings.
 */
public final class R2dbcCatalogReader {

	private R2dbcCatalogReader() {
	}

	/**
	 * Reads the constraints visible to a connection of the factory.
	 * @param connectionFactory where to connect
	 * @return the catalog, once read; signals the error when a required query fails or no connection is made
	 */
	public static Mono<Catalog> read(ConnectionFactory connectionFactory) {
		return read(connectionFactory, List.of());
	}

	/**
	 * Reads the constraints of a connection's default schema and of the given schemas (on PostgreSQL, MariaDB and
	 * MySQL; H2 is read whole).
	 * @param connectionFactory where to connect
	 * @param schemas schemas to read besides the default one
	 * @return the catalog, once read; signals the error when a required query fails or no connection is made
	 */
	public static Mono<Catalog> read(ConnectionFactory connectionFactory, Collection<String> schemas) {
		return Mono.usingWhen(Mono.from(connectionFactory.create()), (connection) -> read(connection, schemas),
				Connection::close);
	}

	private static Mono<Catalog> read(Connection connection, Collection<String> schemas) {
		Database database = Database.fromProductName(connection.getMetadata().getDatabaseProductName()).orElse(null);
		CatalogSql sql = (database == Database.MYSQL)
				? MySqlCatalogReader.sql(database, connection.getMetadata().getDatabaseVersion())
				: (database != null) ? CatalogSql.of(database) : null;
		if (sql == null) {
			return Mono.just((database != null) ? Catalog.of(database, null, List.of()) : Catalog.empty());
		}
		List<String> missing = new CopyOnWriteArrayList<>();
		Mono<String> defaultSchema = rows(connection, CatalogSql.Query.required(sql.defaultSchema()), missing)
			.onErrorReturn(Rows.NONE)
			.map((rows) -> rows.rows().isEmpty() ? "" : String.valueOf(rows.rows().get(0).string(1)));
		return defaultSchema.flatMap((schema) -> {
			Set<String> scope = CatalogSql.scope(sql, schema.isEmpty() ? null : schema, schemas);
			return Flux.fromIterable(sql.queries(scope))
				.concatMap((query) -> rows(connection, query, missing))
				.collectList()
				.map((results) -> Catalog.partial(database, schema.isEmpty() ? null : schema,
						sql.constraints(results), missing).within(scope));
		});
	}

	private static Mono<Rows> rows(Connection connection, CatalogSql.Query query, List<String> missing) {
		Mono<Rows> rows = Flux.from(connection.createStatement(query.sql()).execute())
			.concatMap((result) -> result.map(R2dbcCatalogReader::row))
			.collectList()
			.map(Rows::new);
		if (!query.optional()) {
			return rows;
		}
		return rows.onErrorResume((ex) -> {
			String sqlState = (ex instanceof R2dbcException r2dbc) ? r2dbc.getSqlState() : null;
			if (CatalogSql.isLostConnection(sqlState)) {
				return Mono.error(ex);
			}
			String lacks = query.lacks(sqlState);
			if (lacks != null) {
				missing.add(lacks);
			}
			return Mono.just(Rows.NONE);
		});
	}

	private static Rows.Row row(Readable readable, RowMetadata metadata) {
		List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
		Map<String, Integer> labels = new HashMap<>();
		Object[] values = new Object[columns.size()];
		for (int i = columns.size() - 1; i >= 0; i--) {
			labels.put(columns.get(i).getName().toUpperCase(Locale.ROOT), i);
		}
		for (int i = 0; i < values.length; i++) {
			values[i] = readable.get(i);
		}
		return new Rows.Row(labels, values);
	}

}
