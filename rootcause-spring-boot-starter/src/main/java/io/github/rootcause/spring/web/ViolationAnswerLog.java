package io.github.rootcause.spring.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.ProblemDetail;

import io.github.rootcause.Cause;

/**
 * The log of the violations {@link ViolationProblems} answers, for both web stacks, under the name it has always
 * had ({@code ConstraintViolationProblemHandler}): kind, constraint, table and columns, never values.
 */
final class ViolationAnswerLog {

	private static final Log logger = LogFactory
		.getLog("io.github.rootcause.spring.web.ConstraintViolationProblemHandler");

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	/** At ERROR, with the exception: a violation answered with 500 as the server's fault. */
	void fault(Cause cause, String reason, ProblemRequest request, Throwable exception) {
		logger.error("Violation of " + describe(cause) + " answered with 500 as the server's fault: " + reason + " ("
				+ request.method() + " " + request.path() + ")", exception);
	}

	/** At DEBUG: a violation answered. */
	void answered(Cause cause, ProblemDetail problem, ProblemRequest request) {
		if (logger.isDebugEnabled()) {
			logger.debug("Answered violation of " + describe(cause) + " with " + problem.getStatus() + " ("
					+ request.method() + " " + request.path() + ")");
		}
	}

	/** At DEBUG: a data integrity problem that is no violation answered. */
	void answeredDataProblem(Throwable exception, ProblemDetail problem) {
		if (logger.isDebugEnabled()) {
			logger.debug("Answered a data integrity problem with " + problem.getStatus() + ": "
					+ exception.getClass().getName());
		}
	}

	/** At WARN, once per constraint that nothing tailors: a violation answered with the default problem, and how. */
	void untailored(Cause cause, BooleanSupplier tailored) {
		if (!logger.isWarnEnabled()) {
			return;
		}
		String name = cause.constraint().orElse(null);
		String key = (name != null) ? name : cause.kind() + " " + cause.table().orElse("") + cause.columns();
		if (this.warned.contains(key) || tailored.getAsBoolean()) {
			return;
		}
		if (this.warned.add(key)) {
			String annotation = "@On" + annotationName(cause) + "Violation";
			logger.warn((name != null)
					? "Violation of " + describe(cause) + " answered with the default problem; to tailor it, set "
							+ "rootcause.constraints.[" + name + "].message (and .fields, .status) or annotate a "
							+ "handler method with " + annotation + "(constraint = \"" + name + "\")"
					: "Violation of " + describe(cause) + " answered with the default problem; the database did not "
							+ "name the constraint, so handle it with " + annotation
							+ ((cause.fields().isEmpty()) ? "" : "(fields = \"" + String.join("\", \"", cause.fields())
									+ "\")"));
		}
	}

	private static String describe(Cause cause) {
		return ViolationProblems.slug(cause.kind()) + " constraint " + cause.constraint().orElse("(unnamed)")
				+ cause.table().map((table) -> " on " + table + cause.columns()).orElse("");
	}

	private static String annotationName(Cause cause) {
		return switch (cause.kind()) {
			case UNIQUE, EXCLUSION -> "Unique";
			case NOT_NULL -> "NotNull";
			case CHECK -> "Check";
			case FOREIGN_KEY -> "ForeignKey";
		};
	}

}
