package io.github.rootcause;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source in front of a fixture's that counts the connections asked of it, refuses them while
 * {@link #down()}, and holds each until its gate opens: for tests of when and how often the catalog is read.
 */
final class WatchedDataSource {

	private final DataSource target;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	WatchedDataSource(DataSource target) {
		this.target = target;
	}

	/** The data source to use. */
	DataSource dataSource() {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("getConnection")) {
				this.connections.incrementAndGet();
				this.gate.await();
				if (this.down.get()) {
					throw new SQLTransientConnectionException("database is down", "08001");
				}
			}
			try {
				return method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				handler);
	}

	/** How many connections were asked for. */
	AtomicInteger connections() {
		return this.connections;
	}

	/** While set, every connection asked for is refused. */
	AtomicBoolean down() {
		return this.down;
	}

	/** Holds every connection asked for from now on until {@link #release()}. */
	void hold() {
		this.gate = new CountDownLatch(1);
	}

	/** Lets the held connections, and every later one, through. */
	void release() {
		this.gate.countDown();
	}

}
