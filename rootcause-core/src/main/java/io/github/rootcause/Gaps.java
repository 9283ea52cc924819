package io.github.rootcause;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;

/**
 * Fills what a database left out of a {@link Cause} from the catalog, the failed statement and the entity model.
 * A statement that qualifies its table picks the constraint in that schema (on MariaDB and MySQL, that database)
 * when the same name exists in several. A foreign key violated by an {@code UPDATE} whose side the database does
 * not tell (SQLite) takes it from the columns the statement assigns: the table's own foreign keys among them, or
 * a column of the table's unique keys, which other tables reference. The statement's table is a hint, never the
 * answer: a constraint the database names that the statement's table does not have (a write through a view, a
 * trigger writing elsewhere, a cascade) is answered on its own table; a delete whose key SQLite does not name is
 * answered with the one key that can stop it, following the {@code ON DELETE CASCADE} keys below the table. It only
 * adds: what the database reported is never replaced, except that a foreign key's table becomes the referencing
 * table when the database reported the referenced one, that a PostgreSQL partition's copy of a constraint becomes
 * the constraint and table declared on the partitioned table, and that a MariaDB or MySQL key name holding dots,
 * which the dialect cannot tell from {@code table.key}, is read the way the catalog knows it.
 * An unnamed foreign key still referenced whose referencing table the database named (Spanner) is looked for
 * among that table's own keys, to the statement's table when there is one.
 */
final class Gaps {

	private Gaps() {
	}

	static Cause fill(Cause cause, Catalog catalog, Statement statement, EntityModel model) {
		Cause filled = dottedKey(cause, catalog);
		boolean tableFromStatement = filled.tableOrNull() == null && statement != null
				&& !namedElsewhere(filled, catalog, statement.table());
		if (tableFromStatement) {
			filled = filled.withTable(catalog.table(statement.table()).orElse(statement.table()));
		}
		if (filled.kind() == Kind.FOREIGN_KEY && filled.referenceOrNull() == null && statement != null) {
			Reference side = referenceFromVerb(statement.verb());
			filled = filled.withReference((side != null) ? side : updatedSide(filled, catalog, statement));
		}
		// The table may be in several schemas (databases): the statement's qualifier, if any, says which one when
		// the table is the statement's. It only narrows the match; the schema added is the one the catalog stores.
		boolean qualified = statement != null && statement.schema() != null && filled.schemaOrNull() == null
				&& statement.table().equalsIgnoreCase(filled.tableOrNull());
		Constraint match = CatalogMatch.match(qualified ? filled.withSchema(statement.schema()) : filled, catalog, statement,
				!tableFromStatement);
		if (match != null) {
			filled = complete(filled, match);
		}
		else if (tableFromStatement && filled.kind() == Kind.FOREIGN_KEY) {
			filled = statementSide(filled, catalog);
		}
		return withModel(filled, model);
	}

	/**
	 * Whether the database named a constraint that the catalog knows, but not on the statement's table (nor, for a
	 * foreign key, pointing at it): the statement wrote through a view, or a trigger or a cascade wrote elsewhere.
	 * Its table is then no hint, and the constraint's own table is found by its name.
	 */
	private static boolean namedElsewhere(Cause cause, Catalog catalog, String table) {
		List<Constraint> named = catalog.named(cause.constraintOrNull());
		return !named.isEmpty() && named.stream().noneMatch((constraint) -> constraint.isOn(table)
				|| (cause.kind() == Kind.FOREIGN_KEY && constraint.references(table)));
	}

	/**
	 * A foreign key violation whose key the catalog cannot pick (several fit) and whose table is the statement's:
	 * an {@code UPDATE}d table that has foreign keys but is referenced by none is the child; otherwise the table
	 * may be the parent, which is never reported as a foreign key's table.
	 */
	private static Cause statementSide(Cause cause, Catalog catalog) {
		String table = cause.table().orElseThrow();
		if (cause.reference().isEmpty() && catalog.referencing(table).isEmpty()
				&& catalog.on(table).stream().anyMatch((constraint) -> constraint.kind() == Kind.FOREIGN_KEY)) {
			return cause.withReference(Reference.MISSING);
		}
		return (cause.reference().orElse(null) == Reference.MISSING) ? cause : cause.withTable(null);
	}

	/**
	 * MariaDB writes a unique key's name, MySQL 8 {@code table.key}, and the dialect splits at the first dot: a
	 * name with dots of its own ({@code uq.member.nick}) comes as table {@code uq} and key {@code member.nick}.
	 * When the catalog has no such key on such a table, the other readings of the same text are tried (the whole
	 * text as the name, the splits at its later dots); the one reading the catalog knows is taken.
	 */
	private static Cause dottedKey(Cause cause, Catalog catalog) {
		Database database = cause.databaseOrNull();
		if (cause.kind() != Kind.UNIQUE || (database != Database.MARIADB && database != Database.MYSQL)
				|| cause.table().isEmpty() || cause.constraint().isEmpty()
				|| isUniqueOn(catalog, cause.table().get(), cause.constraint().get())) {
			return cause;
		}
		String text = cause.table().get() + "." + cause.constraint().get();
		Cause reading = isUniqueOn(catalog, null, text) ? cause.withTable(null).withConstraint(text) : null;
		for (int dot = text.indexOf('.', cause.table().get().length() + 1); dot > 0; dot = text.indexOf('.', dot + 1)) {
			if (isUniqueOn(catalog, text.substring(0, dot), text.substring(dot + 1))) {
				if (reading != null) {
					return cause;
				}
				reading = cause.withTable(text.substring(0, dot)).withConstraint(text.substring(dot + 1));
			}
		}
		return (reading != null) ? reading : cause;
	}

