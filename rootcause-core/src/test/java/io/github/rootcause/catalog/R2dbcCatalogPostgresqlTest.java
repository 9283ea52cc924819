package io.github.rootcause.catalog;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The R2DBC catalog scenarios on Postgresql.
 */
class R2dbcCatalogPostgresqlTest extends R2dbcCatalogScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Override
	DatabaseFixture db() {
		return db;
	}

	/** Adds an expression index, whose columns come from its node tree. */
	@Override
	String[] schema() {
		String[] common = super.schema();
		String[] all = java.util.Arrays.copyOf(common, common.length + 1);
		all[common.length] = "create unique index ux_c_author_lower_email on c_author (lower(email))";
		return all;
	}

}
