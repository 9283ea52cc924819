package io.github.rootcause.spring.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Drops the lines that Hibernate and MariaDB Connector/J log for every failed statement when the failure is a
 * constraint violation (SQLState class 23), which rootcause answers, and those of Spring Batch's chunk-oriented step
 * that carry one of rootcause's typed exceptions (see {@link ViolationLines}): they hold the database's message, and so the
 * row's values (PostgreSQL's {@code Key (email)=(ada@example.com) already exists}, MariaDB's
 * {@code Duplicate entry 'ada@example.com'}). Every other failed statement is logged as before.
 *
 * <pre class="code">
 * WARN org.hibernate.orm.jdbc.error                   : HHH000247: ErrorCode: 0, SQLState: 23505   (Hibernate 7)
 * WARN org.hibernate.orm.jdbc.error                   : ERROR: duplicate key value violates unique ...
 * WARN o.h.engine.jdbc.spi.SqlExceptionHelper         : SQL Error: 0, SQLState: 23505              (Hibernate 6)
 * ERROR o.h.engine.jdbc.spi.SqlExceptionHelper        : ERROR: duplicate key value violates unique ...
 * WARN o.m.jdbc.message.server.ErrorPacket            : Error: 1062-23000: Duplicate entry '...' for key '...'
 * </pre>
 *
 * Hibernate logs the SQLState on one line and the message on the next, so the line after a dropped SQLState line
 * on the same thread is dropped too. Set a logger to DEBUG to see these lines again. A Logback turbo filter,
 * installed on Logback's context while the application runs; {@link Log4j2ViolationLogFilter} makes the same
 * decision under Log4j 2.
 */
public final class ViolationLogFilter extends TurboFilter implements InitializingBean, DisposableBean {

	private final ViolationLines lines = new ViolationLines();

	@Override
	public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
			Object @Nullable [] params, @Nullable Throwable t) {
		String name = logger.getName();
		if (!ViolationLines.watches(name) || (format == null && t == null)) {
			return FilterReply.NEUTRAL;
		}
		boolean debug = logger.getEffectiveLevel().toInt() <= Level.DEBUG_INT;
		String message = (params != null && format != null) ? MessageFormatter.arrayFormat(format, params).getMessage()
				: format;
		return this.lines.drops(name, debug, message, t) ? FilterReply.DENY : FilterReply.NEUTRAL;
	}

	@Override
	public void afterPropertiesSet() {
		LoggerContext context = context();
		if (context != null && !context.getTurboFilterList().contains(this)) {
			setName("rootcause-violations");
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

	private static @Nullable LoggerContext context() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		return (factory instanceof LoggerContext context) ? context : null;
	}

}
