package io.github.rootcause.spring.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ExceptionDepthComparator;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The application's {@code @ExceptionHandler} methods (or those of another annotation of the same shape, such as
 * Spring for GraphQL's {@code @GraphQlExceptionHandler}) that take a constraint violation away from rootcause: those
 * that name a data access exception. A handler names one when its exception type is, or extends, Spring's
 * {@code DataAccessException} (so {@code DataIntegrityViolationException}, {@code DuplicateKeyException} and
 * rootcause's own exceptions), Spring's {@code TransactionException}, JPA's {@code PersistenceException} (every
 * Hibernate exception), JDBC's {@code SQLException}, or rootcause's {@code ConstraintViolation}. Catch-all handlers
 * ({@code Exception}, {@code RuntimeException}, {@code Throwable}, {@code NestedRuntimeException}) and handlers of
 * other types do not. Nor does the advice a framework registers by default, which the application did not choose:
 * Spring Data REST's {@code RepositoryRestExceptionHandler} (which answers every
 * {@code DataIntegrityViolationException} of its repositories with a flat 409 and a WARN stack trace holding the SQL
 * and the row's values). Only that class itself: a subclass the application declares is its own.
 *
 * <p>Within one bean, the handler is chosen as Spring MVC chooses among a bean's handlers, but among these only:
 * the one whose type is closest to the exception, else to its cause, and so on down the chain.
 */
public final class DataAccessHandlers {

	private static final Set<String> DATA_ACCESS_TYPES = Set.of("org.springframework.dao.DataAccessException",
			"org.springframework.transaction.TransactionException", "jakarta.persistence.PersistenceException",
			"java.sql.SQLException", "io.github.rootcause.spring.jdbc.ConstraintViolation");

	/** The advice frameworks register by default, which never take a violation: matched by name, not assignment. */
	private static final Set<String> FRAMEWORK_DEFAULTS = Set
		.of("org.springframework.data.rest.webmvc.RepositoryRestExceptionHandler");

	private final Class<? extends Annotation> annotation;

	private final Map<Class<?>, List<Mapping>> mappings = new ConcurrentHashMap<>();

	/** Finds {@code @ExceptionHandler} methods. */
	DataAccessHandlers() {
		this(ExceptionHandler.class);
	}

	/**
	 * Finds the methods annotated with an exception handler annotation whose {@code value} names exception types.
	 * @param annotation the annotation, such as {@code @GraphQlExceptionHandler}
	 */
	public DataAccessHandlers(Class<? extends Annotation> annotation) {
		this.annotation = annotation;
	}

	/**
	 * The handler method of a bean that takes an exception, if one of its handlers names a data access exception
	 * that the exception is, or has in its chain of causes.
	 * @param beanType the controller or advice class
	 * @param exception the exception
	 * @return the method, or {@code null}
	 */
	public @Nullable Method find(Class<?> beanType, Throwable exception) {
		List<Mapping> candidates = this.mappings.computeIfAbsent(beanType, this::scan);
		if (candidates.isEmpty()) {
			return null;
		}
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = exception; current != null && seen.add(current); current = current.getCause()) {
			Method best = null;
			Class<?> bestType = null;
			ExceptionDepthComparator depth = new ExceptionDepthComparator(current);
			for (Mapping mapping : candidates) {
				if (mapping.type().isInstance(current)
						&& (bestType == null || depth.compare(throwable(mapping.type()), throwable(bestType)) < 0)) {
					best = mapping.method();
					bestType = mapping.type();
				}
			}
			if (best != null) {
				return best;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Throwable> throwable(Class<?> type) {
		return (Class<? extends Throwable>) type;
	}

	/**
	 * Whether a type is a data access exception in the sense above.
	 * @param type the exception type
	 * @return whether it is or extends one of the data access types
	 */
	static boolean isDataAccessType(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			if (DATA_ACCESS_TYPES.contains(current.getName())) {
				return true;
			}
			for (Class<?> implemented : current.getInterfaces()) {
				if (DATA_ACCESS_TYPES.contains(implemented.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private List<Mapping> scan(Class<?> beanType) {
		if (FRAMEWORK_DEFAULTS.contains(beanType.getName())) {
			return List.of();
		}
		List<Mapping> found = new ArrayList<>();
		Map<Method, AnnotationAttributes> methods = MethodIntrospector.selectMethods(beanType,
				(MethodIntrospector.MetadataLookup<AnnotationAttributes>) (method) -> AnnotatedElementUtils
					.findMergedAnnotationAttributes(method, this.annotation, false, false));
		methods.forEach((method, attributes) -> {
			for (Class<?> type : types(method, attributes.getClassArray("value"))) {
				if (isDataAccessType(type)) {
					found.add(new Mapping(type, method));
				}
			}
		});
		return List.copyOf(found);
	}

	/** The exception types a handler method maps: the annotation's, else its exception parameters'. */
	private static List<Class<?>> types(Method method, Class<?>[] declared) {
		if (declared.length > 0) {
			return Arrays.asList(declared);
		}
		List<Class<?>> types = new ArrayList<>();
		for (Class<?> parameter : method.getParameterTypes()) {
			if (Throwable.class.isAssignableFrom(parameter)) {
				types.add(parameter);
			}
		}
		return types;
	}

	private record Mapping(Class<?> type, Method method) {
	}

}
