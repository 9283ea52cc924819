package io.github.rootcause.spring.existing;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * The clinic's GraphQL API ({@code existing/graphql/clinic.graphqls}): owners through Spring Data JPA, pets through
 * the JDBC repository that builds its own templates, users with a handler of their controller's own, and a
 * catch-all exception resolver of the application's own.
 */
final class ClinicGraphQl {

	private ClinicGraphQl() {
	}

	@Controller
	static class ClinicGraphQlController {

		private final OwnerRepository owners;

		private final Repositories.JdbcPetRepository pets;

		ClinicGraphQlController(OwnerRepository owners, Repositories.JdbcPetRepository pets) {
			this.owners = owners;
			this.pets = pets;
		}

		@MutationMapping
		Map<String, Object> addOwner(@Argument Map<String, Object> input) {
			Entities.Owner owner = new Entities.Owner();
			owner.firstName = (String) input.get("firstName");
			owner.lastName = (String) input.get("lastName");
			owner.telephone = (String) input.get("telephone");
			return Map.of("id", this.owners.save(owner).id);
		}

		@MutationMapping
		Map<String, Object> addPet(@Argument Map<String, Object> input) {
			return Map.of("id", this.pets.save((String) input.get("name"), (Integer) input.get("typeId"),
					(Integer) input.get("ownerId")));
		}

		@QueryMapping
		String boom() {
			throw new IllegalStateException("boom");
		}

	}

	/** Users, with a GraphQL handler of the controller's own for taken names. */
	@Controller
	static class UserGraphQlController {

		private final Repositories.JdbcUserRepository users;

		UserGraphQlController(Repositories.JdbcUserRepository users) {
			this.users = users;
		}

		@MutationMapping
		boolean addUser(@Argument String username) {
			this.users.save(username);
			return true;
		}

		@GraphQlExceptionHandler
		GraphQLError taken(DuplicateKeyException ex, DataFetchingEnvironment env) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message("That name is taken.")
				.build();
		}

	}

	/** Answers every exception as an internal error, as applications often do. */
	@Component
	static class CatchAllResolver extends DataFetcherExceptionResolverAdapter {

		@Override
		protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR).message("catch-all").build();
		}

	}

}
