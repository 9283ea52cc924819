package io.github.rootcause.kotlin

import io.github.rootcause.testing.OnDatabase
import io.github.rootcause.testing.TestDatabase

/** The Kotlin Spring MVC shop on PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class KotlinMvcControllerPostgresqlTest : KotlinMvcControllerScenarios()
