package io.github.rootcause.spring.autoconfigure;

import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Typed constraint violation exceptions from MyBatis mappers: each {@link SqlSessionTemplate} bean (MyBatis's
 * Spring Boot starter defines one that every mapper uses) translates violations into the exceptions carrying the
 * resolved {@link io.github.rootcause.Cause}, and everything else as before. {@code rootcause.mybatis.enabled=false}
 * leaves the templates alone.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration" })
@ConditionalOnClass(SqlSessionTemplate.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
public final class RootCauseMyBatisAutoConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "rootcause.mybatis.enabled", matchIfMissing = true)
	static MyBatisTranslatorPostProcessor rootCauseMyBatisTranslatorPostProcessor(
			ObjectProvider<DataSourceResolvers> resolvers) {
		return new MyBatisTranslatorPostProcessor(resolvers);
	}

}
