package io.github.rootcause;

import java.sql.SQLException;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link RootCause#of(Throwable)} reads from an R2DBC exception that no driver of a known database threw.
 */
class R2dbcExceptionTest {

	@Test
	void r2dbcExceptionOfAnUnknownDriverGivesTheKindItsStandardSqlStateNames() {
		R2dbcDataIntegrityViolationException ex = new R2dbcDataIntegrityViolationException("duplicate", "23505", 0);
		assertThat(RootCause.of(new IllegalStateException(ex))).contains(Cause.of(Kind.UNIQUE));
	}

	@Test
	void r2dbcExceptionThatIsNoViolationGivesNothing() {
		assertThat(RootCause.of(new R2dbcNonTransientResourceException("gone", "08006"))).isEmpty();
	}

	@Test
	void r2dbcExceptionIsReadWithThePinnedDatabase() {
		R2dbcDataIntegrityViolationException ex = new R2dbcDataIntegrityViolationException(
				"Duplicate entry 'a' for key 'uq_email'", "23000", 1062);
		assertThat(RootCause.of(ex, Database.MARIADB)).map(Cause::constraint).hasValue(java.util.Optional.of("uq_email"));
	}

	@Test
	void r2dbcExceptionBehindAnSqlExceptionIsReadOnce() {
		SQLException wrapper = new SQLException("wrapped", new R2dbcDataIntegrityViolationException("x", "23502", 0));
		assertThat(RootCause.of(wrapper)).contains(Cause.of(Kind.NOT_NULL));
	}

}
