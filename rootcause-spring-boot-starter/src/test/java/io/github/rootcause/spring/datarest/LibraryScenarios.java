package io.github.rootcause.spring.datarest;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.Http;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The library ({@link LibraryApplication}) on the database of the subclass's {@link OnDatabase}, with Spring Data
 * REST, Spring HATEOAS and springdoc's support for them on, as in an application of its own (every other test
 * application has them off: {@code src/test/resources/application.properties}), seeded before each test with an
 * author whose e-mail address is {@code taken@example.com}. The scenarios that extend it share one application
 * context per database, whose pool holds two connections (the database servers are shared by the whole suite).
 */
@SpringBootTest(classes = LibraryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.sql.init.schema-locations=classpath:datarest/schema-${rootcause.test.database}.sql",
				"spring.autoconfigure.exclude=", "springdoc.enable-data-rest=true", "springdoc.enable-hateoas=true",
				"spring.datasource.hikari.maximum-pool-size=2" })
abstract class LibraryScenarios {

	/** The taken address, the SQL, the columns and the missing key, which no answer may hold. */
	private static final List<String> SECRETS = List.of("taken@example.com", "insert into", "update ", "delete from",
			"author_id", "book_id", "999999", "Could not commit");

	@Autowired
	protected JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	/** The database this class runs on, from its {@link OnDatabase}. */
	protected final TestDatabase database = getClass().getAnnotation(OnDatabase.class).value();

	/** The seeded author. */
	protected int takenAuthor;

	@BeforeEach
	void seed() {
		this.jdbc.update("delete from review");
		this.jdbc.update("delete from book");
		this.jdbc.update("delete from author");
		this.jdbc.update("insert into author (name, email) values ('Taken', 'taken@example.com')");
		this.takenAuthor = this.jdbc.queryForObject("select id from author", Integer.class);
	}

	/**
	 * Requests to the running library, whose answers must hold none of the secrets.
	 * @return the client
	 */
	protected Http http() {
		return new Http(this.port, SECRETS);
	}

	/**
	 * A URI of the running library, as Spring Data REST reads associations.
	 * @param path the path
	 * @return the URI
	 */
	protected String uri(String path) {
		return "http://localhost:" + this.port + path;
	}


}
