package io.github.rootcause.spring.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import io.github.rootcause.catalog.CatalogState;
import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.spring.Http;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link GadgetApplication} started while its database is down (its {@link ProxiedDatabase proxy} refuses every
 * connection), with constraint names in its configuration and validation failing startup on unknown ones (the
 * default), on the database of the subclass's {@link OnDatabase}: it starts, and says when it checks the names; then
 * the database comes back, and violations are answered over real HTTP, at once from what the database reports and,
 * within a few requests, in full from the catalog, read at the first violation after the interval.
 */
@SpringBootTest(classes = GadgetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.sql.init.mode=never", "spring.datasource.hikari.initialization-fail-timeout=-1",
				"spring.datasource.hikari.connection-timeout=500", "spring.datasource.hikari.maximum-pool-size=2",
				"spring.flyway.enabled=false", "spring.liquibase.enabled=false",
				"rootcause.catalog.refresh-interval=200ms", "rootcause.constraints.[uq_gadget_code].message=Taken",
				"rootcause.constraints.[uq_gadget_typo].message=Never violated" })
@ContextConfiguration(initializers = ProxiedDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class DatabaseDownAtStartScenarios {

	/** How many violations the catalog may take to be read once the database is back. */
	private static final int BOUND = 20;

	/** Values the test writes; none of them may appear in an answer or in the log. */
	private static final List<String> VALUES = List.of("gadget-while-down", "gadget-taken-code", "gadget-cheap");

	private static final Pattern FAILED_READ = Pattern.compile("The catalog of \\w+ could not be read \\(");

	@LocalServerPort
	private int port;

	@Autowired
	private TcpProxy proxy;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private DataSourceResolvers resolvers;

	@Value("${rootcause.faults.direct-url}")
	private String directUrl;

	@Value("${spring.datasource.username}")
	private String user;

	@Value("${spring.datasource.password}")
	private String password;

	@Test
	void applicationStartsWhileTheDatabaseIsDownAndAnswersViolationsInFullOnceItIsBack(CapturedOutput output)
			throws Exception {
		assertThat(output.getAll()).contains("are checked against the catalog of", "when it is first read");
		LiveCatalog catalog = this.resolvers.resolver(this.dataSource).liveCatalog();
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.NOT_READ);
		assertThat(catalog.state().failure()).contains("SQLState 08");
		for (int i = 0; i < 3; i++) {
			// Not created: the error page answers it (Spring Boot 4 with a 500; 3.5, in this application, with an empty
			// 200), which is the application's concern, not rootcause's: the exception is no violation.
			Http.Response down = http().post("/gadgets", gadget("gadget-while-down", 10));
			assertThat(down.status()).as(down.contentType() + " " + down.body()).isNotEqualTo(201);
			assertThat(down.body()).doesNotContain("\"id\"");
		}

		createSchema();
		this.proxy.accept();
		awaitPool();
		int back = output.getAll().length();
		assertThat(http().post("/gadgets", gadget("gadget-taken-code", 10)).status()).isEqualTo(201);
		Http.Response duplicate = null;
		for (int i = 0; i < BOUND && (duplicate == null || !duplicate.body().contains("\"errors\"")); i++) {
			Thread.sleep((i == 0) ? 0 : 50);
			duplicate = http().post("/gadgets", gadget("gadget-taken-code", 20)).leaksNothing();
			assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
			assertThat(JsonPath.<String>read(duplicate.body(), "$.constraint")).isEqualTo("uq_gadget_code");
			assertThat(JsonPath.<String>read(duplicate.body(), "$.detail")).isEqualTo("Taken");
		}
		assertThat(JsonPath.<List<String>>read(duplicate.body(), "$.errors[*].field"))
			.as("within %d violations", BOUND)
			.containsExactly("code");
		Http.Response cheap = null;
		for (int i = 0; i < BOUND && (cheap == null || !cheap.body().contains("\"errors\"")); i++) {
			Thread.sleep((i == 0) ? 0 : 50);
			cheap = http().post("/gadgets", gadget("gadget-cheap", -1)).leaksNothing();
			assertThat(cheap.status()).as(cheap.body()).isEqualTo(422);
		}
		assertThat(JsonPath.<List<String>>read(cheap.body(), "$.errors[*].field"))
			.as("what only the catalog tells, within %d violations", BOUND)
			.containsExactly("price");
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.COMPLETE);

		String log = awaitLog(output, "Unknown constraint names [uq_gadget_typo (rootcause.constraints.uq_gadget_typo)]");
		assertThat(log).as("validated at the first read").doesNotContain("uq_gadget_code (rootcause.constraints");
		assertThat(count(FAILED_READ, log)).as("however many reads and requests came while it was down").isOne();
		assertThat(log.substring(back)).as("the log of the 4xx answers").doesNotContain(" ERROR ", "\tat ");
		for (String value : VALUES) {
			assertThat(log).as("the log holds the value " + value).doesNotContain(value);
		}
	}

	private Http http() {
		return new Http(this.port, List.of("insert into", "SQL", "Exception", "at io.", "gadget-"));
	}

	private static String gadget(String code, int price) {
		return """
				{"code": "%s", "price": %d}""".formatted(code, price);
	}

	/** The log once it holds the text, which a thread of its own may write a little after the answer. */
	private static String awaitLog(CapturedOutput output, String text) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!output.getAll().contains(text) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(output.getAll()).contains(text);
		return output.getAll();
	}

	private static int count(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** Waits, a bounded time, until the application's pool connects again (it backs off while the database is down). */
	private void awaitPool() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			try (Connection connection = this.dataSource.getConnection()) {
				return;
			}
			catch (SQLException ex) {
				assertThat(System.nanoTime()).as("the pool connects again").isLessThan(deadline);
				Thread.sleep(100);
			}
		}
	}

	/** Creates the gadget table on the database itself, not through the application or its proxy. */
	private void createSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.directUrl, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("create table gadget (code varchar(40) not null, price int not null,"
					+ " constraint uq_gadget_code unique (code), constraint ck_gadget_price check (price > 0))");
		}
	}

}
