package io.github.rootcause.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new driver connection on every call, and runs the statements every connection
 * must start with (SQLite attaches databases per connection): enough for tests, no pool to size.
 */
final class DriverDataSource implements DataSource {

	private final String url;

	private final String user;

	private final String password;

	private final java.util.List<String> initStatements = new java.util.concurrent.CopyOnWriteArrayList<>();

	DriverDataSource(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return getConnection(this.user, this.password);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		Connection connection = DriverManager.getConnection(this.url, username, password);
		if (!this.initStatements.isEmpty()) {
			try (java.sql.Statement statement = connection.createStatement()) {
				for (String sql : this.initStatements) {
					statement.execute(sql);
				}
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
		}
		return connection;
	}

	/**
	 * Runs the statement on every connection opened from now on.
	 * @param sql the statement
	 */
	void initEveryConnectionWith(String sql) {
		this.initStatements.add(sql);
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		throw new SQLException("Not a wrapper for " + iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return iface.isInstance(this);
	}

	@Override
	public String toString() {
		return this.url;
	}

}
