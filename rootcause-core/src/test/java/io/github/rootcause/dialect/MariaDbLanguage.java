package io.github.rootcause.dialect;

/**
 * Languages a MariaDB server answers in, set per session with {@code lc_messages}, and how each writes the
 * duplicate-entry message, so that a test can check the server really answered in it.
 */
enum MariaDbLanguage {

	ENGLISH("en_US", "Duplicate entry 'x' for key 'uq_x'"),

	GERMAN("de_DE", "Doppelter Eintrag 'x' für Schlüssel 'uq_x'"),

	FRENCH("fr_FR", "Duplicata du champ 'x' pour la clef 'uq_x'"),

	JAPANESE("ja_JP", "'x' は索引 'uq_x' で重複しています。");

	private final String locale;

	private final String duplicateOfXOnUqX;

	MariaDbLanguage(String locale, String duplicateOfXOnUqX) {
		this.locale = locale;
		this.duplicateOfXOnUqX = duplicateOfXOnUqX;
	}

	/**
	 * The language a value of {@code lc_messages} selects.
	 * @param locale such as {@code de_DE}, or {@code null} for the server's own (English)
	 * @return the language
	 */
	static MariaDbLanguage of(String locale) {
		for (MariaDbLanguage language : values()) {
			if (language.locale.equals(locale)) {
				return language;
			}
		}
		return ENGLISH;
	}

	/**
	 * The value of {@code lc_messages} that selects this language.
	 * @return a locale such as {@code de_DE}
	 */
	String locale() {
		return this.locale;
	}

	/**
	 * The message of error 1062 for the value {@code x} on the key {@code uq_x}, as MariaDB 10.11 sends it.
	 * @return the message, without the driver's prefix
	 */
	String duplicateOfXOnUqX() {
		return this.duplicateOfXOnUqX;
	}

}
