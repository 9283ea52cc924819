package io.github.rootcause.log4j2;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Every Log4j2 event that reaches the root logger's appenders while a test runs, kept in memory as it would be
 * written: what a user's own appenders would get under Spring Boot's default configuration (root at INFO).
 */
final class CapturedLog implements AutoCloseable {

	private final List<Line> lines = new CopyOnWriteArrayList<>();

	private final Appender appender = new Appender();

	private final LoggerConfig root;

	private CapturedLog(LoggerConfig root) {
		this.root = root;
	}

	/**
	 * Starts capturing, on Log4j's current configuration.
	 * @return the capture, to close after the test
	 */
	static CapturedLog start() {
		LoggerContext context = (LoggerContext) LogManager.getContext(false);
		CapturedLog log = new CapturedLog(context.getConfiguration().getRootLogger());
		log.appender.start();
		log.root.addAppender(log.appender, null, null);
		return log;
	}

	/**
	 * The lines captured so far.
	 * @return the lines, oldest first
	 */
	List<Line> lines() {
		return List.copyOf(this.lines);
	}

	@Override
	public void close() {
		this.root.removeAppender(this.appender.getName());
		this.appender.stop();
	}

	/**
	 * One event as an appender would write it.
	 * @param level the level
	 * @param logger the logger's name
	 * @param text the formatted message, then the throwable's stack trace with its causes, if any
	 */
	record Line(Level level, String logger, String text) {

		/**
		 * Whether the text holds a value, ignoring case.
		 * @param value the value
		 * @return {@code true} when it does
		 */
		boolean holds(String value) {
			return this.text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
		}

		@Override
		public String toString() {
			return this.level + " " + this.logger + " : " + this.text;
		}

	}

	private final class Appender extends AbstractAppender {

		Appender() {
			super("rootcause-captured-log", null, null, true, Property.EMPTY_ARRAY);
		}

		@Override
		public void append(LogEvent event) {
			StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
			if (event.getThrown() != null) {
				StringWriter trace = new StringWriter();
				event.getThrown().printStackTrace(new PrintWriter(trace));
				text.append(System.lineSeparator()).append(trace);
			}
			CapturedLog.this.lines.add(new Line(event.getLevel(), event.getLoggerName(), text.toString()));
		}

	}

}
