package io.github.rootcause.spring.autoconfigure;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.annotation.ReflectiveRuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.http.ProblemDetail;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.FetchSpec;
import org.springframework.r2dbc.core.RowsFetchSpec;
import org.springframework.r2dbc.core.UpdatedRowsFetchSpec;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.actuate.RootCauseEndpoint;
import io.github.rootcause.spring.web.ConstraintViolationProblemHandler;
import io.github.rootcause.spring.web.OnCheckViolation;
import io.github.rootcause.spring.web.OnForeignKeyViolation;
import io.github.rootcause.spring.web.OnNotNullViolation;
import io.github.rootcause.spring.web.OnUniqueViolation;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.DriverExceptions;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints a native image of an application gets from the starter, as Spring's AOT processing gathers them (every
 * {@code RuntimeHintsRegistrar} of {@code META-INF/spring/aot.factories}, and {@code @Reflective} processing of the
 * beans), cover every reflective access rootcause makes: the methods called by name on real driver exceptions (found
 * on the exceptions those drivers throw, so a renamed class fails here), the classes whose presence is checked, the
 * JDK proxies, the problem Jackson writes, and the handler methods Spring invokes.
 */
@SuppressWarnings("deprecation") // onMethod(...).invoke(): the predicate both Spring Framework 6.2 and 7 have
class RuntimeHintsTest {

	private final RuntimeHints hints = registered();

	private static RuntimeHints registered() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, RuntimeHintsTest.class.getClassLoader()));
		return hints;
	}

	@Test
	void theDerbyAndSqliteMethodsReadByNameAreInvocableOnTheExceptionsTheirDriversThrow() throws SQLException {
		SQLException derby = violation(TestDatabase.DERBY);
		assertInvocable(derby.getCause(), "getMessageId", "getArguments");
		SQLException sqlite = violation(TestDatabase.SQLITE);
		assertInvocable(sqlite, "getResultCode");
	}

	@Test
	void theDb2MethodsReadByNameAreInvocableOnTheExceptionAndSqlcaOfItsDriver() throws Exception {
		SQLException db2 = DriverExceptions.db2(-803, "23505", "1", "APP.CUSTOMER");
		assertInvocable(db2, "getSqlca");
		Object sqlca = db2.getClass().getMethod("getSqlca").invoke(db2);
		assertInvocable(sqlca, "getSqlErrmcTokens");
	}

	@Test
	void theSqlStateOfAnR2dbcExceptionIsInvocable() {
		assertInvocable(new R2dbcDataIntegrityViolationException("duplicate", "23505"), "getSqlState");
	}

	@Test
	void theClassesWhosePresenceRootCauseChecksAreRegistered() {
		List.of("org.postgresql.util.ServerErrorMessage", "io.r2dbc.spi.R2dbcException")
			.forEach((type) -> assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(type)))
				.as(type)
				.accepts(this.hints));
	}

	@Test
	void everyInterfaceTheDatabaseClientProxyMayTakeIsAnInvocableProxy() {
		for (Class<?> type : List.of(DatabaseClient.class, DatabaseClient.GenericExecuteSpec.class, FetchSpec.class,
				RowsFetchSpec.class)) {
			assertThat(RuntimeHintsPredicates.proxies().forInterfaces(type)).as(type.getName()).accepts(this.hints);
		}
		for (Class<?> type : List.of(DatabaseClient.class, DatabaseClient.GenericExecuteSpec.class, FetchSpec.class,
				RowsFetchSpec.class, UpdatedRowsFetchSpec.class)) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).as(type.getName()).accepts(this.hints);
		}
	}

	@Test
	void theFlywayCallbackIsAProxy() {
		assertThat(RuntimeHintsPredicates.proxies().forInterfaces(Callback.class)).accepts(this.hints);
	}

	@Test
	void theProblemJacksonWritesAndTheHandlerOfLastResortAreReachable() throws Exception {
		Class<?> problem = Class.forName("io.github.rootcause.spring.web.OrderedProblemDetail");
		assertThat(RuntimeHintsPredicates.reflection().onType(problem)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethod(ProblemDetail.class, "getTitle").invoke())
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethod(ConstraintViolationProblemHandler.class, "handleDataIntegrityViolation").invoke())
			.accepts(this.hints);
	}

	@Test
	void theApplicationsViolationHandlersAreInvocable() {
		RuntimeHints hints = new RuntimeHints();
		new ReflectiveRuntimeHintsRegistrar().registerRuntimeHints(hints, Handlers.class);
		for (String method : List.of("duplicate", "missing", "invalid", "orphan")) {
			assertThat(RuntimeHintsPredicates.reflection().onMethod(Handlers.class, method).invoke()).as(method)
				.accepts(hints);
		}
	}

	@Test
	void theEndpointsAnswerIsBoundForJackson() {
		RuntimeHints hints = new RuntimeHints();
		new ReflectiveRuntimeHintsRegistrar().registerRuntimeHints(hints, RootCauseEndpoint.class);
		for (Class<?> type : List.of(RootCauseEndpoint.ConstraintsDescriptor.class,
				RootCauseEndpoint.DataSourceDescriptor.class, RootCauseEndpoint.CatalogDescriptor.class,
				RootCauseEndpoint.ConstraintDescriptor.class, RootCauseEndpoint.AnswerDescriptor.class)) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(hints);
		}
	}

	private void assertInvocable(Object target, String... methods) {
		for (String name : methods) {
			Method method;
			try {
				method = target.getClass().getMethod(name);
			}
			catch (NoSuchMethodException ex) {
				throw new AssertionError(target.getClass().getName() + " has no " + name, ex);
			}
			assertThat(RuntimeHintsPredicates.reflection().onMethod(method).invoke())
				.as("%s.%s on a %s", method.getDeclaringClass().getName(), name, target.getClass().getName())
				.accepts(this.hints);
		}
	}

	private static SQLException violation(TestDatabase database) throws SQLException {
		DatabaseFixture fixture = DatabaseFixture.of(database);
		fixture.start();
		try {
			return fixture.violation("CREATE TABLE hinted (id INT PRIMARY KEY)", "INSERT INTO hinted VALUES (1)",
					"INSERT INTO hinted VALUES (1)");
		}
		finally {
			fixture.stop();
		}
	}

	static class Handlers {

		@OnUniqueViolation
		void duplicate(Cause cause) {
		}

		@OnNotNullViolation
		void missing(Cause cause) {
		}

		@OnCheckViolation
		void invalid(Cause cause) {
		}

		@OnForeignKeyViolation
		void orphan(Cause cause) {
		}

	}

}
