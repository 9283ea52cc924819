package io.github.rootcause.kotlin

import org.springframework.boot.test.context.SpringBootTest

import io.github.rootcause.kotlin.webflux.SuspendShop

/**
 * The scenarios against the WebFlux shop ([SuspendShop]), whose suspending controller saves through Spring Data
 * R2DBC's coroutine repositories. Spring MVC is on the class path too, so the application says it is reactive.
 */
@SpringBootTest(classes = [SuspendShop::class], webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = ["spring.main.web-application-type=reactive"])
abstract class KotlinSuspendControllerScenarios : ShopScenarios()
