package io.github.rootcause.spring.autoconfigure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;

/**
 * The JSON names of the properties a request body's class may hold, as the application's Jackson 3 mapper reads
 * them: after its naming strategy, {@code @JsonProperty} and {@code @JsonIgnore}, by Java property name.
 */
final class JacksonBodyNames implements Function<Class<?>, Map<String, String>> {

	private final ObjectMapper mapper;

	JacksonBodyNames(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Map<String, String> apply(Class<?> type) {
		DeserializationConfig config = this.mapper.deserializationConfig();
		JavaType javaType = this.mapper.constructType(type);
		ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
		BeanDescription description = introspector.introspectForDeserialization(javaType,
				introspector.introspectClassAnnotations(javaType));
		Map<String, String> names = new HashMap<>();
		for (BeanPropertyDefinition property : description.findProperties()) {
			if (property.couldDeserialize()) {
				names.put(property.getInternalName(), property.getName());
			}
		}
		return names;
	}

}
