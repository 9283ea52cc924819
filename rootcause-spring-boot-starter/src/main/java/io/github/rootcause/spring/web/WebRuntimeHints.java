package io.github.rootcause.spring.web;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the web answers reach by reflection, for a native image: the problem that Jackson writes
 * ({@link OrderedProblemDetail}, with its member order), and the method of {@link ConstraintViolationProblemHandler}
 * that Spring MVC invokes as the handler of last resort. The application's own {@code @OnUniqueViolation} (and
 * sibling) methods are registered by Spring's {@code @Reflective} processing: the annotations are meta-annotated.
 */
final class WebRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), OrderedProblemDetail.class);
		hints.reflection().registerMethod(ViolationHandlerExceptionResolver.PROBLEM_METHOD, ExecutableMode.INVOKE);
	}

}
