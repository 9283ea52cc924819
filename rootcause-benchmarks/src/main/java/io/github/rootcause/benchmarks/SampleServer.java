package io.github.rootcause.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.rootcause.sample.SampleApplication;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample application, started in this JVM on a scratch database of its own and a free port of the loopback
 * interface, with the {@code check-then-insert} profile that adds the pattern rootcause replaces. Requests go to
 * 127.0.0.1 only.
 */
final class SampleServer implements AutoCloseable {

	private final DatabaseFixture database;

	private final ConfigurableApplicationContext context;

	private final HttpClient http;

	private final URI base;

	private SampleServer(DatabaseFixture database, ConfigurableApplicationContext context) {
		this.database = database;
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.base = URI.create("http://127.0.0.1:" + port);
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Starts the sample on a scratch database of the engine (PostgreSQL and MariaDB from the environment, as the
	 * tests find them).
	 * @param engine the database
	 * @param properties further application properties, for example to exclude auto-configurations
	 * @param sources further configuration classes
	 * @return the started server; close it when done
	 * @throws SQLException when the scratch database cannot be created
	 */
	static SampleServer start(TestDatabase engine, Map<String, Object> properties, Class<?>... sources)
			throws SQLException {
		DatabaseFixture database = DatabaseFixture.of(engine);
		database.start();
		try {
			String url = (engine == TestDatabase.H2)
					? "jdbc:h2:mem:" + database.schema() + "_sample;DB_CLOSE_DELAY=-1"
					: database.url();
			Map<String, Object> settings = new LinkedHashMap<>();
			settings.put("server.address", "127.0.0.1");
			settings.put("server.port", 0);
			settings.put("spring.datasource.url", url);
			settings.put("spring.datasource.username", database.user());
			settings.put("spring.datasource.password", database.password());
			settings.put("spring.main.banner-mode", "off");
			settings.put("logging.level.root", "warn");
			// Hibernate logs every failed statement at WARN; off for every pattern alike.
			settings.put("logging.level.org.hibernate.orm.jdbc.error", "off");
			settings.putAll(properties);
			// As command line arguments: they override application.yml, as default properties would not.
			String[] args = settings.entrySet()
				.stream()
				.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new);
			ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
				.sources(sources)
				.profiles("check-then-insert")
				.run(args);
			return new SampleServer(database, context);
		}
		catch (RuntimeException ex) {
			database.stop();
			throw ex;
		}
	}

	/**
	 * Posts a JSON body and returns the status.
	 * @param path the path, for example {@code /customers}
	 * @param json the body
	 * @return the HTTP status
	 */
	int post(String path, String json) {
		return send(path, json, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * Posts a JSON body and returns the answer.
	 * @param path the path, for example {@code /customers}
	 * @param json the body
	 * @return the answer, with its body
	 */
	HttpResponse<String> postForAnswer(String path, String json) {
		return send(path, json, HttpResponse.BodyHandlers.ofString());
	}

	private <T> HttpResponse<T> send(String path, String json, HttpResponse.BodyHandler<T> body) {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			return this.http.send(request, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("POST " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("POST " + path + " interrupted", ex);
		}
	}

	/**
	 * The JSON of a new customer.
	 * @param email the email
	 * @return the request body
	 */
	static String customer(String email) {
		return "{\"email\":\"" + email + "\",\"name\":\"Load\"}";
	}

	@Override
	public void close() {
		this.context.close();
		this.database.stop();
	}

}
