/**
 * The game: characters whose name is unique whatever its case, whose nickname is unique, whose special skill is
 * unique among active characters, whose skill level lies between 60 and 100, and who may have a mentor. Its
 * handler methods show {@code @OnUniqueViolation}, {@code @OnCheckViolation} and {@code @OnForeignKeyViolation}.
 * The arena takes one booking at a time, kept by an exclusion constraint on PostgreSQL.
 */
package io.github.rootcause.sample.game;
