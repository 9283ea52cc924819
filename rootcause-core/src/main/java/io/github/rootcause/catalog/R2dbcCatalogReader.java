package io.github.rootcause.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.rootcause.Database;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ColumnMetadata;
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
		return Mono.usingWhen(Mono.from(connectionFactory.create()), R2dbcCatalogReader::read, Connection::close);
	}

	private static Mono<Catalog> read(Connection connection) {
		Database database = Database.fromProductName(connection.getMetadata().getDatabaseProductName()).orElse(null);
		CatalogSql sql = (database != null) ? CatalogSql.of(database) : null;
		if (sql == null) {
			return Mono.just((database != null) ? Catalog.of(database, null, List.of()) : Catalog.empty());
		}
		Mono<String> defaultSchema = rows(connection, CatalogSql.Query.optional(sql.defaultSchema()))
			.map((rows) -> rows.rows().isEmpty() ? "" : String.valueOf(rows.rows().get(0).string(1)));
		return defaultSchema.flatMap((schema) -> Flux.fromIterable(sql.queries())
			.concatMap((query) -> rows(connection, query))
			.collectList()
			.map((results) -> Catalog.of(database, schema.isEmpty() ? null : schema, sql.constraints(results))));
	}

	private static Mono<Rows> rows(Connection connection, CatalogSql.Query query) {
		Mono<Rows> rows = Flux.from(connection.createStatement(query.sql()).execute())
			.concatMap((result) -> result.map(R2dbcCatalogReader::row))
			.collectList()
			.map(Rows::new);
		return query.optional() ? rows.onErrorReturn(Rows.NONE) : rows;
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
