package io.github.rootcause.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a database server on this machine, for tests of what happens when the network fails: it
 * listens on {@code 127.0.0.1}, on a port of its own, and forwards every connection to the server, until told to
 * {@link #refuse()} new connections (each is then closed as soon as it is accepted) or to {@link #cut()} the open
 * ones (each is reset at once, both towards the client and towards the server). The server itself is never
 * stopped, so tests that share it go on.
 *
 * <pre class="code">
 * try (TcpProxy proxy = TcpProxy.toServerOf(db.url())) {
 *     DataSource proxied = db.dataSource(proxy);
 *     proxy.refuse();   // the database is unreachable
 *     proxy.accept();   // it is back
 *     proxy.cut();      // every connection open now is lost
 * }
 * </pre>
 *
 * <p>Sockets block; each connection has a pair of daemon threads, one per direction, that end when either side
 * closes. {@link #close()} stops listening, resets every connection and waits (a bounded time) for the threads.
 * Only loopback servers are proxied.
 */
public final class TcpProxy implements AutoCloseable {

	private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

	private static final long JOIN_MILLIS = 5_000;

	private final InetSocketAddress target;

	private final ServerSocket server;

	private final Thread acceptor;

	private final AtomicInteger connections = new AtomicInteger();

	/** The sockets of the connections being forwarded, both sides; guarded by this. */
	private final Set<Socket> open = new HashSet<>();

	/** The threads that forward, to wait for on close; guarded by this. */
	private final Set<Thread> pumps = new HashSet<>();

	private volatile boolean refusing;

	private volatile boolean closed;

	private TcpProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }));
		this.acceptor = new Thread(this::acceptAll, "tcp-proxy-" + port() + "-accept");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	/**
	 * Starts a proxy to a server on this machine.
	 * @param host the server's host: {@code 127.0.0.1}, {@code localhost} or another loopback address
	 * @param port the server's port
	 * @return the proxy, forwarding
	 * @throws IOException when no port can be listened on
	 * @throws IllegalArgumentException when the host is not a loopback address
	 */
	public static TcpProxy to(String host, int port) throws IOException {
		InetAddress address = InetAddress.getByName(host);
		if (!address.isLoopbackAddress()) {
			throw new IllegalArgumentException("Only a server on this machine is proxied, not " + host);
		}
		return new TcpProxy(new InetSocketAddress(address, port));
	}

	/**
	 * Starts a proxy to the server a JDBC URL names, such as {@link DatabaseFixture#url()}.
	 * @param jdbcUrl a URL of the form {@code jdbc:<driver>://host[:port]/...}; without a port, PostgreSQL's or
	 * MariaDB's default one
	 * @return the proxy, forwarding
	 * @throws IOException when no port can be listened on
	 * @throws IllegalArgumentException when the URL names no single loopback host
	 */
	public static TcpProxy toServerOf(String jdbcUrl) throws IOException {
		String authority = authority(jdbcUrl);
		int colon = authority.lastIndexOf(':');
		if (authority.isEmpty() || authority.contains(",") || authority.startsWith("[")) {
			throw new IllegalArgumentException("Not a URL with one host and port: " + jdbcUrl);
		}
		if (colon >= 0) {
			return to(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
		}
		return to(authority, jdbcUrl.startsWith("jdbc:postgresql:") ? 5432 : 3306);
	}

	/**
	 * The port this proxy listens on, on {@code 127.0.0.1}.
	 * @return the port
	 */
	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * The same JDBC URL, through this proxy: its host and port replaced by this proxy's.
	 * @param jdbcUrl a URL of the form {@code jdbc:<driver>://host[:port]/...}
	 * @return the URL that connects through this proxy
	 */
	public String url(String jdbcUrl) {
		String authority = authority(jdbcUrl);
		int start = jdbcUrl.indexOf("//") + 2;
		return jdbcUrl.substring(0, start) + "127.0.0.1:" + port() + jdbcUrl.substring(start + authority.length());
	}

	/**
	 * How many connections clients opened to this proxy so far, forwarded or refused.
	 * @return the count
	 */
	public int connections() {
		return this.connections.get();
	}

	/**
	 * Closes every new connection as soon as it is accepted, as an unreachable server would; the connections open
	 * now go on (call {@link #cut()} to lose them too).
	 */
	public void refuse() {
		this.refusing = true;
	}

	/**
	 * Forwards new connections again.
	 */
	public void accept() {
		this.refusing = false;
	}

	/**
	 * Resets every connection open now, both towards its client and towards the server, as a lost network would;
	 * new connections are forwarded (unless {@link #refuse() refused}).
	 */
	public void cut() {
		List<Socket> sockets;
		synchronized (this) {
			sockets = new ArrayList<>(this.open);
			this.open.clear();
		}
		sockets.forEach(TcpProxy::reset);
	}

	/**
	 * Stops listening, resets every connection and waits a bounded time for every thread of this proxy to end.
	 */
	@Override
	public void close() {
		this.closed = true;
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// Closed anyway.
		}
		cut();
		List<Thread> threads;
		synchronized (this) {
			threads = new ArrayList<>(this.pumps);
		}
		threads.add(this.acceptor);
		long deadline = System.currentTimeMillis() + JOIN_MILLIS;
		try {
			for (Thread thread : threads) {
				thread.join(Math.max(1, deadline - System.currentTimeMillis()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "TcpProxy[127.0.0.1:" + port() + " -> " + this.target + (this.refusing ? ", refusing" : "") + "]";
	}

	private void acceptAll() {
		while (!this.closed) {
			Socket client;
			try {
				client = this.server.accept();
			}
			catch (IOException ex) {
				// Closed (the loop ends), or a failure to accept, tried again a little later.
				pause();
				continue;
			}
			this.connections.incrementAndGet();
			if (this.refusing) {
				reset(client);
				continue;
			}
			forward(client);
		}
	}

	private void forward(Socket client) {
		Socket upstream = new Socket();
		try {
			upstream.connect(this.target, CONNECT_TIMEOUT_MILLIS);
		}
		catch (IOException ex) {
			// The server refuses too: so does the proxy.
			reset(client);
			reset(upstream);
			return;
		}
		String name = "tcp-proxy-" + port() + "-" + client.getPort();
		Thread up = pump(client, upstream, name + "-up");
		Thread down = pump(upstream, client, name + "-down");
		synchronized (this) {
			if (this.closed) {
				reset(client);
				reset(upstream);
				return;
			}
			this.open.add(client);
			this.open.add(upstream);
			this.pumps.removeIf((thread) -> !thread.isAlive());
			this.pumps.add(up);
			this.pumps.add(down);
		}
		up.start();
		down.start();
	}

	/** A thread that copies what one side sends to the other, and closes both when either ends. */
	private Thread pump(Socket from, Socket to, String name) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Cut, closed or reset by one side: the connection is over.
			}
			finally {
				synchronized (this) {
					this.open.remove(from);
					this.open.remove(to);
				}
				close(from);
				close(to);
			}
		}, name);
		thread.setDaemon(true);
		return thread;
	}

	private void pause() {
		try {
			Thread.sleep(this.closed ? 0 : 10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Closes a socket with a reset rather than an orderly end, as a lost connection ends. */
	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (SocketException ex) {
			// Already closed.
		}
		close(socket);
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closed anyway.
		}
	}

	/** The {@code host[:port]} part of a JDBC URL. */
	private static String authority(String jdbcUrl) {
		int start = jdbcUrl.indexOf("//");
		if (!jdbcUrl.startsWith("jdbc:") || start < 0) {
			throw new IllegalArgumentException("Not a URL of the form jdbc:<driver>://host[:port]/...: " + jdbcUrl);
		}
		int end = start + 2;
		while (end < jdbcUrl.length() && "/?;".indexOf(jdbcUrl.charAt(end)) < 0) {
			end++;
		}
		return jdbcUrl.substring(start + 2, end);
	}

}
