package io.github.rootcause.spring.messaging;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.jdbc.ConstraintViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one decision of what becomes of a message whose processing violated a constraint.
 */
class ViolationOutcomesTest {

	private final ViolationOutcomes defaults = ViolationOutcomes.defaults();

	@Test
	void aMissingReferencedRowIsRetriedAndEveryOtherViolationDeadLetteredByDefault() {
		assertThat(this.defaults.outcome(foreignKey(Reference.MISSING))).isEqualTo(MessageOutcome.RETRY);
		assertThat(this.defaults.outcome(Cause.of(Kind.FOREIGN_KEY))).isEqualTo(MessageOutcome.RETRY);
		assertThat(this.defaults.outcome(foreignKey(Reference.STILL_REFERENCED)))
			.isEqualTo(MessageOutcome.DEAD_LETTER);
		for (Kind kind : List.of(Kind.UNIQUE, Kind.NOT_NULL, Kind.CHECK, Kind.EXCLUSION)) {
			assertThat(this.defaults.outcome(Cause.of(kind))).as(kind.name()).isEqualTo(MessageOutcome.DEAD_LETTER);
		}
	}

	@Test
	void aConstraintsOwnOutcomeWinsOverItsKindsMatchedAsEveryConstraintsNameIs() {
		ViolationOutcomes outcomes = new ViolationOutcomes(Map.of(Kind.UNIQUE, MessageOutcome.DEAD_LETTER),
				MessageOutcome.RETRY, MessageOutcome.DEAD_LETTER,
				Map.of("uq-inbox-message-id", MessageOutcome.ACKNOWLEDGE));
		assertThat(outcomes.outcome(unique("UQ_INBOX_MESSAGE_ID"))).isEqualTo(MessageOutcome.ACKNOWLEDGE);
		assertThat(outcomes.outcome(unique("uq_inbox_message_id"))).isEqualTo(MessageOutcome.ACKNOWLEDGE);
		assertThat(outcomes.outcome(unique("uq_customer_email"))).isEqualTo(MessageOutcome.DEAD_LETTER);
	}

	@Test
	void theViolationIsFoundBehindTheContainersWrapping() {
		DataIntegrityViolationException typed = (DataIntegrityViolationException) ConstraintViolation.of("insert",
				unique("uq_customer_email"), new RuntimeException("Duplicate entry 'ada@example.com'"));
		MessageViolation violation = this.defaults.decide(new IllegalStateException("listener failed", new RuntimeException("wrapped", typed)))
			.orElseThrow();
		assertThat(violation.outcome()).isEqualTo(MessageOutcome.DEAD_LETTER);
		assertThat(violation.cause().constraint()).contains("uq_customer_email");
	}

	@Test
	void aFailureThatIsNoViolationHasNoOutcome() {
		assertThat(this.defaults.decide(new IllegalStateException("no"))).isEmpty();
		assertThat(this.defaults.decide(new DataIntegrityViolationException("untranslated"))).isEmpty();
	}

	@Test
	void theHeadersNameTheKindConstraintAndFieldsAndNoValue() {
		Cause cause = unique("uq_customer_email").withColumns(List.of("email_address"))
			.withFields(List.of("email"));
		assertThat(new MessageViolation(cause, MessageOutcome.DEAD_LETTER).headers()).containsExactly(
				Map.entry("rootcause-kind", "unique"), Map.entry("rootcause-constraint", "uq_customer_email"),
				Map.entry("rootcause-fields", "email"));
		assertThat(new MessageViolation(Cause.of(Kind.NOT_NULL).withColumns(List.of("name", "city")),
				MessageOutcome.DEAD_LETTER)
			.headers()).containsExactly(Map.entry("rootcause-kind", "not-null"), Map.entry("rootcause-fields", "name,city"));
	}

	@Test
	void retriesWaitLongerEachTimeUpToTheLongestWait() {
		RetrySettings retry = new RetrySettings(5, java.time.Duration.ofMillis(100), 2.0,
				java.time.Duration.ofMillis(300));
		assertThat(List.of(retry.interval(1), retry.interval(2), retry.interval(3))).containsExactly(
				java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(300));
	}

	private static Cause unique(String name) {
		return Cause.of(Kind.UNIQUE).withConstraint(name);
	}

	private static Cause foreignKey(Reference reference) {
		return Cause.of(Kind.FOREIGN_KEY).withReference(reference);
	}

}
