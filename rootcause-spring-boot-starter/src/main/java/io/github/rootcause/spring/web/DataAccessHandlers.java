package io.github.rootcause.spring.web;

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
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The application's {@code @ExceptionHandler} methods that take a constraint violation away from rootcause: those
 * that name a data access exception. A handler names one when its exception type is, or extends, Spring's
 * {@code DataAccessException} (so {@code DataIntegrityViolationException}, {@code DuplicateKeyException} and
 * rootcause's own exceptions), Spring's {@code TransactionException}, JPA's {@code PersistenceException} (every
 * Hibernate exception), JDBC's {@code SQLException}, or rootcause's {@code ConstraintViolation}. Catch-all handlers
 * ({@code Exception}, {@code RuntimeException}, {@code Throwable}, {@code NestedRuntimeException}) and handlers of
 * other types do not.
 *
 * <p>Within one bean, the handler is chosen as Spring MVC chooses among a bean's handlers, but among these only:
 * the one whose type is closest to the exception, else to its cause, and so on down the chain.
 */
final class DataAccessHandlers {

	private static final Set<String> DATA_ACCESS_TYPES = Set.of("org.springframework.dao.DataAccessException",
			"org.springframework.transaction.TransactionException", "jakarta.persistence.PersistenceException",
			"java.sql.SQLException", "io.github.rootcause.spring.jdbc.ConstraintViolation");

	private final Map<Class<?>, List<Mapping>> mappings = new ConcurrentHashMap<>();

	/**
	 * The handler method of a bean that takes an exception, if one of its handlers names a data access exception
	 * that the exception is, or has in its chain of causes.
	 * @param beanType the controller or advice class
	 * @param exception the exception
	 * @return the method, or {@code null}
	 */
	@Nullable Method find(Class<?> beanType, Throwable exception) {
		List<Mapping> candidates = this.mappings.computeIfAbsent(beanType, DataAccessHandlers::scan);
		if (candidates.isEmpty()) {
			return null;
		}
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = exception; current != null && seen.add(current); current = current.getCause()) {
			Method best = null;
			Class<? extends Throwable> bestType = null;
			ExceptionDepthComparator depth = new ExceptionDepthComparator(current);
			for (Mapping mapping : candidates) {
				if (mapping.type().isInstance(current)
						&& (bestType == null || depth.compare(mapping.type(), bestType) < 0)) {
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

	private static List<Mapping> scan(Class<?> beanType) {
		List<Mapping> found = new ArrayList<>();
		Map<Method, ExceptionHandler> methods = MethodIntrospector.selectMethods(beanType,
				(MethodIntrospector.MetadataLookup<ExceptionHandler>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, ExceptionHandler.class));
		methods.forEach((method, annotation) -> {
			for (Class<? extends Throwable> type : types(method, annotation)) {
				if (isDataAccessType(type)) {
					found.add(new Mapping(type, method));
				}
			}
		});
		return List.copyOf(found);
	}

	/** The exception types a handler method maps: the annotation's, else its exception parameters'. */
	@SuppressWarnings("unchecked")
	private static List<Class<? extends Throwable>> types(Method method, ExceptionHandler annotation) {
		if (annotation.value().length > 0) {
			return Arrays.asList(annotation.value());
		}
		List<Class<? extends Throwable>> types = new ArrayList<>();
		for (Class<?> parameter : method.getParameterTypes()) {
			if (Throwable.class.isAssignableFrom(parameter)) {
				types.add((Class<? extends Throwable>) parameter);
			}
		}
		return types;
	}

	private record Mapping(Class<? extends Throwable> type, Method method) {
	}

}
