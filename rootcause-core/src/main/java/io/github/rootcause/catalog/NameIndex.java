package io.github.rootcause.catalog;

import java.util.List;
import java.util.Map;

/**
 * An immutable look-up of constraints by name, held in two arrays (open addressing, at most half full) rather than a
 * map's node per entry: a catalog keeps three of them, one entry per constraint, table and referenced table. Each
 * name maps to its one constraint, or to the list of those that share it.
 */
final class NameIndex {

	private final String[] keys;

	private final Object[] values;

	private final int mask;

	/**
	 * Builds the index.
	 * @param entries each name with its constraints
	 */
	NameIndex(Map<String, List<Constraint>> entries) {
		int capacity = Integer.highestOneBit(Math.max(1, entries.size()) * 2 - 1) << 1;
		this.keys = new String[capacity];
		this.values = new Object[capacity];
		this.mask = capacity - 1;
		entries.forEach((name, constraints) -> {
			int i = slot(name);
			while (this.keys[i] != null) {
				i = (i + 1) & this.mask;
			}
			this.keys[i] = name;
			this.values[i] = (constraints.size() == 1) ? constraints.get(0) : List.copyOf(constraints);
		});
	}

	/**
	 * The constraints filed under a name, spelled exactly as it was filed.
	 * @param name the name
	 * @return the constraints, or {@code null} when none is filed under it
	 */
	@SuppressWarnings("unchecked")
	List<Constraint> get(String name) {
		for (int i = slot(name); this.keys[i] != null; i = (i + 1) & this.mask) {
			if (this.keys[i].equals(name)) {
				Object found = this.values[i];
				return (found instanceof Constraint constraint) ? List.of(constraint) : (List<Constraint>) found;
			}
		}
		return null;
	}

	private int slot(String name) {
		int hash = name.hashCode();
		return (hash ^ (hash >>> 16)) & this.mask;
	}

}
