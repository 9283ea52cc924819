package io.github.rootcause.spring.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Invokes the {@link ViolationHandlers handler method} annotated with {@link OnUniqueViolation} (or a sibling)
 * that matches a constraint violation, with Spring MVC's argument resolution and return value handling; the
 * method may also take the {@link Cause}.
 *
 * <p>Ordered just before Spring MVC's own exception resolvers ({@link #ORDER}), so an annotated handler in an
 * advice wins over an {@code @ExceptionHandler} for the same exception in an advice; but a controller's own
 * {@code @ExceptionHandler} that matches the exception wins over everything here. When no annotated method
 * matches, this resolver steps aside and Spring MVC's resolvers run (the application's {@code @ExceptionHandler}s,
 * then rootcause's {@link ConstraintViolationProblemHandler}).
 */
public class ViolationHandlerExceptionResolver extends ExceptionHandlerExceptionResolver {

	/** The order: just before Spring MVC's {@code handlerExceptionResolver} composite (order 0). */
	public static final int ORDER = -1;

	private static final String CAUSE_ATTRIBUTE = ViolationHandlerExceptionResolver.class.getName() + ".cause";

	private final DataSourceResolvers resolvers;

	private final ViolationHandlers handlers;

	private final Map<Class<?>, ExceptionHandlerMethodResolver> ownHandlers = new ConcurrentHashMap<>();

	/**
	 * Creates the resolver.
	 * @param resolvers resolves the violation behind an exception
	 * @param handlers the annotated handler methods
	 */
	public ViolationHandlerExceptionResolver(DataSourceResolvers resolvers, ViolationHandlers handlers) {
		this.resolvers = resolvers;
		this.handlers = handlers;
		setOrder(ORDER);
		setCustomArgumentResolvers(List.of(new CauseArgumentResolver()));
	}

	@Override
	protected boolean shouldApplyTo(HttpServletRequest request, @Nullable Object handler) {
		return !this.handlers.all().isEmpty();
	}

	@Override
	protected @Nullable ServletInvocableHandlerMethod getExceptionHandlerMethod(@Nullable HandlerMethod handlerMethod,
			Exception exception, ServletWebRequest webRequest) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		if (cause.isEmpty()) {
			return null;
		}
		Class<?> controllerType = (handlerMethod != null) ? handlerMethod.getBeanType() : null;
		if (controllerType != null && this.ownHandlers
			.computeIfAbsent(controllerType, ExceptionHandlerMethodResolver::new)
			.resolveMethodByThrowable(exception) != null) {
			return null;
		}
		Optional<ViolationHandlers.Handler> handler = this.handlers.find(controllerType, cause.get());
		if (handler.isEmpty()) {
			return null;
		}
		webRequest.setAttribute(CAUSE_ATTRIBUTE, cause.get(), RequestAttributes.SCOPE_REQUEST);
		Object bean = (!handler.get().advice() && handlerMethod != null) ? handlerMethod.getBean()
				: obtainApplicationContext().getBean(handler.get().beanName());
		return new ServletInvocableHandlerMethod(bean, handler.get().method(), getApplicationContext());
	}

	private ApplicationContext obtainApplicationContext() {
		ApplicationContext context = getApplicationContext();
		if (context == null) {
			throw new IllegalStateException("No ApplicationContext");
		}
		return context;
	}

	/** Resolves a {@link Cause} parameter to the violation being handled. */
	private static final class CauseArgumentResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return Cause.class.equals(parameter.getParameterType());
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
			return webRequest.getAttribute(CAUSE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}

	}

}
