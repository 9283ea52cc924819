package io.github.rootcause.spring.existing;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic's GraphQL API over real HTTP ({@link HttpGraphQlTester}): a violation answers a GraphQL error with its
 * classification, kind, constraint and the input paths of its fields, ahead of the application's catch-all
 * resolver; an {@code @GraphQlExceptionHandler} of the application naming a data access exception keeps its
 * violations; everything else still reaches the catch-all. Run on each database by a subclass named for it.
 */
abstract class GraphQlScenarios extends ClinicScenarios {

	@LocalServerPort
	private int port;

	private HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

	@Test
	void aUniqueViolationIsAConflictNamingTheConstraintAndTheInputField() {
		this.graphQl.document("""
				mutation { addOwner(input: {firstName: "Other", telephone: "555-0100"}) { id } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).isEqualTo("A record with the same telephone already exists.");
				assertThat(error.getPath()).isEqualTo("addOwner");
				assertThat(error.getExtensions()).containsEntry("classification", "CONFLICT")
					.containsEntry("kind", "unique")
					.containsEntry("constraint", "uq_owner_telephone")
					.containsEntry("fields", List.of("input.telephone"));
				assertThat(error.toString()).doesNotContain("555-0100", "insert", "SQL");
			}));
	}

	@Test
	void aMissingReferenceIsNotFoundNamingTheIdInput() {
		this.graphQl.document("""
				mutation { addPet(input: {name: "Leo", typeId: 999}) { id } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")
					.containsEntry("kind", "foreign-key")
					.containsEntry("fields", List.of("input.typeId"));
				assertThat(error.getMessage()).isEqualTo("The record referenced by type does not exist.");
			}));
	}

	@Test
	void aNotNullViolationIsABadRequestNamingTheInputFieldLeftOut() {
		this.graphQl.document("""
				mutation { addOwner(input: {lastName: "Nameless"}) { id } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
					.containsEntry("kind", "not-null")
					.containsEntry("fields", List.of("input.firstName"))));
	}

	@Test
	void theApplicationsGraphQlHandlerNamingADataAccessExceptionKeepsItsViolations() {
		this.graphQl.document("""
				mutation { addPet(input: {name: "L", typeId: %d}) { id } }""".formatted(this.dogType))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("Names need two letters.")));
	}

	@Test
	void theControllersOwnGraphQlHandlerNamingADataAccessExceptionKeepsItsViolations() {
		this.graphQl.document("""
				mutation { addUser(username: "taken-user") }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("That name is taken.")));
	}

	@Test
	void whatIsNotAViolationStillReachesTheApplicationsCatchAll() {
		this.graphQl.document("{ boom }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("catch-all")));
	}

}
