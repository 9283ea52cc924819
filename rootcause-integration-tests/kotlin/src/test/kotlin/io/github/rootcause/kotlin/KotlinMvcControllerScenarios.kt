package io.github.rootcause.kotlin

import org.springframework.boot.test.context.SpringBootTest

import io.github.rootcause.kotlin.mvc.MvcShop

/** The scenarios against the Spring MVC shop ([MvcShop]), whose controller saves JPA entities. */
@SpringBootTest(classes = [MvcShop::class], webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class KotlinMvcControllerScenarios : ShopScenarios()
