/**
 * A league application whose schema Hibernate creates ({@code ddl-auto}, unquoted names, constraints named in lower
 * case and one in mixed case): the same requests must get byte-identical problem bodies on H2, PostgreSQL and
 * MariaDB.
 */
package io.github.rootcause.spring.naming;
