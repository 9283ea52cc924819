package io.github.rootcause.spring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.github.rootcause.spring.Http.Response;
import io.github.rootcause.spring.app.StoreApplication;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * What every database test of the starter shares: the store application on the database that the concrete class
 * names with {@link OnDatabase}, with that database's schema script, a seeded
 * customer ({@code taken@example.com}), a seeded member ({@code taken}), and requests over real HTTP
 * ({@link #post}, {@link #put}, {@link #delete}, through {@link Http}) or through MockMvc ({@link #mockPost}).
 */
@SpringBootTest(classes = StoreApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.sql.init.platform=${rootcause.test.database}")
public abstract class StoreScenarios {

	/** Values written by the tests; none of them may appear in a response body. */
	protected static final List<String> SECRETS = List.of("taken@example.com", "insert", "update", "delete",
			"select", "SQL", "email_address", "customer_id", "Exception", "at io.", "999999",
			"Aaaaaaaaaaaaaaaaaaaaaaaaaa");

	@LocalServerPort
	private int port;

	/** MockMvc over the application's own context, built as on every Spring Boot line. */
	protected MockMvc mvc;

	@Autowired
	private WebApplicationContext context;

	@Autowired
	protected JdbcTemplate jdbc;

	/** The id of the seeded customer. */
	protected long takenId;

	/** The database this class runs on, from its {@link OnDatabase}. */
	protected final TestDatabase database = getClass().getAnnotation(OnDatabase.class).value();

	@BeforeEach
	void seed() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		this.jdbc.update("delete from purchase_order");
		this.jdbc.update("delete from club_member");
		this.jdbc.update("delete from customer");
		this.jdbc.update("insert into customer (email_address, name) values ('taken@example.com', 'Taken')");
		this.jdbc.update("insert into club_member (nickname) values ('taken')");
		this.takenId = this.jdbc.queryForObject("select id from customer where email_address = 'taken@example.com'",
				Long.class);
	}

	/**
	 * A name as this database stores an unquoted identifier.
	 * @param name the name in lower case
	 * @return the name in upper case on H2, else unchanged
	 */
	protected String stored(String name) {
		return (this.database == TestDatabase.H2) ? name.toUpperCase(Locale.ROOT) : name;
	}

	protected Response post(String path, String json) {
		return http().post(path, json);
	}

	protected Response put(String path, String json) {
		return http().put(path, json);
	}

	protected Response delete(String path) {
		return http().delete(path);
	}

	protected Response mockPost(String path, String json) throws Exception {
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn();
		return new Response(result.getResponse().getStatus(), result.getResponse().getContentType(),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8), SECRETS);
	}

	private Http http() {
		return new Http(this.port, SECRETS);
	}

}
