package io.github.rootcause.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * The RabbitMQ broker of the listener tests, at {@code ROOTCAUSE_RABBITMQ_HOST} and {@code ROOTCAUSE_RABBITMQ_PORT}
 * (127.0.0.1 and 5672 by default, guest/guest). As an extension, it checks that the broker answers before each test
 * instance is made: when it cannot be reached, each test is skipped before Spring loads its context, or fails when
 * {@code ROOTCAUSE_DATABASES_REQUIRED=true}, as with the database servers.
 */
public final class RabbitMqBroker implements TestInstancePreConstructCallback {

	/**
	 * The broker's host.
	 * @return {@code ROOTCAUSE_RABBITMQ_HOST}, else 127.0.0.1
	 */
	public static String host() {
		String host = System.getenv("ROOTCAUSE_RABBITMQ_HOST");
		return (host != null && !host.isBlank()) ? host : "127.0.0.1";
	}

	/**
	 * The broker's AMQP port.
	 * @return {@code ROOTCAUSE_RABBITMQ_PORT}, else 5672
	 */
	public static int port() {
		String port = System.getenv("ROOTCAUSE_RABBITMQ_PORT");
		return (port != null && !port.isBlank()) ? Integer.parseInt(port) : 5672;
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host(), port()), 2000);
		}
		catch (IOException ex) {
			Servers.unavailable("No RabbitMQ broker at " + host() + ":" + port()
					+ ": set ROOTCAUSE_RABBITMQ_HOST and ROOTCAUSE_RABBITMQ_PORT, or start one");
		}
	}

}
