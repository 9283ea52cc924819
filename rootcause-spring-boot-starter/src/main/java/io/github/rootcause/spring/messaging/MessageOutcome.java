package io.github.rootcause.spring.messaging;

import java.util.Locale;

/**
 * What becomes of a message whose processing violated a constraint.
 */
public enum MessageOutcome {

	/**
	 * Consumed: not retried, not dead-lettered, logged at DEBUG only. For a duplicate delivery that the database
	 * refused (an inbox table's unique message id).
	 */
	ACKNOWLEDGE,

	/**
	 * Delivered again after a back-off, a bounded number of times, then dead-lettered. For what may succeed later (a
	 * child event whose parent has not arrived yet).
	 */
	RETRY,

	/**
	 * Not retried: sent to the dead-letter exchange or topic at once, with rootcause's headers.
	 */
	DEAD_LETTER;

	/**
	 * The outcome as configured and as tagged in metrics: {@code acknowledge}, {@code retry}, {@code dead-letter}.
	 * @return the name
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
