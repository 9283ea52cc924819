/**
 * One dialect per database family: each reads the violation a driver's {@link java.sql.SQLException} reports,
 * from its SQLState, vendor code, structured fields and message, and quotes in its Javadoc the exact messages it
 * reads.
 *
 * <p>{@link io.github.rootcause.dialect.Dialect} is the one public type: it picks the dialect for an exception, or
 * for a pinned {@link io.github.rootcause.Database}. Most applications never use it directly;
 * {@link io.github.rootcause.RootCause#of(Throwable)} does.
 */
package io.github.rootcause.dialect;
