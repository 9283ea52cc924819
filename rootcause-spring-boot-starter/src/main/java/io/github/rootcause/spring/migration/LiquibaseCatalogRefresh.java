package io.github.rootcause.spring.migration;

import java.time.Duration;
import java.util.Objects;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Reads rootcause's catalogs again once a {@link SpringLiquibase} bean has run its changelog, which it does as it
 * is initialized (Spring Boot's, and any the application defines), and waits for the read at most a bound. A
 * catalog that has not been read yet is left alone: its first read will see the new schema.
 */
public final class LiquibaseCatalogRefresh implements BeanPostProcessor {

	private final ObjectProvider<DataSourceResolvers> resolvers;

	private final Duration wait;

	/**
	 * Creates the post-processor.
	 * @param resolvers the resolvers whose catalogs to read again, asked for once a changelog has run
	 * @param wait how long the migrating thread waits at most for the new catalogs
	 */
	public LiquibaseCatalogRefresh(ObjectProvider<DataSourceResolvers> resolvers, Duration wait) {
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
		this.wait = Objects.requireNonNull(wait, "wait");
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase) {
			DataSourceResolvers resolvers = this.resolvers.getIfAvailable();
			if (resolvers != null) {
				CatalogRefresh.await(resolvers.refresh(), this.wait);
			}
		}
		return bean;
	}

}
