package io.github.rootcause;

import java.util.Optional;

import io.github.rootcause.catalog.Catalog;

/**
 * Resolves against a catalog given as the catalog reader of a database with no server here would read it: the
 * two steps of {@link Resolver#resolve(Throwable, String)} after its one catalog read.
 */
final class RecordedResolve {

	private RecordedResolve() {
	}

	static Optional<Cause> resolve(Catalog catalog, Throwable throwable, String sql) {
		Optional<Cause> read = RootCause.read(throwable, catalog.database().orElse(null));
		return read.map((cause) -> Gaps.fill(cause, catalog, Statement.parse(sql), EntityModel.none()));
	}

}
