package io.github.rootcause.reactive.handlers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A functional endpoint, which no controller advice sees: its violations are answered by rootcause's
 * {@code ViolationWebExceptionHandler}.
 */
@Configuration(proxyBeanMethods = false)
class FunctionalRoutes {

	@Bean
	RouterFunction<ServerResponse> memberRoutes(DatabaseClient database) {
		return RouterFunctions.route()
			.POST("/functional/members/{handle}/{age}", (request) -> database
				.sql("insert into member (handle, age) values (:handle, :age)")
				.bind("handle", request.pathVariable("handle"))
				.bind("age", Integer.valueOf(request.pathVariable("age")))
				.then()
				.then(ServerResponse.status(201).build()))
			.build();
	}

}
