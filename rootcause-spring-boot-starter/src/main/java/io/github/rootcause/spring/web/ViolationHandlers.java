package io.github.rootcause.spring.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.ControllerAdviceBean;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;

/**
 * The methods annotated with {@link OnUniqueViolation}, {@link OnNotNullViolation}, {@link OnCheckViolation} and
 * {@link OnForeignKeyViolation} in the application's controllers and controller advice, found once, and the one
 * that handles a given violation. Scanned once all singletons exist, when two equally specific handlers that
 * could handle the same violation fail startup.
 */
public final class ViolationHandlers implements SmartInitializingSingleton {

	private final ApplicationContext context;

	private volatile @Nullable Found found;

	/**
	 * Creates the registry; the beans are scanned on first use.
	 * @param context the application context
	 */
	public ViolationHandlers(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		found();
	}

	/**
	 * Every annotated handler method.
	 * @return the handlers, controllers' first
	 */
	public List<Handler> all() {
		return found().handlers;
	}

	/**
	 * The application's controller advice beans, in their order.
	 * @return the advice beans
	 */
	public List<ControllerAdviceBean> advice() {
		return found().advice;
	}

	/**
	 * The handler of a violation raised by a controller: the most specific of the controller's own, else the most
	 * specific of those of all advice beans that apply to it, whatever the advice order (there is no tie: equally
	 * specific handlers that could handle the same violation failed startup).
	 * @param controllerType the controller's class, or {@code null} when the violation was raised outside one
	 * @param cause the violation
	 * @return the handler, or empty
	 */
	public Optional<Handler> find(@Nullable Class<?> controllerType, Cause cause) {
		Found all = found();
		if (controllerType != null) {
			Handler own = best(all.handlers, cause, (handler) -> !handler.advice()
					&& handler.beanType().isAssignableFrom(controllerType));
			if (own != null) {
				return Optional.of(own);
			}
		}
		Set<Class<?>> applicable = new HashSet<>();
		for (ControllerAdviceBean advice : all.advice) {
			if (advice.isApplicableToBeanType(controllerType)) {
				applicable.add(ClassUtils.getUserClass(advice.getBeanType()));
			}
		}
		return Optional.ofNullable(best(all.handlers, cause,
				(candidate) -> candidate.advice() && applicable.contains(candidate.beanType())));
	}

	private static @Nullable Handler best(List<Handler> handlers, Cause cause,
			Predicate<Handler> scope) {
		Handler best = null;
		for (Handler handler : handlers) {
			if (scope.test(handler) && handler.matches(cause)
					&& (best == null || handler.specificity() > best.specificity())) {
				best = handler;
			}
		}
		return best;
	}

	private Found found() {
		Found read = this.found;
		if (read == null) {
			synchronized (this) {
				read = this.found;
				if (read == null) {
					read = scan();
					this.found = read;
				}
			}
		}
		return read;
	}

	private Found scan() {
		List<Handler> controllers = new ArrayList<>();
		List<Handler> advices = new ArrayList<>();
		for (String beanName : this.context.getBeanNamesForType(Object.class, false, false)) {
			Class<?> type = this.context.getType(beanName, false);
			if (type == null) {
				continue;
			}
			Class<?> userType = ClassUtils.getUserClass(type);
			boolean advice = AnnotatedElementUtils.hasAnnotation(userType, ControllerAdvice.class);
			if (!advice && !AnnotatedElementUtils.hasAnnotation(userType, Controller.class)) {
				continue;
			}
			Map<Method, Handler> methods = MethodIntrospector.selectMethods(userType,
					(MethodIntrospector.MetadataLookup<Handler>) (method) -> handler(beanName, userType, method,
							advice));
			(advice ? advices : controllers).addAll(methods.values());
		}
		List<Handler> handlers = new ArrayList<>(controllers);
		handlers.addAll(advices);
		checkAmbiguities(handlers);
		return new Found(List.copyOf(handlers), ControllerAdviceBean.findAnnotatedBeans(this.context));
	}

	private static void checkAmbiguities(List<Handler> handlers) {
		List<String> clashes = new ArrayList<>();
		for (int i = 0; i < handlers.size(); i++) {
			for (int j = i + 1; j < handlers.size(); j++) {
				Handler one = handlers.get(i);
				Handler other = handlers.get(j);
				boolean sameScope = (one.advice() && other.advice()) || (!one.advice() && !other.advice()
						&& (one.beanType().isAssignableFrom(other.beanType())
								|| other.beanType().isAssignableFrom(one.beanType())));
				if (sameScope && one.overlaps(other)) {
					clashes.add(one.method().toGenericString() + " and " + other.method().toGenericString());
				}
			}
		}
		if (!clashes.isEmpty()) {
			throw new IllegalStateException("Equally specific constraint violation handlers would handle the same "
					+ "violation; narrow one with constraint, fields or entity: " + String.join("; ", clashes));
		}
	}

