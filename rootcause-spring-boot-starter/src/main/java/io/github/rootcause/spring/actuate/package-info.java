/**
 * Spring Boot Actuator: the {@code rootcause} endpoint, which lists every constraint of each data source's catalog
 * with what rootcause answers for it.
 */
package io.github.rootcause.spring.actuate;
