package io.github.rootcause;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;

/**
 * Finds the catalog's constraint of a violation for {@link Gaps}: by the name the database reported (the unique
 * constraint an index backs, for H2 2.3's index names), else among the table's constraints of the kind, with the
 * side of a foreign key telling the table's own keys from the keys pointing at it, and the {@code ON DELETE CASCADE}
 * keys followed down from a deleted table. One candidate that fits, or none: a guess would be worse than no answer.
 */
final class CatalogMatch {

	private CatalogMatch() {
	}

	/** Whether the assigned columns include one of the constraint's. */
	static boolean assigns(List<String> assigned, Constraint constraint) {
		return constraint.columns().stream().anyMatch((column) -> assigned.stream().anyMatch(column::equalsIgnoreCase));
	}

	/**
	 * The catalog's constraint that a cause names, or else the one its kind, table, columns and side fit; none when
	 * not exactly one fits.
	 * @param cause what the database reported, with the table the statement names when it named none
	 * @param catalog the catalog
	 * @param statement the failed statement, or {@code null}
	 * @param reportedTable whether the cause's table is the database's, not the statement's
	 * @return the constraint, or {@code null}
	 */
	static Constraint match(Cause cause, Catalog catalog, Statement statement, boolean reportedTable) {
		String name = cause.constraintOrNull();
		if (name != null) {
			Constraint named = pick(cause, catalog, catalog.named(name));
			return (named != null && named.kind() == Kind.UNIQUE) ? declaredBehind(named, catalog) : named;
		}
		Optional<String> table = cause.table();
		if (table.isEmpty()) {
			return null;
		}
		List<Constraint> candidates = new ArrayList<>();
		switch (cause.kind()) {
			case UNIQUE -> {
				for (Constraint constraint : catalog.on(table.get())) {
					// Without columns (Db2 names only an index number), only a table's one unique key fits.
					if (constraint.kind() == Kind.UNIQUE
							&& (cause.columns().isEmpty() || constraint.hasColumns(cause.columns()))) {
						candidates.add(constraint);
					}
				}
			}
			case CHECK -> {
				for (Constraint constraint : catalog.on(table.get())) {
					if (constraint.kind() == cause.kind()
							&& (cause.columns().isEmpty() || constraint.hasColumns(cause.columns()))) {
						candidates.add(constraint);
					}
				}
			}
			case FOREIGN_KEY -> {
				// The side tells where to look: the table's own keys when the parent row is missing, the keys
				// pointing at it when it is still referenced, both when the statement does not tell (UPDATE).
				Reference reference = cause.reference().orElse(null);
				if (reference == Reference.STILL_REFERENCED && statement != null && statement.verb().equals("DELETE")
						&& table.get().equalsIgnoreCase(statement.table())) {
					// A delete fails on a key that does not cascade, perhaps tables below those its cascades reach.
					return pick(cause.withTable(null), catalog, Cascades.stoppingDelete(catalog, table.get()));
				}
				if (reference == Reference.STILL_REFERENCED && reportedTable) {
					// The database named the referencing table (Spanner): its own keys, to the statement's table.
					candidates.addAll(catalog.on(table.get()));
					candidates.removeIf((constraint) -> statement != null && statement.table() != null
							&& !constraint.references(statement.table()));
				}
				else if (reference != Reference.STILL_REFERENCED) {
					candidates.addAll(catalog.on(table.get()));
				}
				if (reference != Reference.MISSING && !(reference == Reference.STILL_REFERENCED && reportedTable)) {
					for (Constraint constraint : catalog.referencing(table.get())) {
						if (!candidates.contains(constraint)) {
							candidates.add(constraint);
						}
					}
				}
				candidates.removeIf((constraint) -> constraint.kind() != Kind.FOREIGN_KEY
						|| (!cause.columns().isEmpty() && !constraint.hasColumns(cause.columns())));
				if (reference == Reference.MISSING && statement != null && !statement.assigned().isEmpty()) {
					// An UPDATE fails on the child side only through the keys whose columns it assigns.
					candidates.removeIf((constraint) -> !assigns(statement.assigned(), constraint));
				}
			}
			default -> {
				return null;
			}
		}
		return pick(cause, catalog, candidates);
	}

	/**
	 * The unique constraint a unique index backs: H2 2.3 and earlier name only the index behind a constraint
	 * ({@code UQ_EMAIL_INDEX_5} for {@code UQ_EMAIL}), and its catalog lists the index after the constraint, on
	 * the same table and columns. Users declare and match the constraint's name, so that is the one resolved.
	 */
	private static Constraint declaredBehind(Constraint index, Catalog catalog) {
		if (index.columns().isEmpty()) {
			return index;
		}
		for (Constraint constraint : catalog.on(index.table())) {
			if (constraint == index) {
				return index;
			}
			if (constraint.kind() == Kind.UNIQUE && Objects.equals(constraint.schema(), index.schema())
					&& constraint.hasColumns(index.columns())) {
				return constraint;
			}
		}
		return index;
	}

	/** The one candidate that fits what the cause already says, preferring the default schema; else none. */
	private static Constraint pick(Cause cause, Catalog catalog, List<Constraint> candidates) {
		Constraint only = null;
		int fit = 0;
		for (Constraint candidate : candidates) {
			if (fits(cause, candidate)) {
				only = candidate;
				fit++;
			}
		}
		if (fit <= 1) {
			return only;
		}
		List<Constraint> fitting = new ArrayList<>(fit);
		for (Constraint candidate : candidates) {
			if (fits(cause, candidate)) {
				fitting.add(candidate);
			}
		}
		if (fitting.size() > 1) {
			String schema = cause.schema().or(catalog::defaultSchema).orElse(null);
			fitting.removeIf((candidate) -> schema != null && candidate.schema() != null
					&& !candidate.schema().equalsIgnoreCase(schema));
		}
		if (fitting.size() > 1 && cause.kind() == Kind.UNIQUE) {
			// A unique constraint and the index backing it under another name: both describe the same columns.
			Constraint first = fitting.get(0);
			if (fitting.stream().allMatch((c) -> c.isOn(first.table()) && c.hasColumns(first.columns()))) {
				return first;
			}
		}
		return (fitting.size() == 1) ? fitting.get(0) : null;
	}

	private static boolean fits(Cause cause, Constraint candidate) {
		boolean kind = candidate.kind() == cause.kind()
				|| (cause.kind() == Kind.EXCLUSION && candidate.kind() == Kind.UNIQUE);
		if (!kind) {
			return false;
		}
		String schema = cause.schemaOrNull();
		if (schema != null && candidate.schema() != null && !candidate.schema().equalsIgnoreCase(schema)) {
			return false;
		}
		String table = cause.tableOrNull();
		if (table != null && !candidate.isOn(table)) {
			return cause.kind() == Kind.FOREIGN_KEY && candidate.references(table);
		}
		return true;
	}

}
