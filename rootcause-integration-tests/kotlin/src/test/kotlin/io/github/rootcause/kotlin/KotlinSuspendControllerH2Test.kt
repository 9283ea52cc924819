package io.github.rootcause.kotlin

/** The Kotlin WebFlux shop with suspending handlers on H2. */
@OnH2
class KotlinSuspendControllerH2Test : KotlinSuspendControllerScenarios()
