package io.github.rootcause.spring.liquibase;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small projects application whose schema only Liquibase writes: projects, created by the changelog Spring Boot
 * runs at startup, and badges, created by a changelog the tests run while it runs; both are JPA entities, written
 * with a JdbcTemplate. It scans only its own package, for components and (as its auto-configuration package) for
 * entities, so that the test applications of sibling packages stay out of it.
 */
@SpringBootApplication(scanBasePackageClasses = LiquibaseApplication.class, proxyBeanMethods = false)
class LiquibaseApplication {

}
