package io.github.rootcause.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.data.rest.core.mapping.ResourceMappings;
import org.springframework.data.rest.core.mapping.ResourceMetadata;
import org.springframework.data.rest.webmvc.PersistentEntityResource;
import org.springframework.web.method.HandlerMethod;

import io.github.rootcause.spring.web.ProblemRequest;
import io.github.rootcause.spring.web.RequestBodyNames;

/**
 * The body of a Spring Data REST request ({@code POST /{repository}}, {@code PUT} and {@code PATCH}
 * {@code /{repository}/{id}}): its controllers read it, without {@code @RequestBody}, into a
 * {@link PersistentEntityResource} of the domain type exported under the request's {@code repository} path
 * variable, found as Spring Data REST finds it, in its {@link ResourceMappings}. So problems name the JSON members
 * the domain type's properties are read from ({@code @JsonProperty}, naming strategies).
 */
final class DataRestBodyTypes implements RequestBodyNames.BodyTypes {

	private final ObjectProvider<ResourceMappings> mappings;

	DataRestBodyTypes(ObjectProvider<ResourceMappings> mappings) {
		this.mappings = mappings;
	}

	@Override
	public @Nullable Class<?> bodyType(ProblemRequest request) {
		String repository = request.pathVariable("repository");
		ResourceMappings mappings = (repository != null && readsEntity(request.handler()))
				? this.mappings.getIfUnique() : null;
		if (mappings == null) {
			return null;
		}
		for (ResourceMetadata metadata : mappings) {
			if (metadata.isExported() && metadata.getPath().matches(repository)) {
				return metadata.getDomainType();
			}
		}
		return null;
	}

	private static boolean readsEntity(@Nullable HandlerMethod handler) {
		if (handler == null) {
			return false;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (PersistentEntityResource.class.equals(parameter.getParameterType())) {
				return true;
			}
		}
		return false;
	}

}
