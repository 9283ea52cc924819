package io.github.rootcause.spring.webflux;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Answers the constraint violations (and other data integrity problems) that no controller raised: those of
 * functional endpoints ({@code RouterFunction}) and web filters, as {@link ReactiveViolationAdvice} answers a
 * controller's, with the advice's annotated handlers and rootcause's problem. Ordered before Spring Boot's error
 * handler ({@value #ORDER}); anything else is passed on.
 */
public class ViolationWebExceptionHandler implements WebExceptionHandler, Ordered {

	/** The order: just before Spring Boot's {@code ErrorWebExceptionHandler} (-1). */
	public static final int ORDER = -2;

	private final ReactiveViolationAdvice advice;

	private final ServerResponse.Context context;

	/**
	 * Creates the handler.
	 * @param advice answers the violations
	 * @param writers the application's message writers, for the body
	 */
	public ViolationWebExceptionHandler(ReactiveViolationAdvice advice, List<HttpMessageWriter<?>> writers) {
		this.advice = advice;
		this.context = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return writers;
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		return this.advice.answerAny(ex, exchange)
			.flatMap((entity) -> write(entity, exchange))
			.switchIfEmpty(Mono.error(ex));
	}

	private Mono<Void> write(ResponseEntity<Object> entity, ServerWebExchange exchange) {
		ServerResponse.BodyBuilder response = ServerResponse.status(entity.getStatusCode())
			.headers((headers) -> headers.addAll(entity.getHeaders()));
		Mono<ServerResponse> built = (entity.getBody() != null) ? response.bodyValue(entity.getBody())
				: response.build();
		return built.flatMap((answer) -> answer.writeTo(exchange, this.context));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
