/**
 * Liquibase changing the schema of a running application over real HTTP on each database: a changelog run at
 * startup by Spring Boot, then one the application runs itself through a {@code SpringLiquibase} bean, after which
 * rootcause's post-processor has the catalogs read again before the migrating thread goes on.
 */
package io.github.rootcause.spring.liquibase;
