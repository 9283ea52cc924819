package io.github.rootcause.spring.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.github.rootcause.catalog.CatalogState;
import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * The {@code rootcause} health contributor: the state of each catalog rootcause reads (read in full or in part,
 * when, how many constraints, what is missing, the last error's class). {@code UP} when every catalog is read in
 * full; {@code UNKNOWN} while one is not read yet or lacks a part, which leaves the application's own status as it
 * is: rootcause still answers every violation, only with less detail. Spring Boot 4 only.
 */
public final class CatalogHealthIndicator implements HealthIndicator {

	private final DataSourceResolvers resolvers;

	/**
	 * Creates the health contributor.
	 * @param resolvers the resolvers, whose catalogs it tells
	 */
	public CatalogHealthIndicator(DataSourceResolvers resolvers) {
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
	}

	@Override
	public Health health() {
		List<LiveCatalog> catalogs = this.resolvers.liveCatalogs();
		Health.Builder health = catalogs.stream()
			.allMatch((catalog) -> catalog.state().status() == CatalogState.Status.COMPLETE) ? Health.up()
					: Health.unknown();
		for (LiveCatalog catalog : catalogs) {
			CatalogState state = catalog.state();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("status", state.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			details.put("constraints", state.constraints());
			if (state.readAt() != null) {
				details.put("readAt", state.readAt().toString());
			}
			if (!state.missing().isEmpty()) {
				details.put("missing", state.missing());
			}
			if (state.failure() != null) {
				details.put("failure", state.failure());
			}
			health.withDetail(catalog.name(), details);
		}
		return health.build();
	}

}
