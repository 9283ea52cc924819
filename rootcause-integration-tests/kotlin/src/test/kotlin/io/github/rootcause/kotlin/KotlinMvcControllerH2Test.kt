package io.github.rootcause.kotlin

/** The Kotlin Spring MVC shop on H2. */
@OnH2
class KotlinMvcControllerH2Test : KotlinMvcControllerScenarios()
