package io.github.rootcause.spring.autoconfigure;

import jakarta.persistence.PersistenceException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.web.ConstraintViolationProblemHandler;
import io.github.rootcause.spring.web.PersistenceViolationProblemHandler;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * Spring MVC with JPA: answers a {@link PersistenceException} that reached the web layer untranslated
 * ({@link PersistenceViolationProblemHandler}).
 *
 * <p>An auto-configuration of its own, ordered after {@link RootCauseWebAutoConfiguration}, so that its advice is
 * registered after {@link ConstraintViolationProblemHandler}. Both are ordered at lowest precedence, and Spring MVC
 * asks advice beans of equal order in the order they were registered, each matching the exception <em>or any of
 * its causes</em>: registered first, the persistence handler would take every translated
 * {@code DataIntegrityViolationException} by its Hibernate cause.
 */
@AutoConfiguration(after = RootCauseWebAutoConfiguration.class,
		afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnClass(PersistenceException.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.web.enabled", matchIfMissing = true)
@ConditionalOnBean({ ConstraintViolationProblemHandler.class, ViolationProblemFactory.class })
public final class RootCausePersistenceWebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PersistenceViolationProblemHandler rootCausePersistenceProblemHandler(DataSourceResolvers resolvers,
			ConstraintViolationProblemHandler handler, ViolationProblemFactory problems) {
		return new PersistenceViolationProblemHandler(resolvers, handler, problems);
	}

}
