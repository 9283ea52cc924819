package io.github.rootcause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a {@link Resolver} spells the names of a {@link Cause}: as the database reported them, or as the application
 * declared them, so that the same violation is named alike on every database.
 *
 * <p>H2, HSQLDB, Derby, Oracle and Db2 store an unquoted name in upper case, PostgreSQL in lower case, MariaDB and
 * MySQL as written: {@code constraint uq_account_email unique (email)} is reported as {@code UQ_ACCOUNT_EMAIL} by
 * the first and {@code uq_account_email} by the others. {@link #DECLARED} answers {@code uq_account_email} on all.
 */
public enum Naming {

	/** Every name as the database reported it (and the catalog stores it). */
	AS_REPORTED,

	/**
	 * The constraint's name as the {@link EntityModel#constraint(String) entity model declares it}, when it does;
	 * else, on a database that stores unquoted names in upper case (H2, HSQLDB, Derby, Oracle, Db2), a name
	 * reported all in upper case is given in lower case, as PostgreSQL and MariaDB would give it. The same rule,
	 * without the model, applies to the schema, table and column names. A name the database generated
	 * ({@code CONSTRAINT_8} on H2, {@code SYS_CT_10092} on HSQLDB, {@code SQL230917123456780} on Derby and Db2,
	 * {@code SYS_C0012345} on Oracle) is left as reported: no spelling of it agrees across databases. A name with a
	 * lower-case letter was quoted and is kept.
	 */
	DECLARED;

	/**
	 * The cause with its names spelled this way; the entity and field names, which the model gave, are kept.
	 * @param cause the cause, as the database reported it and the catalog completed it
	 * @param model the application's entity model
	 * @return the cause, itself when nothing changes
	 */
	public Cause apply(Cause cause, EntityModel model) {
		if (this == AS_REPORTED) {
			return cause;
		}
		Database database = cause.databaseOrNull();
		String constraint = cause.constraintOrNull();
		String named = (constraint != null) ? constraint(constraint, database, model) : null;
		String schema = name(cause.schemaOrNull(), database);
		String table = name(cause.tableOrNull(), database);
		List<String> columns = names(cause.columns(), database);
		if (named == constraint && schema == cause.schemaOrNull() && table == cause.tableOrNull()
				&& columns == cause.columns()) {
			return cause;
		}
		return new Cause(cause.kind(), named, schema, table, columns, cause.fields(), cause.entity().orElse(null),
				cause.referenceOrNull(), database);
	}

	/**
	 * A constraint or index name spelled this way.
	 * @param name the name as the database reported it or its catalog stores it
	 * @param database the database, or {@code null} when not known (then only the model is asked)
	 * @param model the application's entity model
	 * @return the name
	 */
	public String constraint(String name, Database database, EntityModel model) {
		if (this == AS_REPORTED || name == null) {
			return name;
		}
		String declared = declared(name, model);
		if (declared != null) {
			return declared;
		}
		return isGenerated(name, database) ? name : name(name, database);
	}

	/**
	 * A schema, table or column name spelled this way.
	 * @param name the name as the database reported it or its catalog stores it; may be {@code null}
	 * @param database the database, or {@code null} when not known (then the name is kept)
	 * @return the name
	 */
	public String name(String name, Database database) {
		if (this == AS_REPORTED || name == null || !foldsToUpperCase(database) || !isUpperCase(name)) {
			return name;
		}
		return name.toLowerCase(Locale.ROOT);
	}

	private List<String> names(List<String> names, Database database) {
		List<String> spelled = null;
		for (int i = 0; i < names.size(); i++) {
			String name = name(names.get(i), database);
			if (name != names.get(i) && spelled == null) {
				spelled = new ArrayList<>(names.subList(0, i));
			}
			if (spelled != null) {
				spelled.add(name);
			}
		}
		return (spelled != null) ? List.copyOf(spelled) : names;
	}

	/** The model's declared name; a model that throws declares none (bad input never throws here). */
	private static String declared(String name, EntityModel model) {
		try {
			String declared = model.constraint(name).orElse(null);
			return (declared != null && declared.equalsIgnoreCase(name)) ? declared : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean foldsToUpperCase(Database database) {
		return database == Database.H2 || database == Database.HSQLDB || database == Database.DERBY
				|| database == Database.ORACLE || database == Database.DB2;
	}

	/** At least one letter, and no lower-case one. */
	private static boolean isUpperCase(String name) {
		boolean letter = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letter |= Character.isLetter(c);
		}
		return letter;
	}

	/**
	 * Whether the database generated the name for a constraint declared without one: H2's {@code CONSTRAINT_8},
	 * {@code PRIMARY_KEY_8} and {@code CONSTRAINT_INDEX_8} (hexadecimal suffixes), HSQLDB's and Oracle's
	 * {@code SYS_…}, Derby's and Db2's {@code SQL} and digits.
	 */
	static boolean isGenerated(String name, Database database) {
		if (database == null) {
			return false;
		}
		return switch (database) {
			case H2 -> hexAfter(name, "CONSTRAINT_INDEX_") || hexAfter(name, "CONSTRAINT_")
					|| hexAfter(name, "PRIMARY_KEY_");
			case HSQLDB, ORACLE -> name.startsWith("SYS_");
			case DERBY, DB2 -> name.length() > 3 && name.startsWith("SQL") && digits(name, 3);
			default -> false;
		};
	}

	private static boolean hexAfter(String name, String prefix) {
		if (name.length() <= prefix.length() || !name.startsWith(prefix)) {
			return false;
		}
		for (int i = prefix.length(); i < name.length(); i++) {
			if (Character.digit(name.charAt(i), 16) < 0 || Character.isLowerCase(name.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean digits(String name, int from) {
		for (int i = from; i < name.length(); i++) {
			if (name.charAt(i) < '0' || name.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
