package io.github.rootcause.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.r2dbc.core.DatabaseClient;

import io.github.rootcause.spring.r2dbc.ConnectionFactoryResolvers;

/**
 * Wraps every {@link DatabaseClient} bean so that it signals the typed constraint violation exceptions
 * ({@link ConnectionFactoryResolvers#translating(DatabaseClient)}); the {@code R2dbcEntityTemplate} that Spring
 * Boot builds from the client, and the Spring Data R2DBC repositories that use the template, signal them too.
 */
final class R2dbcTranslatorPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<ConnectionFactoryResolvers> resolvers;

	R2dbcTranslatorPostProcessor(ObjectProvider<ConnectionFactoryResolvers> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DatabaseClient client) {
			ConnectionFactoryResolvers resolvers = this.resolvers.getIfAvailable();
			return (resolvers != null) ? resolvers.translating(client) : client;
		}
		return bean;
	}

}
