package io.github.rootcause.spring.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The names a client uses for the entity fields of a violation: the JSON members of the request body of the
 * handler method that failed. A field maps to the body's property that declares it with {@link EntityField} (on its
 * field, its accessor or the constructor parameter it is read through), else to the property of the same name, else
 * to the property whose JSON name is the field's ({@code @JsonProperty("name") String title}), else to the property
 * named like it with {@code Id} appended (a reference {@code customer} to {@code customerId}), else, for a field
 * ending in {@code s}, to the property named like its singular with {@code Ids} appended (a collection
 * {@code labels} to {@code labelIds}); nested paths ({@code address.city}) map segment by segment. A field that maps
 * to no property is not in the body: the body names it otherwise, or not at all. The JSON name of each property
 * comes from the application's JSON mapper (naming strategies, {@code @JsonProperty}, jackson-module-kotlin's
 * constructor parameters), and a property it does not read (ignored) holds no field.
 *
 * <p>A handler method that reads its body without {@code @RequestBody} (Spring Data REST's, which bind it to the
 * repository's domain type) is asked of the {@link BodyTypes} the application has. A request without a body holds
 * no field. A body whose type has no properties to read (a {@code Map}, a JSON tree, a string), or whose type is
 * not known, or a request that did not come through a handler method, keeps the entity's field names.
 */
public final class RequestBodyNames {

	private static final int MAX_DEPTH = 8;

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final Function<Class<?>, Map<String, String>> jsonNames;

	private final BodyTypes bodyTypes;

	private final Map<Class<?>, Map<String, Property>> properties = new ConcurrentHashMap<>();

	/**
	 * Creates the names, for handler methods that declare their body with {@code @RequestBody}.
	 * @param jsonNames the JSON names of a class's properties that a request body may hold, by Java property name
	 */
	public RequestBodyNames(Function<Class<?>, Map<String, String>> jsonNames) {
		this(jsonNames, (request) -> null);
	}

	/**
	 * Creates the names.
	 * @param jsonNames the JSON names of a class's properties that a request body may hold, by Java property name
	 * @param bodyTypes the type of a body that the handler method does not declare with {@code @RequestBody}
	 */
	public RequestBodyNames(Function<Class<?>, Map<String, String>> jsonNames, BodyTypes bodyTypes) {
		this.jsonNames = jsonNames;
		this.bodyTypes = bodyTypes;
	}

	/**
	 * Names without a JSON mapper: each field of a body's class under its own name.
	 * @return the names
	 */
	public static RequestBodyNames fieldNames() {
		return new RequestBodyNames(RequestBodyNames::declaredFields);
	}

	/**
	 * How the body of a request names entity fields, for either web stack.
	 * @param request the request; may be {@code null}
	 * @return the body
	 */
	public Body body(@Nullable ProblemRequest request) {
		if (request == null) {
			return Body.ENTITY_NAMES;
		}
		Class<?> type = (request.handler() != null) ? bodyType(request.handler()) : null;
		if (type == null && request.handler() != null && request.hasBody()) {
			type = this.bodyTypes.bodyType(request);
		}
		if (type == null) {
			return request.hasBody() ? Body.ENTITY_NAMES : Body.NONE;
		}
		if (isOpaque(type)) {
			return Body.ENTITY_NAMES;
		}
		References references = (request.handler() != null && request.hasBody()) ? this.bodyTypes.references(request)
				: null;
		return new Body(this, type, references);
	}

	/** Whether a body type has no properties to read: a value, a map, a collection, a JSON tree. */
	private static boolean isOpaque(Class<?> type) {
		return BeanUtils.isSimpleProperty(type) || type.isArray() || Map.class.isAssignableFrom(type)
				|| Collection.class.isAssignableFrom(type) || type.getName().startsWith("tools.jackson.")
				|| type.getName().startsWith("com.fasterxml.jackson.");
	}

	private static @Nullable Class<?> bodyType(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return parameter.nestedIfOptional().getNestedParameterType();
			}
		}
		return null;
	}

	private Optional<String> member(Class<?> root, String field) {
		Class<?> type = root;
		List<String> path = new ArrayList<>(2);
		for (String segment : field.split("\\.", MAX_DEPTH)) {
			Map<String, Property> byName = this.properties.computeIfAbsent(type, this::read);
			Property property = byName.get("@" + segment);
			if (property == null) {
				property = byName.get(segment);
			}
			if (property == null) {
				property = byName.get("=" + segment);
			}
			if (property == null) {
				property = byName.get(segment + "Id");
			}
			if (property == null && segment.length() > 1 && segment.endsWith("s")) {
				property = byName.get(segment.substring(0, segment.length() - 1) + "Ids");
			}
			if (property == null) {
				return Optional.empty();
			}
			path.add(property.json());
			type = property.type();
		}
		return Optional.of(String.join(".", path));
	}

	/**
	 * The properties of a class by Java name, by {@code "=" + JSON name}, and by {@code "@" + entity field} for those
	 * that declare one.
	 */
	private Map<String, Property> read(Class<?> type) {
		Map<String, Property> read = new HashMap<>();
		this.jsonNames.apply(type).forEach((name, json) -> {
			Field field = ReflectionUtils.findField(type, name);
			Method getter = getter(type, name);
			Class<?> propertyType = (field != null) ? field.getType()
					: (getter != null) ? getter.getReturnType() : Object.class;
			Property property = new Property(json, propertyType);
			read.put(name, property);
			read.putIfAbsent("=" + json, property);
			EntityField declared = (field != null) ? AnnotatedElementUtils.findMergedAnnotation(field, EntityField.class)
					: null;
			if (declared == null && getter != null) {
				declared = AnnotatedElementUtils.findMergedAnnotation(getter, EntityField.class);
			}
			if (declared != null) {
				read.put("@" + declared.value(), property);
			}
		});
		declaredOnParameters(type).forEach((name, declared) -> {
			Property property = read.get(name);
			if (property != null) {
				read.putIfAbsent("@" + declared, property);
			}
		});
		return Map.copyOf(read);
	}

	/**
	 * The entity fields that constructor parameters declare, by parameter name: where Kotlin puts the annotation of a
	 * constructor property, and the only place for a parameter that is no property. Names come from Kotlin's
	 * metadata or from {@code -parameters}; a constructor without them declares nothing.
	 */
	private static Map<String, String> declaredOnParameters(Class<?> type) {
		Map<String, String> declared = new HashMap<>();
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			Parameter[] parameters = constructor.getParameters();
			String[] names = PARAMETER_NAMES.getParameterNames(constructor);
			if (names == null || names.length != parameters.length) {
				continue;
			}
			for (int i = 0; i < parameters.length; i++) {
				EntityField field = AnnotatedElementUtils.findMergedAnnotation(parameters[i], EntityField.class);
				if (field != null) {
					declared.put(names[i], field.value());
				}
			}
		}
		return declared;
	}

	private static @Nullable Method getter(Class<?> type, String name) {
		String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		for (String candidate : new String[] { name, "get" + capitalized, "is" + capitalized }) {
			Method method = ReflectionUtils.findMethod(type, candidate);
			if (method != null && method.getParameterCount() == 0 && method.getReturnType() != void.class) {
				return method;
			}
		}
		return null;
	}

	private static Map<String, String> declaredFields(Class<?> type) {
		Map<String, String> names = new HashMap<>();
		ReflectionUtils.doWithFields(type, (field) -> names.put(field.getName(), field.getName()),
				(field) -> !Modifier.isStatic(field.getModifiers()));
		return names;
	}

	private record Property(String json, Class<?> type) {
	}

	/**
	 * The type a request's body is read into when its handler method declares none with {@code @RequestBody}: for
	 * a framework that reads the body itself, as Spring Data REST does.
	 */
	@FunctionalInterface
	public interface BodyTypes {

		/**
		 * The type of a request's body.
		 * @param request a request with a body, through a handler method without {@code @RequestBody}
		 * @return the type, or {@code null} when not known
		 */
		@Nullable Class<?> bodyType(ProblemRequest request);

		/**
		 * The association a request's body holds nothing but references to rows for: Spring Data REST's
		 * {@code text/uri-list} body of an association resource ({@code PUT /books/1/author}), which it binds as
		 * {@code null} when a URI finds no row.
		 * @param request a request with a body, through a handler method
		 * @return the association, or {@code null} when the body is no such list
		 */
		default @Nullable References references(ProblemRequest request) {
			return null;
		}

	}

	/**
	 * The association whose references to rows a request's body holds, and nothing else.
	 *
	 * @param field the association, as the entity names it
	 * @param name the association as the request names it (in its path)
	 */
	public record References(String field, String name) {
	}

	/**
	 * How one request's body names entity fields.
	 */
	public static final class Body {

		/** A body whose members are the entity's field names (or that rootcause cannot read). */
		static final Body ENTITY_NAMES = new Body(null, null, null);

		/** No body: it holds no field. */
		static final Body NONE = new Body(null, Object.class, null);

		private final @Nullable RequestBodyNames names;

		private final @Nullable Class<?> type;

		private final @Nullable References references;

		private Body(@Nullable RequestBodyNames names, @Nullable Class<?> type, @Nullable References references) {
			this.names = names;
			this.type = type;
			this.references = references;
		}

		/**
		 * The association whose references to rows the body holds, and nothing else ({@link BodyTypes#references}).
		 * @return the association, or empty
		 */
		public Optional<References> references() {
			return Optional.ofNullable(this.references);
		}

		/**
		 * The member of the body that holds an entity field, as a dotted path of JSON names.
		 * @param field the entity field
		 * @return the member, or empty when the body cannot hold the field
		 */
		public Optional<String> member(String field) {
			if (this == ENTITY_NAMES) {
				return Optional.of(field);
			}
			return (this.names != null && this.type != null) ? this.names.member(this.type, field) : Optional.empty();
		}

		/**
		 * Whether the request had no body at all.
		 * @return whether there is no body
		 */
		public boolean isAbsent() {
			return this == NONE;
		}

	}

}
