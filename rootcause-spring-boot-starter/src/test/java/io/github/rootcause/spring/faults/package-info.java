/**
 * A running application whose database fails for real, over real HTTP on each database server: its data source
 * reaches the database through a {@link io.github.rootcause.testing.TcpProxy} that refuses connections or cuts them,
 * while the server itself goes on. An application started while its database is down starts, answers violations
 * from what the database reports once it is back, and in full once its catalog is read.
 */
package io.github.rootcause.spring.faults;