	/** Whether the catalog has a unique key of that name, on that table unless {@code null}. */
	private static boolean isUniqueOn(Catalog catalog, String table, String name) {
		return catalog.named(name).stream()
			.anyMatch((constraint) -> constraint.kind() == Kind.UNIQUE && (table == null || constraint.isOn(table)));
	}

	/**
	 * The side a foreign key violated by an {@code UPDATE} failed on, from the columns it assigns: the child side
	 * when it assigns the columns of one of the table's own foreign keys, the parent side when other tables
	 * reference the table and it assigns a column of the table's unique keys (or the catalog knows none); neither
	 * when both or none hold.
	 */
	private static Reference updatedSide(Cause cause, Catalog catalog, Statement statement) {
		List<String> assigned = statement.assigned();
		if (!statement.verb().equals("UPDATE") || assigned.isEmpty() || cause.table().isEmpty()) {
			return null;
		}
		List<Constraint> own = catalog.on(cause.table().get());
		boolean child = own.stream()
			.anyMatch((constraint) -> constraint.kind() == Kind.FOREIGN_KEY && CatalogMatch.assigns(assigned, constraint));
		List<Constraint> keys = own.stream().filter((constraint) -> constraint.kind() == Kind.UNIQUE).toList();
		boolean parent = !catalog.referencing(cause.table().get()).isEmpty()
				&& (keys.isEmpty() || keys.stream().anyMatch((key) -> CatalogMatch.assigns(assigned, key)));
		return (child == parent) ? null : (child ? Reference.MISSING : Reference.STILL_REFERENCED);
	}

	/** The cause with what the catalog's constraint adds, made once rather than one copy per part. */
	private static Cause complete(Cause cause, Constraint match) {
		if (match.declared() != null) {
			// A partition's copy (PostgreSQL): the constraint, and the table, the application declared.
			Constraint declared = match.declared();
			Cause asDeclared = cause.withConstraint(declared.name()).withSchema(declared.schema());
			boolean onPartition = cause.tableOrNull() == null || match.isOn(cause.tableOrNull());
			return complete(onPartition ? asDeclared.withTable(declared.table()) : asDeclared, declared);
		}
		String table = cause.tableOrNull();
		Reference reference = cause.referenceOrNull();
		if (cause.kind() == Kind.FOREIGN_KEY && reference == null && table != null) {
			boolean child = match.isOn(table);
			boolean parent = match.references(table);
			if (child != parent) {
				reference = child ? Reference.MISSING : Reference.STILL_REFERENCED;
			}
		}
		// Unnamed, or named by the index behind the constraint (see declaredBehind): the constraint's name.
		String named = cause.constraintOrNull();
		String constraint = (named != null && named.equalsIgnoreCase(match.name())) ? named : match.name();
		String schema = cause.schemaOrNull();
		String filledTable = (table == null || !match.isOn(table)) ? match.table() : table;
		if (constraint == named && schema != null && filledTable == table && !cause.columns().isEmpty()
				&& reference == cause.referenceOrNull()) {
			// The database reported it all (PostgreSQL, mostly): nothing to copy.
			return cause;
		}
		return new Cause(cause.kind(), constraint, (schema != null) ? schema : match.schema(), filledTable,
				cause.columns().isEmpty() ? Cause.names(match.columns()) : cause.columns(), cause.fields(),
				cause.entity().orElse(null), reference, cause.databaseOrNull());
	}

	private static Reference referenceFromVerb(String verb) {
		return switch (verb) {
			case "INSERT" -> Reference.MISSING;
			case "DELETE" -> Reference.STILL_REFERENCED;
			default -> null;
		};
	}

	private static Cause withModel(Cause cause, EntityModel model) {
		if (model == EntityModel.none() || cause.tableOrNull() == null) {
			return cause;
		}
		Optional<String> table = cause.table();
		Cause filled = cause;
		if (filled.entity().isEmpty()) {
			filled = filled.withEntity(model.entity(table.get()).orElse(null));
		}
		if (filled.fields().isEmpty() && !filled.columns().isEmpty()) {
			List<String> fields = new ArrayList<>(filled.columns().size());
			for (String column : filled.columns()) {
				Optional<String> field = model.field(table.get(), column);
				if (field.isEmpty()) {
					return filled;
				}
				// The columns of a collection table (key and element) are all its one collection attribute.
				if (!fields.contains(field.get())) {
					fields.add(field.get());
				}
			}
			filled = filled.withFields(fields);
		}
		return filled;
	}

}
