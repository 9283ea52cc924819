package io.github.rootcause.spring.jpa;

import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Keeps Hibernate from logging constraint violations, which rootcause answers, with the database's message: for
 * every failed statement Hibernate logs its SQLState and then the message, which holds the row's values
 * (PostgreSQL's {@code Key (email)=(ada@example.com) already exists}). Hibernate 7 logs both at WARN through
 * {@code org.hibernate.orm.jdbc.error}:
 *
 * <pre class="code">
 * WARN  org.hibernate.orm.jdbc.error : HHH000247: ErrorCode: 0, SQLState: 23505
 * WARN  org.hibernate.orm.jdbc.error : ERROR: duplicate key value violates unique constraint "uq_customer_email" ...
 * </pre>
 *
 * and Hibernate 6 at WARN and ERROR through {@code org.hibernate.engine.jdbc.spi.SqlExceptionHelper}
 * ({@code SQL Error: 0, SQLState: 23505}, then the message). This Logback filter drops the pair when the SQLState
 * is of class 23 (integrity constraint violation); every other failed statement is logged as before. Set either
 * logger to DEBUG to see the violations too. Installed on Logback's context while the application runs.
 */
public final class HibernateViolationLogFilter extends TurboFilter implements InitializingBean, DisposableBean {

	private static final Set<String> LOGGERS = Set.of("org.hibernate.orm.jdbc.error",
			"org.hibernate.engine.jdbc.spi.SqlExceptionHelper");

	private static final String SQL_STATE = "SQLState: ";

	private final ThreadLocal<Boolean> messageFollows = new ThreadLocal<>();

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable t) {
		if (format == null || !LOGGERS.contains(logger.getName())
				|| logger.getEffectiveLevel().toInt() <= Level.DEBUG_INT) {
			return FilterReply.NEUTRAL;
		}
		int state = format.lastIndexOf(SQL_STATE);
		if (state >= 0) {
			boolean violation = format.startsWith("23", state + SQL_STATE.length());
			this.messageFollows.set(violation ? Boolean.TRUE : null);
			return violation ? FilterReply.DENY : FilterReply.NEUTRAL;
		}
		if (this.messageFollows.get() != null) {
			this.messageFollows.remove();
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

	@Override
	public void afterPropertiesSet() {
		LoggerContext context = context();
		if (context != null && !context.getTurboFilterList().contains(this)) {
			setName("rootcause-hibernate-violations");
			start();
			context.addTurboFilter(this);
		}
	}

	@Override
	public void destroy() {
		LoggerContext context = context();
		if (context != null) {
			context.getTurboFilterList().remove(this);
		}
		stop();
	}

	private static LoggerContext context() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		return (factory instanceof LoggerContext context) ? context : null;
	}

}
