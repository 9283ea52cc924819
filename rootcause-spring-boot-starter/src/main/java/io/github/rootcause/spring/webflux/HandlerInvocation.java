package io.github.rootcause.spring.webflux;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ServerWebExchange;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Invokes a handler method that {@link ReactiveViolationAdvice} chose, and makes its answer a response entity.
 *
 * <p>Its parameters are resolved by type: the exception (or the exception of that type in its chain of causes),
 * the {@link Cause}, {@link ServerWebExchange}, {@link ServerHttpRequest}, {@link ServerHttpResponse},
 * {@link Locale} (the exchange's) and the {@link HandlerMethod} that failed; any other is {@code null}. It may return
 * a {@link ProblemDetail}, an {@link ErrorResponse}, a {@link ResponseEntity}, a {@code Mono} (or another
 * {@link Publisher}) of one of these, or any other body, answered with the method's {@link ResponseStatus} or 200.
 */
final class HandlerInvocation {

	private HandlerInvocation() {
	}

	static Mono<ResponseEntity<Object>> invoke(Object bean, Method method, Throwable exception,
			@Nullable Cause cause, ServerWebExchange exchange, @Nullable HandlerMethod failed) {
		Object[] arguments = new Object[method.getParameterCount()];
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			arguments[i] = argument(types[i], exception, cause, exchange, failed);
		}
		Object answer;
		try {
			ReflectionUtils.makeAccessible(method);
			answer = method.invoke(bean, arguments);
		}
		catch (InvocationTargetException ex) {
			return Mono.error(ex.getTargetException());
		}
		catch (IllegalAccessException ex) {
			return Mono.error(ex);
		}
		HttpStatus declared = declaredStatus(method);
		if (answer instanceof Publisher<?> publisher) {
			return Mono.from(publisher).map((value) -> entity(value, declared));
		}
		return (answer != null) ? Mono.just(entity(answer, declared))
				: Mono.just(ResponseEntity.status(declared).build());
	}

	private static @Nullable Object argument(Class<?> type, Throwable exception, @Nullable Cause cause,
			ServerWebExchange exchange, @Nullable HandlerMethod failed) {
		if (type == Cause.class) {
			return cause;
		}
		if (Throwable.class.isAssignableFrom(type)) {
			return DataSourceResolvers.inChain(exception, type::isInstance).orElse(null);
		}
		if (type == ServerWebExchange.class) {
			return exchange;
		}
		if (type == ServerHttpRequest.class) {
			return exchange.getRequest();
		}
		if (type == ServerHttpResponse.class) {
			return exchange.getResponse();
		}
		if (type == Locale.class) {
			Locale locale = exchange.getLocaleContext().getLocale();
			return (locale != null) ? locale : Locale.getDefault();
		}
		return (type == HandlerMethod.class) ? failed : null;
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> entity(Object answer, HttpStatus declared) {
		if (answer instanceof ResponseEntity<?> entity) {
			return (ResponseEntity<Object>) entity;
		}
		if (answer instanceof ProblemDetail problem) {
			return ResponseEntity.status(problem.getStatus()).body(problem);
		}
		if (answer instanceof ErrorResponse error) {
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
		}
		return ResponseEntity.status(declared).body(answer);
	}

	private static HttpStatus declaredStatus(Method method) {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
		return (status != null) ? status.code() : HttpStatus.OK;
	}

}
