package io.github.rootcause;

import java.util.ArrayList;
import java.util.List;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;

/**
 * Where a delete can fail: a delete cascades through the foreign keys declared {@code ON DELETE CASCADE} and fails
 * on the first key below that neither cascades nor sets its columns, perhaps tables below the one the statement
 * deletes from. For the databases that name no key when it fails (SQLite); at most 64 tables.
 */
final class Cascades {

	private Cascades() {
	}

	/**
	 * The foreign keys that can stop a delete from a table (SQLite names none): those that reference it, and those
	 * that reference the tables its {@code ON DELETE CASCADE} keys reach, level by level, leaving out the keys whose
	 * delete rule cascades or sets the columns (a key whose rule is not known stays in).
	 */
	static List<Constraint> stoppingDelete(Catalog catalog, String table) {
		List<Constraint> stopping = new ArrayList<>();
		List<String> reached = new ArrayList<>(List.of(table));
		for (int i = 0; i < reached.size() && i < 64; i++) {
			for (Constraint key : catalog.referencing(reached.get(i))) {
				if (key.kind() != Kind.FOREIGN_KEY) {
					continue;
				}
				if (key.restrictsDeletes() && !stopping.contains(key)) {
					stopping.add(key);
				}
				if (key.cascadesDeletes() && reached.stream().noneMatch(key.table()::equalsIgnoreCase)) {
					reached.add(key.table());
				}
			}
		}
		return stopping;
	}

}
