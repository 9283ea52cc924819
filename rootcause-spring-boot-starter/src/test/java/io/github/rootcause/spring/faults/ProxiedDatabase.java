package io.github.rootcause.spring.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TcpProxy;

/**
 * Puts a {@link TcpProxy} between the application and the database of the test's {@link OnDatabase}, refusing
 * every connection, so that the application starts with its database down: {@code spring.datasource.url} goes
 * through the proxy, {@code rootcause.faults.direct-url} is the database's own URL (for the test to create the
 * schema on), and the proxy is a bean, which the test takes to bring the database back and which is closed with
 * the context.
 */
final class ProxiedDatabase implements ApplicationContextInitializer<GenericApplicationContext> {

	@Override
	public void initialize(GenericApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getRequiredProperty("spring.datasource.url");
		TcpProxy proxy;
		try {
			proxy = TcpProxy.toServerOf(url);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		proxy.refuse();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("rootcause.faults",
					Map.of("spring.datasource.url", proxy.url(url), "rootcause.faults.direct-url", url)));
		context.registerBean("tcpProxy", TcpProxy.class, () -> proxy);
	}

}
