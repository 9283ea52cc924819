package io.github.rootcause.spring.graphql;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ClassUtils;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.web.DataAccessHandlers;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * Answers a constraint violation raised by a data fetcher with a GraphQL error built from the same problem as the
 * web layer's ({@link ViolationProblemFactory}: the same statuses, messages and {@code MessageSource} codes, in the
 * locale of the request):
 * <ul>
 * <li>{@code message}: the problem's {@code detail};
 * <li>{@code extensions.classification}: {@code BAD_REQUEST} (400, 422), {@code NOT_FOUND} (404),
 * {@code CONFLICT} (409), else {@code INTERNAL_ERROR};
 * <li>{@code extensions.kind}, {@code extensions.constraint} (as the problem has them);
 * <li>{@code extensions.fields}: each field of the violation as the path of the input field that holds it
 * ({@code input.email}, or {@code input.customerId} for the reference {@code customer}), for the fields the
 * arguments of the failed field declare.
 * </ul>
 * It runs first among the resolvers, so that a catch-all resolver of the application does not swallow violations,
 * and steps aside for an {@code @GraphQlExceptionHandler} method that names a data access exception
 * ({@link DataAccessHandlers}) in the controller whose method fetches the failed field or in a
 * {@code @ControllerAdvice}, as the web layer does for {@code @ExceptionHandler}s.
 */
public final class ViolationGraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter implements Ordered {

	private static final ErrorClassification CONFLICT = ErrorClassification.errorClassification("CONFLICT");

	private final DataSourceResolvers resolvers;

	private final ViolationProblemFactory problems;

	/** Spring GraphQL 2's {@code SelfDescribingDataFetcher.asMethod()}; 1.x (Spring Boot 3.5) lacks it. */
	private static final boolean AS_METHOD = ClassUtils.hasMethod(SelfDescribingDataFetcher.class, "asMethod");

	private final Supplier<List<Class<?>>> advice;

	private final Supplier<List<Class<?>>> controllers;

	private final DataAccessHandlers handlers = new DataAccessHandlers(GraphQlExceptionHandler.class);

	/**
	 * Creates the resolver.
	 * @param resolvers resolves the violation behind an exception
	 * @param problems builds the problem whose status and messages the error takes
	 * @param advice supplies the types of the application's {@code @ControllerAdvice} beans
	 * @param controllers supplies the types of the application's {@code @Controller} beans, among which the one
	 * that fetched a field is found by name on Spring GraphQL 1.x, whose data fetchers do not give their method
	 */
	public ViolationGraphQlExceptionResolver(DataSourceResolvers resolvers, ViolationProblemFactory problems,
			Supplier<List<Class<?>>> advice, Supplier<List<Class<?>>> controllers) {
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
		this.problems = Objects.requireNonNull(problems, "problems");
		this.advice = Objects.requireNonNull(advice, "advice");
		this.controllers = Objects.requireNonNull(controllers, "controllers");
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		Optional<Cause> cause = this.resolvers.resolve(ex);
		if (cause.isEmpty() || takenByTheApplication(ex, env)) {
			return null;
		}
		Locale locale = (env.getLocale() != null) ? env.getLocale() : Locale.getDefault();
		ProblemDetail problem = this.problems.problem(cause.get(), null, locale);
		Map<String, Object> extensions = new LinkedHashMap<>();
		Map<String, Object> properties = (problem.getProperties() != null) ? problem.getProperties() : Map.of();
		extensions.put("kind", properties.get("kind"));
		if (properties.containsKey("constraint")) {
			extensions.put("constraint", properties.get("constraint"));
		}
		List<String> fields = this.problems.fields(cause.get());
		extensions.put("fields", InputPaths.of(fields, env.getFieldDefinition().getArguments()));
		return GraphqlErrorBuilder.newError(env)
			.errorType(classification(problem.getStatus()))
			.message(problem.getDetail())
			.extensions(extensions)
			.build();
	}

	/** Whether the failed field's controller, or an advice, has a handler naming a data access exception. */
	private boolean takenByTheApplication(Throwable ex, DataFetchingEnvironment env) {
		for (Class<?> controller : controllers(env)) {
			if (this.handlers.find(controller, ex) != null) {
				return true;
			}
		}
		for (Class<?> type : this.advice.get()) {
			if (this.handlers.find(type, ex) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The controller whose annotated method fetches the failed field: from the data fetcher's method on Spring
	 * GraphQL 2; on 1.x, whose fetchers describe their method as {@code SimpleName#method[n args]}, the
	 * controllers of that simple name (one, but for two classes of one name in different packages).
	 */
	private List<Class<?>> controllers(DataFetchingEnvironment env) {
		if (!(env.getParentType() instanceof GraphQLFieldsContainer parent)) {
			return List.of();
		}
		DataFetcher<?> fetcher = env.getGraphQLSchema()
			.getCodeRegistry()
			.getDataFetcher(FieldCoordinates.coordinates(parent, env.getFieldDefinition()), env.getFieldDefinition());
		if (!(fetcher instanceof SelfDescribingDataFetcher<?> described)) {
			return List.of();
		}
		if (AS_METHOD) {
			Method method = described.asMethod();
			return (method != null) ? List.of(method.getDeclaringClass()) : List.of();
		}
		String description = described.getDescription();
		int hash = (description != null) ? description.indexOf('#') : -1;
		if (hash <= 0) {
			return List.of();
		}
		String simpleName = description.substring(0, hash);
		return this.controllers.get().stream().filter((type) -> type.getSimpleName().equals(simpleName)).toList();
	}

	private static ErrorClassification classification(int status) {
		return switch (status) {
			case 400, 422 -> ErrorType.BAD_REQUEST;
			case 404 -> ErrorType.NOT_FOUND;
			case 409 -> CONFLICT;
			default -> ErrorType.INTERNAL_ERROR;
		};
	}

	/**
	 * First: before Spring for GraphQL's resolver of annotated handler methods and the application's own.
	 * @return {@link Ordered#HIGHEST_PRECEDENCE}
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** Where a field of the violation sits in the arguments the field's schema declares. */
	static final class InputPaths {

		private static final int MAX_DEPTH = 8;

		private InputPaths() {
		}

		static List<String> of(List<String> fields, List<GraphQLArgument> arguments) {
			List<String> paths = new ArrayList<>(fields.size());
			for (String field : fields) {
				String path = find(field, arguments);
				if (path == null) {
					path = find(field + "Id", arguments);
				}
				if (path != null) {
					paths.add(path);
				}
			}
			return paths;
		}

		private static @Nullable String find(String name, List<GraphQLArgument> arguments) {
			for (GraphQLArgument argument : arguments) {
				if (argument.getName().equals(name)) {
					return name;
				}
			}
			for (GraphQLArgument argument : arguments) {
				String path = find(name, GraphQLTypeUtil.unwrapAll(argument.getType()), argument.getName(), 0);
				if (path != null) {
					return path;
				}
			}
			return null;
		}

		/** The path of an input field in nested input object types, breadth before depth. */
		private static @Nullable String find(String name, GraphQLType type, String prefix, int depth) {
			if (!(type instanceof GraphQLInputObjectType input) || depth > MAX_DEPTH) {
				return null;
			}
			if (input.getField(name) != null) {
				return prefix + "." + name;
			}
			for (GraphQLInputObjectField field : input.getFields()) {
				String path = find(name, GraphQLTypeUtil.unwrapAll(field.getType()), prefix + "." + field.getName(),
						depth + 1);
				if (path != null) {
					return path;
				}
			}
			return null;
		}

	}

}
