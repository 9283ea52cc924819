package io.github.rootcause.spring.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

import io.github.rootcause.Cause;
import io.github.rootcause.EntityModel;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.autoconfigure.RootCauseProperties;
import io.github.rootcause.spring.jdbc.CheckViolationException;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ForeignKeyViolationException;
import io.github.rootcause.spring.jdbc.UniqueViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems built from causes, without a database: messages by locale, configured statuses and the constraint
 * member switched off; and the warning logged once for a violation nothing names.
 */
@ExtendWith(OutputCaptureExtension.class)
class ViolationProblemFactoryTest {

	private static final Cause EMAIL = Cause.of(Kind.UNIQUE)
		.withConstraint("uq_customer_email")
		.withTable("customer")
		.withColumns(List.of("email_address"))
		.withFields(List.of("email"));

	private final RootCauseProperties properties = new RootCauseProperties();

	private final StaticMessageSource messages = new StaticMessageSource();

	private final ViolationProblemFactory factory = new ViolationProblemFactory(this.properties, this.messages);

	@Test
	void messagesFollowTheRequestsLocale() {
		this.messages.addMessage("rootcause.problem.unique.title", Locale.GERMAN, "Existiert bereits");
		this.messages.addMessage("rootcause.problem.unique.detail", Locale.GERMAN, "{0} ist schon vergeben.");
		this.messages.addMessage("rootcause.error.unique", Locale.GERMAN, "muss eindeutig sein");
		ProblemDetail german = this.factory.problem(EMAIL, null, Locale.GERMAN);
		assertThat(german.getTitle()).isEqualTo("Existiert bereits");
		assertThat(german.getDetail()).isEqualTo("email ist schon vergeben.");
		assertThat(german.getProperties()).containsEntry("errors", List.of(java.util.Map.of("pointer", "#/email",
				"field", "email", "code", "unique", "detail", "muss eindeutig sein")));
		assertThat(this.factory.problem(EMAIL, null, Locale.ENGLISH).getTitle()).isEqualTo("Already exists");
	}

	@Test
	void aMessageForOneConstraintReplacesTheDetailOfTheProblemAndItsErrors() {
		this.messages.addMessage("rootcause.constraint.uq_customer_email", Locale.ENGLISH, "Email taken.");
		ProblemDetail problem = this.factory.problem(EMAIL, null, Locale.ENGLISH);
		assertThat(problem.getDetail()).isEqualTo("Email taken.");
		assertThat(problem.getProperties().get("errors").toString()).contains("detail=Email taken.");
	}

	@Test
	void aMessageSourceThatAnswersCodesForMissingMessagesKeepsTheDefaultDetail() {
		this.messages.setUseCodeAsDefaultMessage(true);
		ProblemDetail problem = this.factory.problem(EMAIL, null, Locale.ENGLISH);
		assertThat(problem.getDetail()).isEqualTo("A record with the same email already exists.");
		assertThat(this.factory.errorDetail(EMAIL, Locale.ENGLISH)).isEqualTo("must be unique");
	}

	@Test
	void statusesAreConfigurableByKindAndByConstraint() {
		this.properties.getWeb().getStatus().setUnique(400);
		assertThat(this.factory.problem(EMAIL, null, Locale.ENGLISH).getStatus()).isEqualTo(400);
		RootCauseProperties.Constraint constraint = new RootCauseProperties.Constraint();
		constraint.setStatus(418);
		this.properties.getConstraints().put("UQ-CUSTOMER-EMAIL", constraint);
		assertThat(this.factory.problem(EMAIL, null, Locale.ENGLISH).getStatus()).isEqualTo(418);
	}

	@Test
	void theConstraintMemberCanBeTurnedOffAndTheTypeBaseChanged() {
		this.properties.getWeb().setIncludeConstraint(false);
		this.properties.getWeb().setTypeBaseUri("https://example.com/problems/");
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/customers");
		ProblemDetail problem = this.factory.problem(EMAIL, request, Locale.ENGLISH);
		assertThat(problem.getProperties()).doesNotContainKey("constraint");
		assertThat(problem.getType()).hasToString("https://example.com/problems/unique");
		assertThat(problem.getInstance()).hasToString("/customers");
	}

	@Test
	void aForeignKeyWhoseSideIsNotKnownIsAConflict() {
		Cause cause = Cause.of(Kind.FOREIGN_KEY).withConstraint("fk_order_customer");
		ProblemDetail problem = this.factory.problem(cause, null, Locale.ENGLISH);
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getTitle()).isEqualTo("Invalid reference");
		assertThat(this.factory.problem(cause.withReference(Reference.MISSING), null, Locale.ENGLISH).getStatus())
			.isEqualTo(404);
	}

	@Test
	void aViolationThatNothingNamesIsLoggedOnceWithThePropertyAndAnnotationThatWouldHandleIt(
			CapturedOutput output) throws Exception {
		ConstraintViolationProblemHandler handler = new ConstraintViolationProblemHandler(
				new DataSourceResolvers(() -> null, EntityModel::none), this.factory);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/customers");
		for (int i = 0; i < 3; i++) {
			handler.handleDataIntegrityViolation(new UniqueViolationException("duplicate", EMAIL, null), request,
					Locale.ENGLISH);
		}
		assertThat(output.getOut().split("rootcause.constraints.\\[uq_customer_email]", -1)).hasSize(2);
		assertThat(output.getOut()).contains("@OnUniqueViolation(constraint = \"uq_customer_email\")");
		Cause named = Cause.of(Kind.FOREIGN_KEY).withConstraint("fk_order_customer").withReference(Reference.MISSING);
		RootCauseProperties.Constraint configured = new RootCauseProperties.Constraint();
		configured.setMessage("No such customer.");
		this.properties.getConstraints().put("fk_order_customer", configured);
		handler.handleDataIntegrityViolation(new ForeignKeyViolationException("missing", named, null), request,
				Locale.ENGLISH);
		assertThat(output.getOut()).doesNotContain("fk_order_customer");
		this.messages.addMessage("rootcause.constraint.ck_order_quantity", Locale.ENGLISH, "Order at least one.");
		handler.handleDataIntegrityViolation(new CheckViolationException("check",
				Cause.of(Kind.CHECK).withConstraint("ck_order_quantity"), null), request, Locale.ENGLISH);
		assertThat(output.getOut()).doesNotContain("ck_order_quantity");
	}

}
