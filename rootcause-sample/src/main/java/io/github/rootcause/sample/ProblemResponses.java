package io.github.rootcause.sample;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI document with what every endpoint shares: each error response it declares (the
 * controllers' {@code @ApiResponse}s say which, and why) is an {@code application/problem+json}
 * {@link ProblemDetail}, and each endpoint that reads a body or a path variable may answer 400 when it cannot read
 * it.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

	private static final String PROBLEM = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		ModelConverters.getInstance().read(ProblemDetail.class).forEach(openApi.getComponents()::addSchemas);
		Content problem = new Content().addMediaType(PROBLEM,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
		openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (readsInput(operation)) {
				operation.getResponses()
					.putIfAbsent("400", new ApiResponse()
						.description("The body is not JSON, or a value has the wrong type (a path id that is "
								+ "not a number, a date that is not ISO 8601)"));
			}
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("4")) {
					response.setContent(problem);
				}
			});
		}));
	}

	private static boolean readsInput(Operation operation) {
		return operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
	}

}
