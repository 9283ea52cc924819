package io.github.rootcause.spring.migration;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Objects;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * A Flyway callback that reads rootcause's catalogs again once Flyway has changed the schema (a migration,
 * successful or failed part-way, an undo, a clean, a repair or a baseline), so that the violations that follow
 * {@code flyway.migrate()} are answered with the new constraints: the catalog of Flyway's data source at once, with
 * the connection Flyway holds (a pool of two has no other to give while Flyway holds its own), the others (another
 * data source, an R2DBC connection factory) waiting for the read at most a bound. Spring Boot adds every
 * {@code Callback} bean to the Flyway it configures; add it to a Flyway built by hand with
 * {@code Flyway.configure().callbacks(FlywayCatalogRefresh.callback(resolvers, wait))}.
 *
 * <p>The callback is a proxy of Flyway's {@link Callback} interface as the running Flyway declares it: Flyway 12
 * made it a generic interface, and a class compiled against one version would not load with the other.
 */
public final class FlywayCatalogRefresh {

	private FlywayCatalogRefresh() {
	}

	/**
	 * The callback.
	 * @param resolvers the resolvers whose catalogs to read again
	 * @param wait how long the migrating thread waits at most for the new catalogs
	 * @return the callback
	 */
	public static Callback callback(DataSourceResolvers resolvers, Duration wait) {
		Objects.requireNonNull(resolvers, "resolvers");
		Objects.requireNonNull(wait, "wait");
		return (Callback) Proxy.newProxyInstance(Callback.class.getClassLoader(), new Class<?>[] { Callback.class },
				(proxy, method, args) -> switch (method.getName()) {
					case "supports" -> changesTheSchema(args[0]);
					case "canHandleInTransaction" -> true;
					case "handle" -> {
						Context context = (Context) args[1];
						CatalogRefresh.await(resolvers.refresh(context.getConfiguration().getDataSource(),
								context.getConnection()), wait);
						yield null;
					}
					case "getCallbackName" -> "rootcause";
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "toString" -> "rootcause catalog refresh";
					default -> null;
				});
	}

	/**
	 * The events that end an operation that may have changed the schema. Flyway runs them on a connection it
	 * already holds; {@code AFTER_MIGRATE} and its like would make it open one more of the pool.
	 */
	private static boolean changesTheSchema(Object event) {
		return event == Event.AFTER_MIGRATE_OPERATION_FINISH || event == Event.AFTER_UNDO_OPERATION_FINISH
				|| event == Event.AFTER_CLEAN_OPERATION_FINISH || event == Event.AFTER_REPAIR_OPERATION_FINISH
				|| event == Event.AFTER_BASELINE_OPERATION_FINISH;
	}

}
