/**
 * An immutable snapshot of a database's constraints ({@link io.github.rootcause.catalog.Catalog}), and the code
 * that reads it, one reader per database family.
 */
package io.github.rootcause.catalog;
