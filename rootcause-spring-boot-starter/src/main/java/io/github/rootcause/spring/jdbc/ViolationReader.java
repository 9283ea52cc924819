package io.github.rootcause.spring.jdbc;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.rootcause.Cause;

/**
 * Reads a constraint violation that no database reported, because the persistence provider rejected the write
 * before sending it (Hibernate's own not-null check). {@link DataSourceResolvers} asks every bean of this type when
 * the database tells nothing.
 */
@FunctionalInterface
public interface ViolationReader {

	/**
	 * Reads the violation behind a throwable.
	 * @param throwable any throwable; may be {@code null}
	 * @return the violation, or empty when this reader does not know the throwable
	 */
	Optional<Cause> read(@Nullable Throwable throwable);

}
