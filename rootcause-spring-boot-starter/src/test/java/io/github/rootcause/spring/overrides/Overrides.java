package io.github.rootcause.spring.overrides;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.JDBCException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.SQLGrammarException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import io.github.rootcause.Cause;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.app.Customer;
import io.github.rootcause.spring.jdbc.CheckViolationException;
import io.github.rootcause.spring.jdbc.NotNullViolationException;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.spring.web.OnForeignKeyViolation;
import io.github.rootcause.spring.web.OnNotNullViolation;
import io.github.rootcause.spring.web.OnUniqueViolation;

/**
 * What an application adds on top of the starter: its own SQLExceptionTranslator, its own advice with an
 * {@code @ExceptionHandler}, and annotated violation handlers in an advice and in a controller.
 */
@Configuration(proxyBeanMethods = false)
@Import({ Overrides.OwnAdvice.class, Overrides.FirstAdvice.class, Overrides.ViolationAdvice.class,
		Overrides.SignupController.class, Overrides.LegacyController.class })
public class Overrides {

	/** Every task the application's own translator was asked to translate. */
	public static final List<String> TRANSLATED = new CopyOnWriteArrayList<>();

	@Bean
	SQLExceptionTranslator recordingTranslator() {
		SQLExceptionTranslator delegate = new SQLExceptionSubclassTranslator();
		return new SQLExceptionTranslator() {

			@Override
			public @Nullable DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
				TRANSLATED.add(task);
				return delegate.translate(task, sql, ex);
			}

		};
	}

	/** The application's own handler for check violations wins over the starter's problem. */
	@RestControllerAdvice
	public static class OwnAdvice {

		@ExceptionHandler(CheckViolationException.class)
		ResponseEntity<Map<String, String>> check(CheckViolationException ex) {
			return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(Map.of("own", "check"));
		}

		// MariaDB Connector/J 3.5.6 (Spring Boot 3.5's) throws a syntax error for a value too long, which
		// Hibernate makes an SQLGrammarException; later drivers a data exception.
		@ExceptionHandler({ DataException.class, SQLGrammarException.class })
		ResponseEntity<Map<String, String>> data(JDBCException ex) {
			return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(Map.of("own", "data"));
		}

	}

	/**
	 * An advice ordered before {@link ViolationAdvice} with a handler for any not-null violation, which a more
	 * specific handler of the later advice still wins over; it returns a plain body.
	 */
	@RestControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static class FirstAdvice {

		@OnNotNullViolation
		ResponseEntity<Map<String, Object>> anyNotNull(Cause cause) {
			return ResponseEntity.status(422).body(Map.of("handledBy", "first:any", "fields", cause.fields()));
		}

	}

	/** Annotated handlers in an advice: one for a constraint, one for any unique violation. */
	@RestControllerAdvice
	public static class ViolationAdvice {

		@OnUniqueViolation(constraint = "uq_member_nickname")
		ProblemDetail nickname(Cause cause, HttpServletRequest request, Locale locale) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Pick another nickname");
			problem.setProperty("handledBy", "advice:nickname");
			problem.setProperty("field", cause.fields().get(0));
			problem.setProperty("path", request.getRequestURI());
			problem.setProperty("locale", locale.toLanguageTag());
			return problem;
		}

		@OnUniqueViolation
		ProblemDetail anyUnique(UniqueViolationException ex) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
			problem.setProperty("handledBy", "advice:any");
			problem.setProperty("fields", ex.violation().fields());
			return problem;
		}

		@OnNotNullViolation(entity = Customer.class, fields = "name")
		ErrorResponse nameMissing(NotNullViolationException ex) {
			return ErrorResponse.create(ex, HttpStatusCode.valueOf(422), "Please tell us your name.");
		}

		@OnForeignKeyViolation(reference = Reference.MISSING)
		ResponseEntity<Map<String, Object>> missing(Cause cause) {
			return ResponseEntity.status(422).body(Map.of("handledBy", "advice:missing"));
		}

	}

	/** A controller whose own annotated handler wins over the advice's. */
	@RestController
	public static class SignupController {

		private final JdbcTemplate jdbc;

		SignupController(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@PostMapping("/signups")
		void signup(@RequestBody Map<String, String> body) {
			this.jdbc.update("insert into customer (email_address, name) values (?, ?)", body.get("email"),
					body.get("name"));
		}

		@OnUniqueViolation(fields = "email")
		ResponseEntity<Map<String, Object>> emailTaken(Cause cause, WebRequest request) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("handledBy", "controller", "constraint", cause.constraint().orElseThrow(), "description",
						request.getDescription(false)));
		}

	}

	/** A controller whose own {@code @ExceptionHandler} wins over the advice's annotated handlers. */
	@RestController
	public static class LegacyController {

		private final JdbcTemplate jdbc;

		LegacyController(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@PostMapping("/legacy/signups")
		void signup(@RequestBody Map<String, String> body) {
			this.jdbc.update("insert into customer (email_address, name) values (?, ?)", body.get("email"),
					body.get("name"));
		}

		@ExceptionHandler(DuplicateKeyException.class)
		ResponseEntity<Map<String, String>> duplicate(DuplicateKeyException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("handledBy", "legacy"));
		}

	}

}
