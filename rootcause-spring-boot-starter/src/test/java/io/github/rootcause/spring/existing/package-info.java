/**
 * An application written the way widely copied Spring Boot REST applications are, before rootcause: its own
 * catch-all advice (a {@code ResponseEntityExceptionHandler} of highest precedence), a controller with its own
 * catch-all handler, DTO request bodies whose names differ from the entity's, snake_case JSON, and repositories
 * that build their own JDBC templates. The starter is dropped in and must answer every violation right.
 */
package io.github.rootcause.spring.existing;
