package io.github.rootcause.spring.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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
 * @param pathVariable a variable of the handler's path pattern by name ({@code repository} in Spring Data REST's
 * {@code /{repository}/{id}}), {@code null} when absent
 */
public record ProblemRequest(String method, String path, @Nullable HandlerMethod handler, boolean hasBody,
		Function<String, @Nullable String> parameter, Function<String, @Nullable String> pathVariable) {

	/**
	 * A request without path variables.
	 * @param method the HTTP method
	 * @param path the request's path
	 * @param handler the handler method that failed, or {@code null}
	 * @param hasBody whether the request has a body
	 * @param parameter a query (or form) parameter by name, {@code null} when absent
	 */
	public ProblemRequest(String method, String path, @Nullable HandlerMethod handler, boolean hasBody,
			Function<String, @Nullable String> parameter) {
		this(method, path, handler, hasBody, parameter, (name) -> null);
	}

	/**
	 * Path variables from the map a handler mapping keeps in a request attribute ({@code HandlerMapping}'s
	 * {@code URI_TEMPLATE_VARIABLES_ATTRIBUTE}, in either stack), read when asked.
	 * @param attribute the attribute's value, a map of names to values or {@code null}
	 * @return the variables by name
	 */
	public static Function<String, @Nullable String> pathVariables(Supplier<@Nullable Object> attribute) {
		return (name) -> (attribute.get() instanceof Map<?, ?> variables
				&& variables.get(name) instanceof String value) ? value : null;
	}

	/**
	 * A parameter of the request.
	 * @param name the name
	 * @return the value, or {@code null} when the request has no such parameter
	 */
	public @Nullable String parameter(String name) {
		return this.parameter.apply(name);
	}

	/**
	 * A variable of the path pattern the request matched.
	 * @param name the name
	 * @return the value, or {@code null} when the pattern has no such variable
	 */
	public @Nullable String pathVariable(String name) {
		return this.pathVariable.apply(name);
	}

}
