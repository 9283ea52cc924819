package io.github.rootcause;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.github.rootcause.catalog.LiveCatalog;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What {@link LiveCatalog} logs during each test (through {@code System.Logger}, so through java.util.logging
 * here): register it as an instance field with {@code @RegisterExtension}.
 */
final class CatalogLogCapture implements BeforeEachCallback, AfterEachCallback {

	/** Held, so that the logger and its handler outlive a garbage collection. */
	private final Logger logger = Logger.getLogger(LiveCatalog.class.getName());

	private final List<LogRecord> records = new CopyOnWriteArrayList<>();

	private final Handler handler = new Handler() {

		@Override
		public void publish(LogRecord record) {
			CatalogLogCapture.this.records.add(record);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	@Override
	public void beforeEach(ExtensionContext context) {
		this.records.clear();
		this.logger.addHandler(this.handler);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.logger.removeHandler(this.handler);
	}

	/**
	 * The messages logged at a level, in order.
	 * @param level the level, such as {@link Level#WARNING}
	 * @return the messages
	 */
	List<String> messages(Level level) {
		return this.records.stream().filter((record) -> record.getLevel() == level).map(LogRecord::getMessage).toList();
	}

}
