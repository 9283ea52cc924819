/**
 * JPA with Hibernate: the {@link io.github.rootcause.EntityModel} read from Hibernate's mapping metamodel, and
 * Hibernate's own not-null check read as a not-null violation.
 */
package io.github.rootcause.spring.jpa;
