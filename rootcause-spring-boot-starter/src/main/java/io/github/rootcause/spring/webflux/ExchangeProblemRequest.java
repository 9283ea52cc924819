package io.github.rootcause.spring.webflux;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

import io.github.rootcause.spring.web.ProblemRequest;

/**
 * A server exchange as {@link io.github.rootcause.spring.web.ViolationProblems} reads it: WebFlux's handler method
 * and path variables from the exchange's attributes, a body when the request has a length or a transfer encoding,
 * and its query parameters.
 */
final class ExchangeProblemRequest {

	private ExchangeProblemRequest() {
	}

	static ProblemRequest of(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		boolean hasBody = headers.getContentLength() > 0 || headers.getFirst(HttpHeaders.TRANSFER_ENCODING) != null;
		Function<String, @Nullable String> pathVariables = ProblemRequest
			.pathVariables(() -> exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
		return new ProblemRequest(exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value(),
				handler(exchange), hasBody, (name) -> exchange.getRequest().getQueryParams().getFirst(name),
				pathVariables);
	}

	static @Nullable HandlerMethod handler(ServerWebExchange exchange) {
		return (exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method)
				? method : null;
	}

}
