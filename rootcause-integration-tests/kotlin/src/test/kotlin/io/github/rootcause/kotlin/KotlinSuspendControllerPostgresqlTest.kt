package io.github.rootcause.kotlin

import io.github.rootcause.testing.OnDatabase
import io.github.rootcause.testing.TestDatabase

/** The Kotlin WebFlux shop with suspending handlers on PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class KotlinSuspendControllerPostgresqlTest : KotlinSuspendControllerScenarios()
