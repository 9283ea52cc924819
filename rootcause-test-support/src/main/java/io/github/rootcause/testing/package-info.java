/**
 * Shared database fixtures for rootcause's own tests.
 *
 * <p>{@link io.github.rootcause.testing.DatabaseFixture} gives each test class a database of its own: a fresh
 * in-memory database for the embedded engines, and a fresh schema (PostgreSQL) or database (MariaDB) on a server
 * found from the environment, started with Testcontainers where a Docker engine runs, or else skipped with a
 * message that says how to provide one. When {@code ROOTCAUSE_DATABASES_REQUIRED=true} a server that cannot be
 * reached fails the test instead of skipping it. {@link io.github.rootcause.testing.DatabaseFixture#r2dbc()} reaches
 * the same database over R2DBC.
 *
 * <p>{@link io.github.rootcause.testing.DriverExceptions} builds the exceptions of the databases with no server
 * here (Oracle, SQL Server, Db2) through their drivers' own factories, for the recorded tests and the benchmarks.
 *
 * <p>{@link io.github.rootcause.testing.TcpProxy} stands between a test and a database server on this machine, to
 * refuse new connections or cut the open ones, so that tests prove what a lost database does without stopping a
 * server other tests share; {@link io.github.rootcause.testing.DatabaseFixture#dataSource(TcpProxy)} connects
 * through it.
 *
 * <p>{@link io.github.rootcause.testing.FuzzInputs} holds what the Jazzer fuzz tests share: the time bound of a read
 * and the seeds made at test time.
 */
package io.github.rootcause.testing;
