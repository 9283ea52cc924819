package io.github.rootcause.spring.existing;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.rootcause.spring.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code rootcause} Actuator endpoint of the existing application, exposed over HTTP: every constraint of the
 * catalog with what rootcause answers for it, which ones have been seen, which nothing tailors; no row value. Run on
 * each database by a subclass named for it.
 */
abstract class RootCauseEndpointScenarios extends ClinicScenarios {

	@LocalServerPort
	private int port;

	@Test
	void listsEachConstraintWithItsTableColumnsEntityFieldsAndAnswer() {
		String body = endpoint();
		Map<String, Object> unique = constraint(body, "uq_owner_telephone");
		assertThat(unique).containsEntry("kind", "unique")
			.containsEntry("table", "owner")
			.containsEntry("columns", List.of("telephone"))
			.containsEntry("fields", List.of("telephone"))
			.containsEntry("tailored", false);
		assertThat((String) unique.get("entity")).endsWith("Owner");
		assertThat(unique.get("answers")).isEqualTo(List.of(Map.of("status", 409, "message",
				"rootcause.problem.unique.detail", "handlers", List.of())));
		assertThat(JsonPath.<List<String>>read(body, "$.dataSources.dataSource.untailored"))
			.contains("uq_owner_telephone", "fk_pet_type")
			.doesNotContain("fk_pet_owner");
	}

	@Test
	void aForeignKeyHasAnAnswerPerSideAndNamesTheHandlerThatTakesIt() {
		Map<String, Object> owner = constraint(endpoint(), "fk_pet_owner");
		assertThat(owner).containsEntry("kind", "foreign-key").containsEntry("tailored", true);
		assertThat(owner.get("answers")).isEqualTo(List.of(
				Map.of("side", "missing", "status", 404, "message", "rootcause.problem.foreign-key.missing.detail",
						"handlers", List.of("ClinicAdvice#unknownOwner")),
				Map.of("side", "referenced", "status", 409, "message",
						"rootcause.problem.foreign-key.referenced.detail", "handlers", List.of())));
	}

	@Test
	void aConstraintIsSeenOnceViolated() {
		new Http(this.port, List.of()).post("/api/users", """
				{"login": "taken-user"}""");
		assertThat(constraint(endpoint(), "uq_user_username")).containsEntry("seen", true);
		assertThat(constraint(endpoint(), "ck_pet_name")).containsEntry("seen", false);
	}

	private String endpoint() {
		Http.Response response = new Http(this.port, List.of("taken-user", "555-0100")).get("/actuator/rootcause");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		response.leaksNothing();
		return response.body();
	}

	private Map<String, Object> constraint(String body, String name) {
		List<Map<String, Object>> found = JsonPath.read(body,
				"$.dataSources.dataSource.constraints[?(@.name == '" + name + "')]");
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

}
