package io.github.rootcause.spring.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small accounts application for the catalog scenarios: accounts written through a JdbcTemplate inside a
 * transaction (the violation at the statement) and through JPA (the violation at commit), sessions of an account
 * through a JdbcTemplate built by hand, and nicknames, whose table the tests create while it runs. It scans only
 * its own package, for components and (as its auto-configuration package) for entities, so that the test
 * applications of sibling packages stay out of it.
 */
@SpringBootApplication(scanBasePackageClasses = CatalogApplication.class, proxyBeanMethods = false)
class CatalogApplication {

}
