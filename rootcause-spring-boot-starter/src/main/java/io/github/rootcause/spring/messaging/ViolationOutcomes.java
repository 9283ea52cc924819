package io.github.rootcause.spring.messaging;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.jdbc.ConstraintViolation;

/**
 * The one decision of what becomes of a message, or a batch item, whose processing violated a constraint, shared by
 * every listener container and job: the outcome configured for the violated constraint
 * ({@code rootcause.constraints.<name>.on-message}, names compared as every {@code rootcause.constraints} name is:
 * ignoring case, {@code _} and {@code -}), else the outcome for its
 * kind ({@code rootcause.messaging.*}). By default a foreign key whose referenced row is missing is retried (the
 * parent may arrive later: events out of order), and everything else is dead-lettered at once (a retry would fail
 * the same way): a unique key, a not-null column, a check, an exclusion, a foreign key whose row is still
 * referenced. A failure that is no constraint violation has no outcome: the container handles it as it would
 * without rootcause.
 *
 * <pre class="code">
 * rootcause:
 *   constraints:
 *     uq_inbox_message_id:
 *       on-message: acknowledge     # a duplicate delivery
 *   messaging:
 *     foreign-key-missing: retry
 * </pre>
 */
public final class ViolationOutcomes {

	private final Map<Kind, MessageOutcome> byKind;

	private final MessageOutcome missingReference;

	private final MessageOutcome stillReferenced;

	private final Map<String, MessageOutcome> byConstraint;

	/**
	 * Creates the decision.
	 * @param byKind the outcome of each kind but a foreign key; a kind not given is dead-lettered
	 * @param missingReference the outcome of a foreign key whose referenced row is missing (or whose side is
	 * unknown)
	 * @param stillReferenced the outcome of a foreign key whose row is still referenced
	 * @param byConstraint the outcomes of single constraints, by name
	 */
	public ViolationOutcomes(Map<Kind, MessageOutcome> byKind, MessageOutcome missingReference,
			MessageOutcome stillReferenced, Map<String, MessageOutcome> byConstraint) {
		this.byKind = new EnumMap<>(Kind.class);
		this.byKind.putAll(byKind);
		this.missingReference = Objects.requireNonNull(missingReference, "missingReference");
		this.stillReferenced = Objects.requireNonNull(stillReferenced, "stillReferenced");
		this.byConstraint = new HashMap<>();
		byConstraint.forEach((name, outcome) -> this.byConstraint.put(key(name), outcome));
	}

	/**
	 * The defaults: a missing referenced row retried, everything else dead-lettered.
	 * @return the decision
	 */
	public static ViolationOutcomes defaults() {
		return new ViolationOutcomes(Map.of(), MessageOutcome.RETRY, MessageOutcome.DEAD_LETTER, Map.of());
	}

	/**
	 * The violation behind a failure and its outcome.
	 * @param failure what processing the message threw, wrapped as the container wraps it or not
	 * @return the decided violation, or empty when the failure is no constraint violation that rootcause translated
	 */
	public Optional<MessageViolation> decide(Throwable failure) {
		return violation(failure).map((cause) -> new MessageViolation(cause, outcome(cause)));
	}

	/**
	 * The outcome of a violation.
	 * @param cause the violation
	 * @return its constraint's outcome, else its kind's
	 */
	public MessageOutcome outcome(Cause cause) {
		MessageOutcome configured = cause.constraint().map((name) -> this.byConstraint.get(key(name))).orElse(null);
		if (configured != null) {
			return configured;
		}
		if (cause.kind() == Kind.FOREIGN_KEY) {
			return (cause.reference().orElse(Reference.MISSING) == Reference.STILL_REFERENCED) ? this.stillReferenced
					: this.missingReference;
		}
		return this.byKind.getOrDefault(cause.kind(), MessageOutcome.DEAD_LETTER);
	}

	/**
	 * A constraint name as a key: in lower case, without {@code _}, {@code -}, {@code [} and {@code ]} (Spring Boot
	 * drops {@code _} from a map key outside brackets: {@code uq_inbox_message_id} is bound as
	 * {@code uqinboxmessageid}).
	 */
	private static String key(String name) {
		StringBuilder key = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c != '_' && c != '-' && c != '[' && c != ']') {
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}

	/** The violation of the first of rootcause's typed exceptions in the chain, at most 64 deep. */
	private static Optional<Cause> violation(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current instanceof ConstraintViolation violation) {
				return Optional.of(violation.violation());
			}
			current = current.getCause();
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return "ViolationOutcomes" + this.byKind + ", foreign key missing " + this.missingReference.tag()
				+ ", still referenced " + this.stillReferenced.tag() + ", constraints " + this.byConstraint.keySet();
	}

}
