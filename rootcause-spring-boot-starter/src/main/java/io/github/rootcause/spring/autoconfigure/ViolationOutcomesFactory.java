package io.github.rootcause.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.rootcause.Kind;
import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.RetrySettings;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * The plain values the messaging adapters run on, from {@code rootcause.messaging.*} and
 * {@code rootcause.constraints.<name>.on-message}.
 */
final class ViolationOutcomesFactory {

	private ViolationOutcomesFactory() {
	}

	static ViolationOutcomes outcomes(RootCauseProperties properties) {
		RootCauseProperties.Messaging messaging = properties.getMessaging();
		Map<Kind, MessageOutcome> byKind = Map.of(Kind.UNIQUE,
				messaging.getUnique(), Kind.NOT_NULL, messaging.getNotNull(), Kind.CHECK, messaging.getCheck(),
				Kind.EXCLUSION, messaging.getExclusion());
		Map<String, MessageOutcome> byConstraint = new LinkedHashMap<>();
		properties.getConstraints().forEach((name, constraint) -> {
			if (constraint.getOnMessage() != null) {
				byConstraint.put(name, constraint.getOnMessage());
			}
		});
		return new ViolationOutcomes(byKind, messaging.getForeignKeyMissing(), messaging.getForeignKeyReferenced(),
				byConstraint);
	}

	static RetrySettings retry(RootCauseProperties properties) {
		RootCauseProperties.Retry retry = properties.getMessaging().getRetry();
		return new RetrySettings(retry.getMaxAttempts(), retry.getInitialInterval(), retry.getMultiplier(),
				retry.getMaxInterval());
	}

}
