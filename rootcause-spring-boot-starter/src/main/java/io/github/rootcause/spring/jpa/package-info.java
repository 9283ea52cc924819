/**
 * JPA with Hibernate: the {@link io.github.rootcause.EntityModel} read from Hibernate's mapping metamodel.
 */
package io.github.rootcause.spring.jpa;
