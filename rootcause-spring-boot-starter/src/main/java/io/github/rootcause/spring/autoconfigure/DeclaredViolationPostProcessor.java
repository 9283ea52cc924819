package io.github.rootcause.spring.autoconfigure;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;

import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ConstraintViolationExceptionTranslator;

/**
 * Makes every {@code @Repository} bean throw rootcause's typed exceptions also from the methods that declare the
 * exception they throw ({@code throws DataAccessException}): Spring's own translation at a repository's boundary
 * lets a declared exception through as it is, so a hand-made template's {@code DuplicateKeyException} stayed one.
 * A Spring data access exception that holds a constraint violation is replaced by the typed exception, which is of
 * the same Spring type (a {@code UniqueViolationException} is a {@code DuplicateKeyException}), so the declaration
 * still holds; every other exception is thrown as it was.
 */
final class DeclaredViolationPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

	DeclaredViolationPostProcessor(ObjectProvider<ConstraintViolationExceptionTranslator> translator) {
		this.advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Repository.class, true),
				new Translation(translator));
	}

	/** Replaces a data access exception that holds a violation with the typed one. */
	private static final class Translation implements MethodInterceptor {

		private final ObjectProvider<ConstraintViolationExceptionTranslator> translator;

		Translation(ObjectProvider<ConstraintViolationExceptionTranslator> translator) {
			this.translator = translator;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			try {
				return invocation.proceed();
			}
			catch (DataAccessException ex) {
				ConstraintViolationExceptionTranslator translator = this.translator.getIfUnique();
				if (ex instanceof ConstraintViolation || translator == null) {
					throw ex;
				}
				DataAccessException typed = translator.translateExceptionIfPossible(ex);
				throw (typed instanceof ConstraintViolation) ? typed : ex;
			}
		}

	}

}
