package io.github.rootcause.spring.autoconfigure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * The JSON names of the properties a request body's class may hold, as the application's Jackson 2 mapper reads
 * them (Spring Boot 3.5): after its naming strategy, {@code @JsonProperty} and {@code @JsonIgnore}, by Java
 * property name. {@link JacksonBodyNames} does the same for Jackson 3.
 */
final class Jackson2BodyNames implements Function<Class<?>, Map<String, String>> {

	private final ObjectMapper mapper;

	Jackson2BodyNames(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Map<String, String> apply(Class<?> type) {
		DeserializationConfig config = this.mapper.getDeserializationConfig();
		BeanDescription description = config.introspect(this.mapper.constructType(type));
		Map<String, String> names = new HashMap<>();
		for (BeanPropertyDefinition property : description.findProperties()) {
			if (property.couldDeserialize()) {
				names.put(property.getInternalName(), property.getName());
			}
		}
		return names;
	}

}
