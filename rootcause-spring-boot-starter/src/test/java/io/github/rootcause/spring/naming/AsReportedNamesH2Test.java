package io.github.rootcause.spring.naming;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.Http;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The league with {@code rootcause.names=as-reported}, for applications that quote upper-case names on purpose: on
 * H2 the problem names the constraint as H2 stores it, and a {@code rootcause.constraints} entry written as declared
 * still tailors it, since names are matched case-insensitively.
 */
@OnDatabase(TestDatabase.H2)
@SpringBootTest(classes = LeagueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "spring.sql.init.mode=never",
				"rootcause.names=as-reported", "rootcause.constraints.uq_Player_Nickname.message=is taken" })
class AsReportedNamesH2Test {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void seed() {
		this.jdbc.update("delete from player");
		this.jdbc.update("delete from club");
		this.jdbc.update("insert into club (id, name) values (7, 'Rovers')");
		this.jdbc.update("insert into player (id, email, nickname, name, age, club_id) "
				+ "values (100, 'taken@example.com', 'Ace', 'Taken', 30, 7)");
	}

	@Test
	void aDuplicateIsNamedAsH2StoresTheNameAndTailoredByTheDeclaredName() {
		Http.Response response = new Http(this.port, List.of("taken@example.com", "SQL")).post("/players", """
				{"email": "new@example.com", "nickname": "Ace", "name": "New", "age": 20, "clubId": 7}""");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body()).contains("\"constraint\":\"UQ_PLAYER_NICKNAME\"")
			.contains("\"detail\":\"is taken\"");
	}

}
