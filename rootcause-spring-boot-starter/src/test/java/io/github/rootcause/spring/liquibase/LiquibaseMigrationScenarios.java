package io.github.rootcause.spring.liquibase;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.Http;
import io.github.rootcause.spring.catalog.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema changed through Liquibase while the application runs: Spring Boot runs {@code changelog.yaml} at
 * startup, then the application runs {@code badges.yaml} with a {@link SpringLiquibase} of its own, initialized by
 * the application context's bean factory as a bean would be, so that bean post-processors (rootcause's among them)
 * run once its changelog has. Right after that returns, with no polling, the violations of the new table's
 * constraints are answered with their names and fields: the check first, whose column no database's message names,
 * so that on each database the first answer after the changelog needs the new catalog (without rootcause's
 * post-processor it is "A value is not allowed.", with no errors). {@link LiquibaseApplication} runs behind a pool
 * of two connections, over real HTTP; the log, from startup on, holds no ERROR and no value the test wrote. Run on
 * each database by a subclass named for it.
 */
@SpringBootTest(classes = LiquibaseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.sql.init.mode=never", "spring.liquibase.enabled=true",
				"spring.liquibase.change-log=classpath:liquibase/changelog.yaml",
				"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=10000" })
@ExtendWith(OutputCaptureExtension.class)
abstract class LiquibaseMigrationScenarios {

	/** Values the test writes; none of them may appear in an answer or in the log. */
	private static final List<String> VALUES = List.of("taken-slug", "taken-code", "Zq");

	/** What no answer may hold: the values, SQL, driver exceptions, stack traces. */
	private static final List<String> SECRETS = Stream
		.concat(VALUES.stream(), Stream.of("insert into", "SQL", "Exception", "at io."))
		.toList();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void aChangelogRunAtRuntimeHasTheVeryNextViolationsAnsweredWithItsConstraints(CapturedOutput output) {
		this.jdbc.update("insert into project (id, slug) values (1, ?)", "taken-slug");
		http().post("/projects", "{\"id\": 2, \"slug\": \"taken-slug\"}")
			.isProblem(409, Problems.unique("uq_project_slug", "/projects", "slug"));
		runChangelog("classpath:liquibase/badges.yaml");
		this.jdbc.update("insert into badge (id, code) values (1, ?)", "taken-code");
		http().post("/badges", "{\"id\": 3, \"code\": \"Zq\"}")
			.isProblem(422, Problems.check("ck_badge_code", "/badges", "code"));
		http().post("/badges", "{\"id\": 2, \"code\": \"taken-code\"}")
			.isProblem(409, Problems.unique("uq_badge_code", "/badges", "code"));
		assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ", "SQLState: 23");
		for (String value : VALUES) {
			assertThat(output.getAll()).as("the log holds the value " + value).doesNotContain(value);
		}
	}

	/**
	 * Runs a changelog as an application does outside Spring Boot's own {@code SpringLiquibase}: a bean of its own
	 * on the application's data source, which runs its changelog as it is initialized. {@code initializeBean} is
	 * the call of the bean factory that runs both the bean's {@code afterPropertiesSet} and every bean
	 * post-processor's {@code postProcessAfterInitialization}; it returns once both have.
	 * @param changeLog where the changelog is
	 */
	private void runChangelog(String changeLog) {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(this.dataSource);
		liquibase.setChangeLog(changeLog);
		liquibase.setResourceLoader(this.context);
		AutowireCapableBeanFactory beanFactory = this.context.getAutowireCapableBeanFactory();
		beanFactory.initializeBean(liquibase, "badgesLiquibase");
	}

	private Http http() {
		return new Http(this.port, SECRETS);
	}

}
