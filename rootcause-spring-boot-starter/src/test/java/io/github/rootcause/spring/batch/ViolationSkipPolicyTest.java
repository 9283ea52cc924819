package io.github.rootcause.spring.batch;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.skip.AlwaysSkipItemSkipPolicy;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The skip policy's decisions, and the report's lines, without a job.
 */
class ViolationSkipPolicyTest {

	private final ViolationOutcomes outcomes = new ViolationOutcomes(Map.of(), MessageOutcome.RETRY,
			MessageOutcome.DEAD_LETTER, Map.of("pk_customer", MessageOutcome.ACKNOWLEDGE));

	@AfterEach
	void leaveTheStep() {
		StepSynchronizationManager.close();
	}

	@Test
	void aViolationIsSkippedBelowTheLimitAndFailsTheStepAtIt() {
		ViolationSkipPolicy policy = new ViolationSkipPolicy(this.outcomes, 2);
		Throwable duplicate = violation(Cause.of(Kind.UNIQUE).withConstraint("uq_customer_email"));
		assertThat(policy.shouldSkip(duplicate, 0)).isTrue();
		assertThat(policy.shouldSkip(duplicate, 1)).isTrue();
		assertThatExceptionOfType(SkipLimitExceededException.class).isThrownBy(() -> policy.shouldSkip(duplicate, 2));
	}

	@Test
	void aChunkThatFailedOnAViolationIsScannedWhateverTheCount() {
		ViolationSkipPolicy policy = new ViolationSkipPolicy(this.outcomes, 0);
		assertThat(policy.shouldSkip(violation(Cause.of(Kind.FOREIGN_KEY)), -1)).isTrue();
	}

	@Test
	void acknowledgedItemsAreSkippedPastTheLimitAndNotCountedAgainstIt() {
		StepSynchronizationManager.register(new StepExecution(1, "import",
				new JobExecution(1, new JobInstance(1, "import"), new JobParameters())));
		ViolationSkipPolicy policy = new ViolationSkipPolicy(this.outcomes, 1);
		Throwable reimported = violation(Cause.of(Kind.UNIQUE).withConstraint("PK_CUSTOMER"));
		for (int skipped = 0; skipped < 5; skipped++) {
			assertThat(policy.shouldSkip(reimported, skipped)).isTrue();
		}
		Throwable orphan = violation(Cause.of(Kind.FOREIGN_KEY).withConstraint("fk_order_customer"));
		assertThat(policy.shouldSkip(orphan, 5)).isTrue();
		assertThatExceptionOfType(SkipLimitExceededException.class).isThrownBy(() -> policy.shouldSkip(orphan, 6));
	}

	@Test
	void aFailureThatIsNoViolationIsLeftToTheDelegate() {
		IllegalStateException failure = new IllegalStateException("not a violation");
		assertThat(new ViolationSkipPolicy(this.outcomes, 10).shouldSkip(failure, 0)).isFalse();
		assertThat(new ViolationSkipPolicy(this.outcomes, 10, new AlwaysSkipItemSkipPolicy()).shouldSkip(failure, 0))
			.isTrue();
	}

	@Test
	void aSkippedItemIsKeptAsALineAndReadBack() {
		SkippedItem named = new SkippedItem(247, "unique", "uq_customer_email", "customer", List.of("email"));
		SkippedItem unnamed = new SkippedItem(0, "not-null", "", "", List.of());
		assertThat(SkippedItem.ofLine(named.line())).isEqualTo(named);
		assertThat(SkippedItem.ofLine(unnamed.line())).isEqualTo(unnamed);
		assertThat(named.describe())
			.isEqualTo("item 247: unique violation of uq_customer_email on customer (email)");
	}

	private static Throwable violation(Cause cause) {
		return ConstraintViolation.of("insert", cause, new RuntimeException("database message"));
	}

}
