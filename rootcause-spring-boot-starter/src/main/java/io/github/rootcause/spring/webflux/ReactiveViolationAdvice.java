package io.github.rootcause.spring.webflux;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ServerWebExchange;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.web.DataAccessHandlers;
import io.github.rootcause.spring.web.ProblemRequest;
import io.github.rootcause.spring.web.ViolationHandlers;
import io.github.rootcause.spring.web.ViolationProblems;

/**
 * Answers a constraint violation (or another data integrity problem) raised by a WebFlux controller, as
 * {@code ViolationHandlerExceptionResolver} does for Spring MVC. An advice of highest precedence, so in this order:
 * <ol>
 * <li>the controller's own {@code @ExceptionHandler} that names the exception (WebFlux asks a controller's own
 * handlers before any advice);
 * <li>the most specific method annotated with {@link io.github.rootcause.spring.web.OnUniqueViolation} or a
 * sibling ({@link ViolationHandlers}), which may also take the {@link Cause};
 * <li>the first advice, in advice order, with an {@code @ExceptionHandler} that names a data access exception
 * ({@link DataAccessHandlers});
 * <li>the problem of {@link ViolationProblems}, the same as Spring MVC's, in the exchange's locale.
 * </ol>
 * Catch-all handlers of advice ({@code Exception}, {@code RuntimeException}, ...) never take a violation away; a
 * controller's own catch-all does, as WebFlux asks it first. The methods of steps 2 and 3 are invoked as
 * {@link HandlerInvocation} describes. Each violation answered is published as a {@link ViolationEvent} with the
 * status of the answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReactiveViolationAdvice {

	private final DataSourceResolvers resolvers;

	private final ViolationHandlers handlers;

	private final ViolationProblems problems;

	private final ApplicationContext context;

	private final DataAccessHandlers dataAccessHandlers = new DataAccessHandlers(ExceptionHandler.class);

	/**
	 * Creates the advice.
	 * @param resolvers resolves the violation behind an exception
	 * @param handlers the annotated handler methods and the application's advice
	 * @param problems builds the problems
	 * @param context the application context, for handler beans and events
	 */
	public ReactiveViolationAdvice(DataSourceResolvers resolvers, ViolationHandlers handlers,
			ViolationProblems problems, ApplicationContext context) {
		this.resolvers = resolvers;
		this.handlers = handlers;
		this.problems = problems;
		this.context = context;
	}

	/**
	 * Answers a data integrity violation, by the first of the handlers described above.
	 * @param exception the exception
	 * @param exchange the exchange
	 * @return the answer
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	public Mono<ResponseEntity<Object>> handleDataIntegrityViolation(DataIntegrityViolationException exception,
			ServerWebExchange exchange) {
		return answer(exception, exchange);
	}

	/**
	 * Answers any throwable that is a constraint violation or a data integrity problem, by the first of the handlers
	 * described above: for {@link ViolationWebExceptionHandler}, outside controllers.
	 * @param exception the throwable
	 * @param exchange the exchange
	 * @return the answer, or empty when the throwable is neither
	 */
	public Mono<ResponseEntity<Object>> answerAny(Throwable exception, ServerWebExchange exchange) {
		boolean answered = this.resolvers.resolve(exception).isPresent()
				|| ViolationProblems.isIntegrityProblem(exception);
		return answered ? answer(exception, exchange) : Mono.empty();
	}

	private Mono<ResponseEntity<Object>> answer(Throwable exception, ServerWebExchange exchange) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		HandlerMethod failed = ExchangeProblemRequest.handler(exchange);
		Mono<ResponseEntity<Object>> answer = handler(exception, cause.orElse(null), exchange, failed);
		if (answer == null) {
			answer = Mono.just(problem(exception, cause.orElse(null), exchange));
		}
		return cause.isPresent() ? answer.doOnNext((entity) -> this.context.publishEvent(
				new ViolationEvent(cause.get(), OptionalInt.of(entity.getStatusCode().value())))) : answer;
	}

	private @Nullable Mono<ResponseEntity<Object>> handler(Throwable exception, @Nullable Cause cause,
			ServerWebExchange exchange, @Nullable HandlerMethod failed) {
		Class<?> controllerType = (failed != null) ? failed.getBeanType() : null;
		if (cause != null) {
			Optional<ViolationHandlers.Handler> handler = this.handlers.find(controllerType, cause);
			if (handler.isPresent()) {
				// The exchange holds the mapping's handler method, whose bean may still be a bean name.
				Object bean = (!handler.get().advice() && failed != null) ? failed.createWithResolvedBean().getBean()
						: this.context.getBean(handler.get().beanName());
				return HandlerInvocation.invoke(bean, handler.get().method(), exception, cause, exchange, failed);
			}
		}
		for (ControllerAdviceBean advice : this.handlers.advice()) {
			Class<?> adviceType = advice.getBeanType();
			if (adviceType == null || !advice.isApplicableToBeanType(controllerType)
					|| ReactiveViolationAdvice.class.isAssignableFrom(adviceType)) {
				continue;
			}
			Method method = this.dataAccessHandlers.find(ClassUtils.getUserClass(adviceType), exception);
			if (method != null) {
				return HandlerInvocation.invoke(advice.resolveBean(), method, exception, cause, exchange, failed);
			}
		}
		return null;
	}

	private ResponseEntity<Object> problem(Throwable exception, @Nullable Cause cause, ServerWebExchange exchange) {
		ProblemRequest request = ExchangeProblemRequest.of(exchange);
		Locale locale = exchange.getLocaleContext().getLocale();
		locale = (locale != null) ? locale : Locale.getDefault();
		ProblemDetail problem = (cause != null) ? this.problems.answer(cause, exception, request, locale)
				: this.problems.answerDataProblem(exception, request, locale);
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
