package io.github.rootcause.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the constraints PostgreSQL copies onto partitions to the ones the application declared on the partitioned
 * table at the root of each partition tree. A violation in a partitioned table names the partition's own index and
 * the partition ({@code account_2024_email_opened_key} on {@code account_2024}); the application declared
 * {@code uq_account_email} on {@code account}, and that is what rootcause answers.
 *
 * <ul>
 * <li>an index of a partition (a unique constraint's, a primary key's, or one attached to a partitioned index) is
 * linked to the constraint that the root index backs, else to the root index;</li>
 * <li>a foreign key or check of a partition is linked to the root table's constraint of the same name and kind,
 * which it is a clone of.</li>
 * </ul>
 */
final class Partitions {

	private Partitions() {
	}

	/**
	 * The constraints, each partition's copy with its {@link Constraint#declared() declared} constraint.
	 * @param constraints the constraints as read, indexes first
	 * @param indexNames the name of the index behind each of the first constraints (one per index row)
	 * @param partitions rows of (schema, partition or index of a partition, relkind, root's schema, root table,
	 * root constraint or index name)
	 * @return the constraints, linked where they are copies
	 */
	static List<Constraint> declared(List<Constraint> constraints, List<String> indexNames, Rows partitions) {
		if (partitions.rows().isEmpty()) {
			return new ArrayList<>(constraints);
		}
		Map<String, String[]> roots = new HashMap<>();
		for (Rows.Row row : partitions.rows()) {
			roots.put(key(row.string(1), row.string(2)), new String[] { row.string(4), row.string(5), row.string(6) });
		}
		Map<String, Constraint> declared = new HashMap<>();
		for (Constraint constraint : constraints) {
			declared.putIfAbsent(key(constraint.schema(), constraint.table()) + '\0' + constraint.name(), constraint);
		}
		List<Constraint> linked = new ArrayList<>(constraints.size());
		for (int i = 0; i < constraints.size(); i++) {
			Constraint constraint = constraints.get(i);
			Constraint root = null;
			if (roots.containsKey(key(constraint.schema(), constraint.table()))) {
				boolean index = i < indexNames.size();
				String[] up = index ? roots.get(key(constraint.schema(), indexNames.get(i)))
						: roots.get(key(constraint.schema(), constraint.table()));
				if (up != null) {
					root = declared.get(key(up[0], up[1]) + '\0' + (index ? up[2] : constraint.name()));
				}
			}
			linked.add((root == null || root.kind() != constraint.kind()) ? constraint
					: new Constraint(constraint.schema(), constraint.table(), constraint.name(), constraint.kind(),
							constraint.columns(), constraint.referencedTable(), constraint.onDelete(), root));
		}
		return linked;
	}

	private static String key(String schema, String name) {
		return schema + '\0' + name;
	}

}
