package io.github.rootcause.kotlin

import org.springframework.test.context.TestPropertySource

import io.github.rootcause.testing.OnDatabase
import io.github.rootcause.testing.TestDatabase

/**
 * [OnDatabase] (H2) for the Kotlin shops: an in-memory database of its own, named after the fixture's, reached by
 * JDBC and R2DBC alike, that stores unquoted names in lower case as PostgreSQL does (`DATABASE_TO_LOWER` is fixed
 * when the database is created, and the fixture's is created without it). Spring Data R2DBC's quoted names then find
 * the tables, and problems name the constraints as the schema writes them, on both databases.
 */
@Target(AnnotationTarget.CLASS)
@Retention(AnnotationRetention.RUNTIME)
@MustBeDocumented
@OnDatabase(TestDatabase.H2)
@TestPropertySource(
	properties = [
		"spring.datasource.url=jdbc:h2:mem:\${rootcause.test.schema}_kotlin;DB_CLOSE_DELAY=-1;$H2_SETTINGS",
		"spring.r2dbc.url=r2dbc:h2:mem:///\${rootcause.test.schema}_kotlin?options=DB_CLOSE_DELAY=-1;$H2_SETTINGS",
	],
)
annotation class OnH2

private const val H2_SETTINGS = "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
