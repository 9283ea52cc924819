package io.github.rootcause.spring.web;

import java.lang.reflect.Method;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.rest.webmvc.RepositoryRestExceptionHandler;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of an application's {@code @ExceptionHandler}s take a violation away from rootcause: only those naming a
 * data access exception, chosen among them as Spring MVC chooses; never a framework's default advice.
 */
class DataAccessHandlersTest {

	private final DataAccessHandlers handlers = new DataAccessHandlers();

	private final DuplicateKeyException duplicate = new DuplicateKeyException("duplicate",
			new SQLException("duplicate", "23505"));

	@Test
	void catchAllHandlersNeverTakeAViolation() {
		assertThat(this.handlers.find(CatchAlls.class, this.duplicate)).isNull();
		assertThat(this.handlers.find(CatchAlls.class, new TransactionSystemException("commit", this.duplicate)))
			.isNull();
	}

	@Test
	void aHandlerNamingADataAccessExceptionTakesItEvenBesideACatchAll() throws Exception {
		assertThat(this.handlers.find(Mixed.class, this.duplicate))
			.isEqualTo(Mixed.class.getDeclaredMethod("integrity", DataIntegrityViolationException.class));
	}

	@Test
	void theClosestTypeWinsAsInSpringMvc() throws Exception {
		assertThat(this.handlers.find(Layered.class, this.duplicate))
			.isEqualTo(Layered.class.getDeclaredMethod("duplicate", DuplicateKeyException.class));
		assertThat(this.handlers.find(Layered.class,
				new UncategorizedSQLException("task", "insert", new SQLException("duplicate", "23505"))))
			.isEqualTo(Layered.class.getDeclaredMethod("anyDataAccess", DataAccessException.class));
	}

	@Test
	void aHandlerNamingACauseTakesItThroughTheChain() throws Exception {
		RuntimeException wrapped = new IllegalStateException("wrapped",
				new PersistenceException("flush", new SQLException("duplicate", "23505")));
		assertThat(this.handlers.find(Persistence.class, wrapped))
			.isEqualTo(Persistence.class.getDeclaredMethod("persistence", PersistenceException.class));
	}

	@Test
	void springDataRestsDefaultAdviceNeverTakesAViolation() {
		assertThat(this.handlers.find(RepositoryRestExceptionHandler.class, this.duplicate)).isNull();
	}

	@Test
	void aSubclassOfSpringDataRestsAdviceThatTheApplicationDeclaresIsItsOwnAndTakesIt() {
		assertThat(this.handlers.find(OwnRestExceptionHandler.class, this.duplicate)).isNotNull()
			.extracting(Method::getName)
			.isEqualTo("handleConflict");
	}

	@Test
	void theTypesThatNameADataAccessException() {
		assertThat(DataAccessHandlers.isDataAccessType(DuplicateKeyException.class)).isTrue();
		assertThat(DataAccessHandlers.isDataAccessType(TransactionSystemException.class)).isTrue();
		assertThat(DataAccessHandlers.isDataAccessType(org.hibernate.exception.ConstraintViolationException.class))
			.isTrue();
		assertThat(DataAccessHandlers.isDataAccessType(java.sql.SQLIntegrityConstraintViolationException.class))
			.isTrue();
		assertThat(DataAccessHandlers.isDataAccessType(Exception.class)).isFalse();
		assertThat(DataAccessHandlers.isDataAccessType(RuntimeException.class)).isFalse();
		assertThat(DataAccessHandlers.isDataAccessType(NestedRuntimeException.class)).isFalse();
		assertThat(DataAccessHandlers.isDataAccessType(Throwable.class)).isFalse();
	}

	static class CatchAlls {

		@ExceptionHandler(Exception.class)
		void exception(Exception ex) {
		}

		@ExceptionHandler
		void runtime(RuntimeException ex) {
		}

		@ExceptionHandler({ Throwable.class, NestedRuntimeException.class })
		void throwable(Throwable ex) {
		}

	}

	static class Mixed {

		@ExceptionHandler(Exception.class)
		void exception(Exception ex) {
		}

		@ExceptionHandler
		void integrity(DataIntegrityViolationException ex) {
		}

	}

	static class Layered {

		@ExceptionHandler
		void anyDataAccess(DataAccessException ex) {
		}

		@ExceptionHandler
		void duplicate(DuplicateKeyException ex) {
		}

	}

	static class OwnRestExceptionHandler extends RepositoryRestExceptionHandler {

		OwnRestExceptionHandler() {
			super(new StaticMessageSource());
		}

	}

	static class Persistence {

		@ExceptionHandler(RuntimeException.class)
		void runtime(RuntimeException ex) {
		}

		@ExceptionHandler
		void persistence(PersistenceException ex) {
		}

	}

}