	private static @Nullable Handler handler(String beanName, Class<?> beanType, Method method, boolean advice) {
		OnUniqueViolation unique = AnnotatedElementUtils.findMergedAnnotation(method, OnUniqueViolation.class);
		if (unique != null) {
			return new Handler(beanName, beanType, method, advice, Kind.UNIQUE, names(unique.constraint()),
					names(unique.fields()), unique.entity(), Set.of());
		}
		OnNotNullViolation notNull = AnnotatedElementUtils.findMergedAnnotation(method, OnNotNullViolation.class);
		if (notNull != null) {
			return new Handler(beanName, beanType, method, advice, Kind.NOT_NULL, names(notNull.constraint()),
					names(notNull.fields()), notNull.entity(), Set.of());
		}
		OnCheckViolation check = AnnotatedElementUtils.findMergedAnnotation(method, OnCheckViolation.class);
		if (check != null) {
			return new Handler(beanName, beanType, method, advice, Kind.CHECK, names(check.constraint()),
					names(check.fields()), check.entity(), Set.of());
		}
		OnForeignKeyViolation foreignKey = AnnotatedElementUtils.findMergedAnnotation(method,
				OnForeignKeyViolation.class);
		if (foreignKey != null) {
			return new Handler(beanName, beanType, method, advice, Kind.FOREIGN_KEY, names(foreignKey.constraint()),
					names(foreignKey.fields()), foreignKey.entity(), Set.copyOf(Arrays.asList(foreignKey.reference())));
		}
		return null;
	}

	private static Set<String> names(String[] names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(Arrays.asList(names));
		return set;
	}

	private record Found(List<Handler> handlers, List<ControllerAdviceBean> advice) {
	}

	/**
	 * One annotated handler method.
	 * @param beanName the bean that declares it
	 * @param beanType the bean's class
	 * @param method the method
	 * @param advice whether the bean is a controller advice (rather than a controller)
	 * @param kind the kind it handles
	 * @param constraints the constraint names it is narrowed to; empty for any
	 * @param fields the fields it is narrowed to; empty for any
	 * @param entity the entity it is narrowed to; {@code void.class} for any
	 * @param references the foreign key sides it is narrowed to; empty for any
	 */
	public record Handler(String beanName, Class<?> beanType, Method method, boolean advice, Kind kind,
			Set<String> constraints, Set<String> fields, Class<?> entity, Set<Reference> references) {

		/**
		 * Whether this handler handles the violation.
		 * @param cause the violation
		 * @return whether it matches
		 */
		public boolean matches(Cause cause) {
			Kind causeKind = (cause.kind() == Kind.EXCLUSION) ? Kind.UNIQUE : cause.kind();
			if (causeKind != this.kind) {
				return false;
			}
			if (!this.constraints.isEmpty()
					&& (cause.constraint().isEmpty() || !holds(this.constraints, cause.constraint().get()))) {
				return false;
			}
			if (!this.fields.isEmpty() && !sameNames(cause.fields()) && !sameNames(cause.columns())) {
				return false;
			}
			if (this.entity != void.class && !cause.entity()
				.filter((name) -> name.equalsIgnoreCase(this.entity.getSimpleName())
						|| name.equalsIgnoreCase(this.entity.getName()))
				.isPresent()) {
				return false;
			}
			return this.references.isEmpty() || cause.reference().filter(this.references::contains).isPresent();
		}

		/**
		 * How specific this handler is: constraint names count most, then fields, entity and side.
		 * @return the specificity, higher for more specific
		 */
		public int specificity() {
			return (this.constraints.isEmpty() ? 0 : 8) + (this.fields.isEmpty() ? 0 : 4)
					+ ((this.entity == void.class) ? 0 : 2) + (this.references.isEmpty() ? 0 : 1);
		}

		boolean overlaps(Handler other) {
			if (this.kind != other.kind || specificity() != other.specificity()) {
				return false;
			}
			boolean constraints = this.constraints.isEmpty()
					|| this.constraints.stream().anyMatch((name) -> holds(other.constraints, name));
			boolean references = this.references.isEmpty()
					|| this.references.stream().anyMatch(other.references::contains);
			return constraints && references && this.fields.equals(other.fields) && this.entity == other.entity;
		}

		private boolean sameNames(List<String> names) {
			if (names.size() != this.fields.size()) {
				return false;
			}
			for (String name : names) {
				if (!holds(this.fields, name)) {
					return false;
				}
			}
			return true;
		}

		/** Names compare ignoring case, as databases store unquoted names in upper (H2) or lower case. */
		private static boolean holds(Set<String> names, String name) {
			for (String candidate : names) {
				if (candidate.equalsIgnoreCase(name)) {
					return true;
				}
			}
			return false;
		}

	}

}
