package io.github.rootcause.spring.naming;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.Http;
import io.github.rootcause.spring.actuate.RootCauseEndpoint;
import io.github.rootcause.spring.actuate.RootCauseEndpoint.ConstraintDescriptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same requests to the same application, its schema created by Hibernate from the entities: the problem bodies
 * are byte for byte those of {@code naming/problem-bodies.txt}, whichever database runs under it, and the metrics
 * and the Actuator endpoint name the constraints as the bodies do. Run on each database by a subclass named for it.
 */
@SpringBootTest(classes = LeagueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "spring.sql.init.mode=never",
				"management.endpoints.web.exposure.include=rootcause" })
abstract class SameProblemBodiesScenarios {

	private static final List<String> SECRETS = List.of("taken@example.com", "insert", "delete", "SQL", "Exception",
			"999999", "-1");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private RootCauseEndpoint endpoint;

	@BeforeEach
	void seed() {
		this.jdbc.update("delete from player");
		this.jdbc.update("delete from club");
		this.jdbc.update("insert into club (id, name) values (7, 'Rovers')");
		this.jdbc.update("insert into player (id, email, nickname, name, age, club_id) "
				+ "values (100, 'taken@example.com', 'Ace', 'Taken', 30, 7)");
	}

	@Test
	void theSameRequestsGetByteIdenticalProblemBodiesOnEveryDatabase() throws IOException {
		String answers = String.join("\n",
				answer("duplicate email", http().post("/players", """
						{"email": "taken@example.com", "nickname": "Other", "name": "Other", "age": 20, "clubId": 7}""")),
				answer("duplicate nickname", http().post("/players", """
						{"email": "new@example.com", "nickname": "Ace", "name": "New", "age": 20, "clubId": 7}""")),
				answer("no name", http().post("/players", """
						{"email": "new@example.com", "nickname": "New", "age": 20, "clubId": 7}""")),
				answer("negative age", http().post("/players", """
						{"email": "new@example.com", "nickname": "New", "name": "New", "age": -1, "clubId": 7}""")),
				answer("no such club", http().post("/players", """
						{"email": "new@example.com", "nickname": "New", "name": "New", "age": 20, "clubId": 999999}""")),
				answer("club still has players", http().delete("/clubs/7")));
		assertThat(answers + "\n").isEqualTo(expected());
	}

	@Test
	void theMetricsAndTheEndpointNameTheConstraintAsTheProblemDoes() {
		http().post("/players", """
				{"email": "new@example.com", "nickname": "Ace", "name": "New", "age": 20, "clubId": 7}""");
		assertThat(this.meters.find("rootcause.violations").tag("constraint", "uq_Player_Nickname").counter())
			.isNotNull();
		ConstraintDescriptor nickname = this.endpoint.constraints()
			.dataSources()
			.get("dataSource")
			.constraints()
			.stream()
			.filter((constraint) -> constraint.name().equalsIgnoreCase("uq_Player_Nickname"))
			.findFirst()
			.orElseThrow();
		assertThat(nickname.name()).isEqualTo("uq_Player_Nickname");
		assertThat(nickname.table()).isEqualTo("player");
		assertThat(nickname.columns()).containsExactly("nickname");
		assertThat(nickname.seen()).isTrue();
	}

	private Http http() {
		return new Http(this.port, SECRETS);
	}

	private static String answer(String request, Http.Response response) {
		response.leaksNothing();
		return request + ": " + response.status() + " " + response.body();
	}

	private static String expected() throws IOException {
		try (InputStream text = SameProblemBodiesScenarios.class.getResourceAsStream("/naming/problem-bodies.txt")) {
			return new String(text.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
