/**
 * Spring Boot auto-configuration, one class per concern (resolvers, JDBC translation, JPA translation and model,
 * web problems and handler annotations), and the {@code rootcause.*} configuration properties.
 */
package io.github.rootcause.spring.autoconfigure;
