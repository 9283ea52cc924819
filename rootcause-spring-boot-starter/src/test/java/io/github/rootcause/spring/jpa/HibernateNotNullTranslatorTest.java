package io.github.rootcause.spring.jpa;

import java.util.List;

import org.hibernate.PropertyValueException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.NotNullViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of Hibernate's {@link PropertyValueException}s are its not-null check; the columns come from the metamodel
 * and are tested against the real databases in the problem scenarios.
 */
class HibernateNotNullTranslatorTest {

	private final HibernateNotNullTranslator translator = new HibernateNotNullTranslator(List::of);

	@Test
	void theNotNullCheckIsANotNullViolationOfTheField() {
		PropertyValueException ex = new PropertyValueException(
				"not-null property references a null or transient value", "shop.Order", "customer");
		assertThat(this.translator.read(new DataIntegrityViolationException("at commit", ex)))
			.hasValueSatisfying((cause) -> {
				assertThat(cause.kind()).isEqualTo(Kind.NOT_NULL);
				assertThat(cause.fields()).containsExactly("customer");
				assertThat(cause.constraint()).isEmpty();
			});
		assertThat(this.translator.translateExceptionIfPossible(ex)).isInstanceOf(NotNullViolationException.class);
	}

	@Test
	void aTenantIdThatDiffersIsNoNotNullViolation() {
		PropertyValueException ex = new PropertyValueException(
				"assigned tenant id differs from current tenant id [a != b]", "shop.Order", "tenant");
		assertThat(this.translator.read(ex)).isEmpty();
		assertThat(this.translator.translateExceptionIfPossible(ex)).isNull();
	}

}
