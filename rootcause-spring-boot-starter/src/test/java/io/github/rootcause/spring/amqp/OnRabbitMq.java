package io.github.rootcause.spring.amqp;

import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Runs a test class on the RabbitMQ broker at {@code ROOTCAUSE_RABBITMQ_HOST} and {@code ROOTCAUSE_RABBITMQ_PORT}
 * (127.0.0.1 and 5672 by default): when it cannot be reached, each test is skipped before Spring loads its
 * context, or fails when {@code ROOTCAUSE_DATABASES_REQUIRED=true}, as with the database servers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OnRabbitMq.Broker.class)
@interface OnRabbitMq {

	/** Checks that the broker answers before each test instance is made. */
	final class Broker implements TestInstancePreConstructCallback {

		static String host() {
			String host = System.getenv("ROOTCAUSE_RABBITMQ_HOST");
			return (host != null && !host.isBlank()) ? host : "127.0.0.1";
		}

		static int port() {
			String port = System.getenv("ROOTCAUSE_RABBITMQ_PORT");
			return (port != null && !port.isBlank()) ? Integer.parseInt(port) : 5672;
		}

		@Override
		public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(host(), port()), 2000);
			}
			catch (IOException ex) {
				String reason = "No RabbitMQ broker at " + host() + ":" + port()
						+ ": set ROOTCAUSE_RABBITMQ_HOST and ROOTCAUSE_RABBITMQ_PORT, or start one";
				if (Boolean.parseBoolean(System.getenv("ROOTCAUSE_DATABASES_REQUIRED"))) {
					Assertions.fail(reason + " (ROOTCAUSE_DATABASES_REQUIRED=true, so this fails instead of skipping)");
				}
				Assumptions.abort(reason);
			}
		}

	}

}
