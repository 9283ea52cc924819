/**
 * rootcause: which database constraint a write violated.
 *
 * <p>{@link io.github.rootcause.RootCause#of(Throwable)} reads what the database reported into a
 * {@link io.github.rootcause.Cause}; a {@link io.github.rootcause.Resolver} from
 * {@link io.github.rootcause.RootCause#resolver(javax.sql.DataSource)} fills the gaps from the database catalog and,
 * given an {@link io.github.rootcause.EntityModel}, from the entity model.
 */
package io.github.rootcause;
