package io.github.rootcause.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds each schema, table and column name of a catalog once, and each list of columns: a table's name and its
 * columns' come back in every row of every constraint on it, each a string of its own from the driver, and most
 * tables have a primary key on the same columns ({@code [id]}).
 */
final class Names {

	private Names() {
	}

	/**
	 * The constraints, with equal names shared.
	 * @param constraints the constraints as read
	 * @return an unmodifiable list of constraints that share their names
	 */
	static List<Constraint> shared(Collection<Constraint> constraints) {
		if (constraints.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = new HashMap<>();
		Map<List<String>, List<String>> lists = new HashMap<>();
		List<Constraint> shared = new ArrayList<>(constraints.size());
		for (Constraint constraint : constraints) {
			List<String> columns = new ArrayList<>(constraint.columns().size());
			for (String column : constraint.columns()) {
				columns.add(share(names, column));
			}
			// An immutable list is kept as it is by the constraint: equal column lists ([id]) are held once.
			List<String> sharedColumns = lists.computeIfAbsent(List.copyOf(columns), (key) -> key);
			shared.add(new Constraint(share(names, constraint.schema()), share(names, constraint.table()),
					constraint.name(), constraint.kind(), sharedColumns, share(names, constraint.referencedTable()),
					constraint.onDelete(), constraint.declared()));
		}
		return List.copyOf(shared);
	}

	private static String share(Map<String, String> names, String name) {
		return (name != null) ? names.computeIfAbsent(name, (key) -> key) : null;
	}

}
