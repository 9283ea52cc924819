package io.github.rootcause.spring.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.web.method.HandlerMethod;

/**
 * What {@link ViolationProblems} reads of the request a violation answers, from either web stack: a servlet
 * request (Spring MVC) or a server exchange (Spring WebFlux).
 *
 * @param method the HTTP method, for the log
 * @param path the request's path, the problem's {@code instance}
 * @param handler the handler method that failed, whose {@code @RequestBody} names the fields; {@code null} when the
 * request did not come through one
 * @param hasBody whether the request has a body
 * @param parameter a query (or form) parameter by name, {@code null} when absent
 */
public record ProblemRequest(String method, String path, @Nullable HandlerMethod handler, boolean hasBody,
		Function<String, @Nullable String> parameter) {

	/**
	 * A parameter of the request.
	 * @param name the name
	 * @return the value, or {@code null} when the request has no such parameter
	 */
	public @Nullable String parameter(String name) {
		return this.parameter.apply(name);
	}

}
