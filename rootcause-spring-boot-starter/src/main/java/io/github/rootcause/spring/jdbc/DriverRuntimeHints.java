package io.github.rootcause.spring.jdbc;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The reflective reads that rootcause-core makes of optional drivers, for a native image: the methods it calls on
 * the exceptions of drivers it does not compile against, and the classes whose presence it checks before loading
 * the code that reads them. Each type is registered only where it is on the class path.
 *
 * <ul>
 * <li>Derby's {@code StandardException}: {@code getMessageId()}, {@code getArguments()} (the message's arguments);
 * <li>SQLite's {@code SQLiteException}: {@code getResultCode()} (the extended result code);
 * <li>Db2 JCC's exceptions and SQLCA: {@code getSqlca()}, {@code getSqlErrmcTokens()} (the message's tokens);
 * <li>R2DBC's {@code R2dbcException}: {@code getSqlState()}, which the catalog's log reads;
 * <li>the presence checks of pgjdbc's {@code ServerErrorMessage}, r2dbc-postgresql's {@code PostgresqlException} and
 * the R2DBC SPI.
 * </ul>
 */
final class DriverRuntimeHints implements RuntimeHintsRegistrar {

	/** The types whose public methods rootcause-core calls by name. */
	static final List<String> READ_BY_NAME = List.of("org.apache.derby.shared.common.error.StandardException",
			"org.sqlite.SQLiteException", "com.ibm.db2.jcc.am.SqlException",
			"com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException", "com.ibm.db2.jcc.am.Sqlca",
			"com.ibm.db2.jcc.t4.T4Sqlca", "io.r2dbc.spi.R2dbcException");

	/** The types whose presence rootcause-core checks with {@code Class.forName}. */
	static final List<String> LOOKED_UP = List.of("org.postgresql.util.ServerErrorMessage",
			"io.r2dbc.postgresql.api.PostgresqlException", "io.r2dbc.spi.R2dbcException");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		ReflectionHints reflection = hints.reflection();
		READ_BY_NAME.forEach((type) -> reflection.registerTypeIfPresent(classLoader, type,
				MemberCategory.INVOKE_PUBLIC_METHODS));
		LOOKED_UP.forEach((type) -> reflection.registerTypeIfPresent(classLoader, type, (hint) -> {
		}));
	}

}
