/**
 * rootcause: which database constraint a write violated.
 *
 * <p>{@link io.github.rootcause.RootCause#of(Throwable)} reads what the database reported into a
 * {@link io.github.rootcause.Cause}; a {@link io.github.rootcause.Resolver} from
 * {@link io.github.rootcause.RootCause#resolver(javax.sql.DataSource)} fills the gaps from the database catalog and,
 * given an {@link io.github.rootcause.EntityModel}, from the entity model. R2DBC exceptions are read alike, and
 * {@link io.github.rootcause.R2dbcRootCause#resolver(io.r2dbc.spi.ConnectionFactory)} gives a resolver that reads
 * the catalog over R2DBC without blocking. {@link io.github.rootcause.BatchRow#of(Throwable)} tells which row of a
 * failed JDBC batch it was, where the driver tells it.
 */
package io.github.rootcause;
