package io.github.rootcause.spring.logging;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.message.Message;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Under Log4j 2 (log4j-core), drops the lines that Hibernate and MariaDB Connector/J log for every failed statement
 * when the failure is a constraint violation (SQLState class 23), which rootcause answers: they hold the database's
 * message, and so the row's values. Every other failed statement is logged as before. The lines, as Spring Boot's
 * Log4j 2 console pattern writes them (Hibernate 7 on PostgreSQL, H2, then MariaDB with its driver's own line):
 *
 * <pre class="code">
 * WARN o.h.o.j.error         : HHH000247: ErrorCode: 0, SQLState: 23505
 * WARN o.h.o.j.error         : ERROR: duplicate key value violates unique constraint "uq_author_email"
 *   Detail: Key (email)=(ada@example.com) already exists.
 * WARN o.h.o.j.error         : HHH000247: ErrorCode: 23505, SQLState: 23505
 * WARN o.h.o.j.error         : Unique index or primary key violation: "PUBLIC.UQ_AUTHOR_EMAIL INDEX ...
 *                              VALUES ( ... 'ada@example.com' )"; SQL statement:
 * insert into author (email,name,id) values (?,?,default) [23505-240]
 * WARN o.m.j.m.s.ErrorPacket : Error: 1062-23000: Duplicate entry 'ada@example.com' for key 'uq_author_email'
 * WARN o.h.o.j.error         : HHH000247: ErrorCode: 1062, SQLState: 23000
 * WARN o.h.o.j.error         : (conn=1080) Duplicate entry 'ada@example.com' for key 'uq_author_email'
 * </pre>
 *
 * Hibernate logs the SQLState on one line and the message on the next, so the line after a dropped SQLState line
 * on the same thread is dropped too. Set a logger to DEBUG to see these lines again. The decision is the one
 * {@link ViolationLogFilter} makes under Logback.
 * <p>
 * Hibernate logs through JBoss Logging, which asks Log4j whether a level is enabled and then hands it the line, so a
 * context-wide filter never sees Hibernate's message. This filter is added to every logger configuration of the
 * context's configuration instead (a line another logger configuration takes first is filtered there; one that
 * reaches the root is filtered at the root), while the application runs: after Spring Boot has configured Log4j,
 * again on each new configuration (a reconfiguration, a changed file that Log4j watches), and removed on close.
 */
public final class Log4j2ViolationLogFilter extends AbstractFilter implements InitializingBean, DisposableBean {

	private final ViolationLines lines = new ViolationLines();

	private final PropertyChangeListener reconfigured = this::reconfigured;

	private @Nullable LoggerContext context;

	private volatile @Nullable Configuration configuration;

	@Override
	public Result filter(LogEvent event) {
		String name = event.getLoggerName();
		if (name == null || !ViolationLines.watches(name)) {
			return Result.NEUTRAL;
		}
		Configuration configuration = this.configuration;
		boolean debug = configuration != null
				&& configuration.getLoggerConfig(name).getLevel().isLessSpecificThan(Level.DEBUG);
		Message message = event.getMessage();
		String text = (message != null) ? message.getFormattedMessage() : null;
		return this.lines.drops(name, debug, text, event.getThrown()) ? Result.DENY : Result.NEUTRAL;
	}

	@Override
	public synchronized void afterPropertiesSet() {
		if (this.context == null && LogManager.getContext(false) instanceof LoggerContext context) {
			start();
			this.context = context;
			context.addPropertyChangeListener(this.reconfigured);
			install(context.getConfiguration());
		}
	}

	@Override
	public synchronized void destroy() {
		LoggerContext context = this.context;
		if (context != null) {
			context.removePropertyChangeListener(this.reconfigured);
			this.context = null;
		}
		Configuration configuration = this.configuration;
		if (configuration != null) {
			loggerConfigs(configuration).forEach((logger) -> logger.removeFilter(this));
			this.configuration = null;
		}
		stop();
	}

	private void reconfigured(PropertyChangeEvent event) {
		if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName())
				&& event.getNewValue() instanceof Configuration configuration) {
			synchronized (this) {
				if (this.context != null) {
					install(configuration);
				}
			}
		}
	}

	/** Moves this filter onto every logger configuration of a configuration, once each. */
	private void install(Configuration configuration) {
		Configuration previous = this.configuration;
		if (previous != null && previous != configuration) {
			loggerConfigs(previous).forEach((logger) -> logger.removeFilter(this));
		}
		for (LoggerConfig logger : loggerConfigs(configuration)) {
			logger.removeFilter(this);
			logger.addFilter(this);
		}
		this.configuration = configuration;
	}

	private static Set<LoggerConfig> loggerConfigs(Configuration configuration) {
		Set<LoggerConfig> loggers = Collections.newSetFromMap(new IdentityHashMap<>());
		loggers.add(configuration.getRootLogger());
		loggers.addAll(configuration.getLoggers().values());
		return loggers;
	}

}
