package io.github.rootcause.spring.actuate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.actuate.RootCauseEndpoint.AnswerDescriptor;
import io.github.rootcause.spring.web.ViolationHandlers;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * What the web layer answers for a violation of a constraint, asked of the same problem factory and handler
 * methods that answer real violations.
 */
final class ViolationAnswers {

	private final ViolationProblemFactory problems;

	private final ViolationHandlers handlers;

	ViolationAnswers(ViolationProblemFactory problems, ViolationHandlers handlers) {
		this.problems = problems;
		this.handlers = handlers;
	}

	/** One answer, or for a foreign key one per side. */
	List<AnswerDescriptor> of(Cause cause) {
		if (cause.kind() != Kind.FOREIGN_KEY) {
			return List.of(answer(cause, null));
		}
		return List.of(answer(cause.withReference(Reference.MISSING), "missing"),
				answer(cause.withReference(Reference.STILL_REFERENCED), "referenced"));
	}

	/** Whether configuration, a message or a handler method tailors the answer. */
	boolean isTailored(Cause cause, List<AnswerDescriptor> answers) {
		return this.problems.isTailored(cause, Locale.ROOT)
				|| answers.stream().anyMatch((answer) -> !answer.handlers().isEmpty());
	}

	private AnswerDescriptor answer(Cause cause, String side) {
		List<String> methods = this.handlers.all()
			.stream()
			.filter((handler) -> handler.matches(cause))
			.sorted(Comparator.comparingInt(ViolationHandlers.Handler::specificity).reversed())
			.map((handler) -> handler.beanType().getSimpleName() + "#" + handler.method().getName())
			.toList();
		return new AnswerDescriptor(side, this.problems.status(cause).value(),
				this.problems.detailSource(cause, Locale.ROOT), methods);
	}

}
