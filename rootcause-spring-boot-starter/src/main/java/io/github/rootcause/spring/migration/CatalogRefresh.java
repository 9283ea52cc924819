package io.github.rootcause.spring.migration;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for catalogs read again after a migration, at most a bound: past it the migration goes on, and the reads
 * too.
 */
final class CatalogRefresh {

	private CatalogRefresh() {
	}

	static void await(CompletableFuture<Void> reads, Duration wait) {
		try {
			reads.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// The reads go on; the catalogs read before answer until they complete.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
