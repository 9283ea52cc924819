package io.github.rootcause.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.data.rest.core.mapping.PropertyAwareResourceMapping;
import org.springframework.data.rest.core.mapping.ResourceMappings;
import org.springframework.data.rest.core.mapping.ResourceMetadata;
import org.springframework.data.rest.webmvc.PersistentEntityResource;
import org.springframework.hateoas.CollectionModel;
import org.springframework.web.method.HandlerMethod;

import io.github.rootcause.spring.web.ProblemRequest;
import io.github.rootcause.spring.web.RequestBodyNames;

/**
 * The body of a Spring Data REST request ({@code POST /{repository}}, {@code PUT} and {@code PATCH}
 * {@code /{repository}/{id}}): its controllers read it, without {@code @RequestBody}, into a
 * {@link PersistentEntityResource} of the domain type exported under the request's {@code repository} path
 * variable, found as Spring Data REST finds it, in its {@link ResourceMappings}. So problems name the JSON members
 * the domain type's properties are read from ({@code @JsonProperty}, naming strategies). The {@code text/uri-list}
 * body of an association resource ({@code PUT /books/1/author}) holds nothing but references to rows for that
 * association ({@link #references}): a URI that finds no row is bound as {@code null}, so the not-null violation it
 * causes is answered as the missing reference it is.
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

	/**
	 * The association of an association resource ({@code /{repository}/{id}/{property}}) whose {@code text/uri-list}
	 * body Spring Data REST reads into a {@link CollectionModel} of links, each bound to the row it finds, or to
	 * {@code null}: the domain type's property mapped under the {@code property} path variable.
	 */
	@Override
	public RequestBodyNames.@Nullable References references(ProblemRequest request) {
		String repository = request.pathVariable("repository");
		String property = request.pathVariable("property");
		ResourceMappings mappings = (repository != null && property != null
				&& reads(request.handler(), CollectionModel.class)) ? this.mappings.getIfUnique() : null;
		if (mappings == null) {
			return null;
		}
		for (ResourceMetadata metadata : mappings) {
			if (metadata.isExported() && metadata.getPath().matches(repository)) {
				PropertyAwareResourceMapping mapping = metadata.getProperty(property);
				return (mapping != null) ? new RequestBodyNames.References(mapping.getProperty().getName(), property)
						: null;
			}
		}
		return null;
	}

	private static boolean readsEntity(@Nullable HandlerMethod handler) {
		return reads(handler, PersistentEntityResource.class);
	}

	private static boolean reads(@Nullable HandlerMethod handler, Class<?> type) {
		if (handler == null) {
			return false;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (type.equals(parameter.getParameterType())) {
				return true;
			}
		}
		return false;
	}

}
