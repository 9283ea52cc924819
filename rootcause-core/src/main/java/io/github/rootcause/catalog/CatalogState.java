package io.github.rootcause.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link LiveCatalog} holds at one moment: for the Actuator endpoint, health checks and tools. Names what
 * is missing and the class of the last error, never a value or a database's message.
 *
 * @param status whether the catalog was read, and in full
 * @param readAt when the snapshot that answers was read, or {@code null} before the first read
 * @param took how long that read took, or {@code null}
 * @param constraints how many constraints the snapshot holds
 * @param missing what the snapshot lacks (see {@link Catalog#missing()})
 * @param failure the last read's error, as its class and SQLState, when it failed; else {@code null}
 * @param failedAt when the last read failed, or {@code null}
 */
public record CatalogState(Status status, Instant readAt, Duration took, int constraints, List<String> missing,
		String failure, Instant failedAt) {

	/**
	 * Whether the catalog was read, and in full.
	 */
	public enum Status {

		/** Not read yet: its first read is under way, has not started, or failed ({@link #failure()}). */
		NOT_READ,

		/** Read in full. */
		COMPLETE,

		/** Read without some of its parts ({@link #missing()}), which a later read tries again. */
		PARTIAL

	}

	/**
	 * Copies the list of missing parts.
	 * @param status the status
	 * @param readAt when read
	 * @param took how long it took
	 * @param constraints how many constraints
	 * @param missing what is missing
	 * @param failure the last error
	 * @param failedAt when it failed
	 */
	public CatalogState {
		missing = List.copyOf(missing);
	}

	static CatalogState notRead() {
		return new CatalogState(Status.NOT_READ, null, null, 0, List.of(), null, null);
	}

	static CatalogState read(Catalog catalog, Instant readAt, Duration took) {
		return new CatalogState(catalog.complete() ? Status.COMPLETE : Status.PARTIAL, readAt, took,
				catalog.constraints().size(), catalog.missing(), null, null);
	}

	CatalogState failed(String failure, Instant at) {
		return new CatalogState(this.status, this.readAt, this.took, this.constraints, this.missing, failure, at);
	}

}
