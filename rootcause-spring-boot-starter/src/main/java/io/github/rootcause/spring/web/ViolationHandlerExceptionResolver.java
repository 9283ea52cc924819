package io.github.rootcause.spring.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationEvent;

/**
 * Decides who answers a constraint violation (or another data integrity problem) raised by a Spring MVC handler,
 * whatever exception carries it, and invokes that handler with Spring MVC's argument resolution and return value
 * handling. In this order:
 * <ol>
 * <li>the controller's own {@code @ExceptionHandler} that names a data access exception;
 * <li>the most specific method annotated with {@link OnUniqueViolation} or a sibling ({@link ViolationHandlers});
 * such a method may also take the {@link Cause};
 * <li>the first advice, in advice order, with an {@code @ExceptionHandler} that names a data access exception;
 * <li>rootcause's {@link ConstraintViolationProblemHandler}.
 * </ol>
 * A handler names a data access exception when its type is or extends {@code DataAccessException},
 * {@code TransactionException}, JPA's {@code PersistenceException} or {@code SQLException}. Catch-all handlers of
 * the application ({@code Exception}, {@code RuntimeException}, {@code Throwable}, {@code NestedRuntimeException}),
 * in a controller or in an advice of any order, never take a violation away from rootcause. Nor does the advice a
 * framework registers by default, which the application did not choose: Spring Data REST's
 * {@code RepositoryRestExceptionHandler}, whose flat 409 would otherwise answer every violation of its repositories
 * (an application advice naming {@code DataIntegrityViolationException} still wins over rootcause there, as
 * everywhere). Exceptions that are neither violations nor data integrity problems are left to Spring MVC's
 * resolvers, and so to Spring Data REST's handler.
 *
 * <p>Each violation answered is published as a {@link ViolationEvent} with the status of the answer. Ordered just
 * before Spring MVC's own exception resolvers ({@link #ORDER}).
 */
public class ViolationHandlerExceptionResolver extends ExceptionHandlerExceptionResolver {

	/** The order: just before Spring MVC's {@code handlerExceptionResolver} composite (order 0). */
	public static final int ORDER = -1;

	private static final String CAUSE_ATTRIBUTE = ViolationHandlerExceptionResolver.class.getName() + ".cause";

	static final Method PROBLEM_METHOD = ClassUtils.getMethod(ConstraintViolationProblemHandler.class,
			"handleDataIntegrityViolation", Exception.class, HttpServletRequest.class, Locale.class);

	private final DataSourceResolvers resolvers;

	private final ViolationHandlers handlers;

	private final ConstraintViolationProblemHandler problemHandler;

	private final DataAccessHandlers dataAccessHandlers = new DataAccessHandlers();

	/**
	 * Creates the resolver.
	 * @param resolvers resolves the violation behind an exception
	 * @param handlers the annotated handler methods and the application's advice
	 * @param problemHandler answers what no handler of the application takes
	 */
	public ViolationHandlerExceptionResolver(DataSourceResolvers resolvers, ViolationHandlers handlers,
			ConstraintViolationProblemHandler problemHandler) {
		this.resolvers = resolvers;
		this.handlers = handlers;
		this.problemHandler = problemHandler;
		setOrder(ORDER);
		setCustomArgumentResolvers(List.of(new CauseArgumentResolver()));
	}

	@Override
	protected boolean shouldApplyTo(HttpServletRequest request, @Nullable Object handler) {
		return true;
	}

	@Override
	protected @Nullable ServletInvocableHandlerMethod getExceptionHandlerMethod(@Nullable HandlerMethod handlerMethod,
			Exception exception, ServletWebRequest webRequest) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		if (cause.isEmpty() && !ConstraintViolationProblemHandler.isIntegrityProblem(exception)) {
			return null;
		}
		cause.ifPresent((violation) -> webRequest.setAttribute(CAUSE_ATTRIBUTE, violation,
				RequestAttributes.SCOPE_REQUEST));
		Class<?> controllerType = (handlerMethod != null) ? handlerMethod.getBeanType() : null;
		if (handlerMethod != null) {
			Method own = this.dataAccessHandlers.find(handlerMethod.getBeanType(), exception);
			if (own != null) {
				return invocable(handlerMethod.getBean(), own);
			}
		}
		if (cause.isPresent()) {
			Optional<ViolationHandlers.Handler> handler = this.handlers.find(controllerType, cause.get());
			if (handler.isPresent()) {
				Object bean = (!handler.get().advice() && handlerMethod != null) ? handlerMethod.getBean()
						: obtainApplicationContext().getBean(handler.get().beanName());
				return invocable(bean, handler.get().method());
			}
		}
		for (ControllerAdviceBean advice : this.handlers.advice()) {
			Class<?> adviceType = advice.getBeanType();
			if (adviceType == null || !advice.isApplicableToBeanType(controllerType)
					|| ConstraintViolationProblemHandler.class.isAssignableFrom(adviceType)) {
				continue;
			}
			Method method = this.dataAccessHandlers.find(ClassUtils.getUserClass(adviceType), exception);
			if (method != null) {
				return invocable(advice.resolveBean(), method);
			}
		}
		return invocable(this.problemHandler, PROBLEM_METHOD);
	}

	/**
	 * Invokes the chosen handler, then publishes a {@link ViolationEvent} with the status it answered.
	 */
	@Override
	protected @Nullable ModelAndView doResolveHandlerMethodException(HttpServletRequest request,
			HttpServletResponse response, @Nullable HandlerMethod handlerMethod, Exception exception) {
		ModelAndView answer = super.doResolveHandlerMethodException(request, response, handlerMethod, exception);
		if (answer != null && request.getAttribute(CAUSE_ATTRIBUTE) instanceof Cause cause
				&& getApplicationContext() != null) {
			getApplicationContext().publishEvent(new ViolationEvent(cause, OptionalInt.of(response.getStatus())));
		}
		return answer;
	}

	/**
	 * Names the exception's class and the violation it carries, never the exception's message: Spring's own line
	 * ({@code Resolved [exception]}, at DEBUG) would write the SQL and the row's values the message holds.
	 */
	@Override
	protected String buildLogMessage(Exception ex, HttpServletRequest request) {
		String violation = (request.getAttribute(CAUSE_ATTRIBUTE) instanceof Cause cause)
				? " for a " + cause.kind() + " violation" + cause.constraint().map((name) -> " of " + name).orElse("")
				: "";
		return "Resolved [" + ex.getClass().getName() + violation + "]";
	}

	private ServletInvocableHandlerMethod invocable(Object bean, Method method) {
		return new ServletInvocableHandlerMethod(bean, method, getApplicationContext());
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
