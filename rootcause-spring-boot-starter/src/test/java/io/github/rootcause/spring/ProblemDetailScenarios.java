package io.github.rootcause.spring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.app.ClubMember;
import io.github.rootcause.spring.app.Customer;
import io.github.rootcause.spring.app.ClubMembers;
import io.github.rootcause.spring.app.Customers;
import io.github.rootcause.spring.app.PurchaseOrder;
import io.github.rootcause.spring.app.PurchaseOrders;
import io.github.rootcause.spring.jdbc.CheckViolationException;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ForeignKeyViolationException;
import io.github.rootcause.spring.jdbc.NotNullViolationException;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.spring.jdbc.ViolationGuard;
import io.github.rootcause.spring.web.ViolationForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The store's violations, each through one write path, answered with exact problem bodies; and the typed
 * exceptions each path throws. Run on each database by a subclass named for it.
 */
public abstract class ProblemDetailScenarios extends StoreScenarios {

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private ViolationGuard guard;

	@Autowired
	private ViolationForms forms;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Customers customers;

	@Autowired
	private ClubMembers members;

	@Autowired
	private PurchaseOrders orders;

	private String duplicateEmail(String instance) {
		return """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same email already exists.", "instance": "%s",
				 "kind": "unique", "constraint": "%s",
				 "errors": [{"pointer": "#/email", "field": "email", "code": "unique", "detail": "must be unique"}]}
				""".formatted(instance, "uq_customer_email");
	}

	@Test
	void uniqueViolationThroughJdbcTemplateAnswers409NamingTheConstraintAndTheEntityField() {
		post("/customers/jdbc-template", """
				{"email": "taken@example.com", "name": "Other"}""")
			.isProblem(409, duplicateEmail("/customers/jdbc-template"));
	}

	@Test
	void uniqueViolationThroughJdbcClientAnswers409() {
		post("/customers/jdbc-client", """
				{"email": "taken@example.com", "name": "Other"}""")
			.isProblem(409, duplicateEmail("/customers/jdbc-client"));
	}

	@Test
	void uniqueViolationThroughJpaSaveAnswers409() throws Exception {
		mockPost("/customers/jpa", """
				{"email": "taken@example.com", "name": "Other"}""")
			.isProblem(409, duplicateEmail("/customers/jpa"));
	}

	@Test
	void uniqueViolationThroughJpaSaveAndFlushAnswers409() throws Exception {
		mockPost("/customers/jpa-flush", """
				{"email": "taken@example.com", "name": "Other"}""")
			.isProblem(409, duplicateEmail("/customers/jpa-flush"));
	}

	@Test
	void uniqueViolationFromAnUntranslatedEntityManagerAnswers409() {
		post("/customers/entity-manager", """
				{"email": "taken@example.com", "name": "Other"}""")
			.isProblem(409, duplicateEmail("/customers/entity-manager"));
	}

	@Test
	void uniqueViolationFlushedAtCommitAnswers409() {
		this.jdbc.update("insert into customer (email_address, name) values ('second@example.com', 'Second')");
		long second = this.jdbc.queryForObject(
				"select id from customer where email_address = 'second@example.com'", Long.class);
		put("/customers/" + second + "/email", """
				{"email": "taken@example.com"}""")
			.isProblem(409, duplicateEmail("/customers/" + second + "/email"));
	}

	@Test
	void uniqueViolationThroughSpringDataJdbcAnswersWithTheConfiguredMessage() {
		post("/members", """
				{"nickname": "taken"}""")
			.isProblem(409, """
					{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
					 "detail": "This nickname is taken.", "instance": "/members",
					 "kind": "unique", "constraint": "uq_member_nickname",
					 "errors": [{"pointer": "#/nickname", "field": "nickname", "code": "unique",
					             "detail": "This nickname is taken."}]}
					""");
	}

	@Test
	void checkViolationOnAnEmbeddedSpringDataJdbcValuePointsIntoIt() {
		post("/members", """
				{"nickname": "new", "city": "X"}""")
			.isProblem(422, """
					{"type": "urn:rootcause:problem:check", "title": "Invalid value", "status": 422,
					 "detail": "The value of home.city is not allowed.", "instance": "/members",
					 "kind": "check", "constraint": "ck_member_city",
					 "errors": [{"pointer": "#/home/city", "field": "home.city", "code": "check",
					             "detail": "is not allowed"}]}
					""");
	}

	@Test
	void notNullViolationThroughJpaAnswers422NamingTheField() throws Exception {
		mockPost("/customers/jpa", """
				{"email": "new@example.com"}""")
			.isProblem(422, """
					{"type": "urn:rootcause:problem:not-null", "title": "Missing value", "status": 422,
					 "detail": "A value for name is required.", "instance": "/customers/jpa",
					 "kind": "not-null",
					 "errors": [{"pointer": "#/name", "field": "name", "code": "not-null",
					             "detail": "must not be null"}]}
					""");
	}

	private static String missingCustomer(String instance) {
		return """
				{"type": "urn:rootcause:problem:not-null", "title": "Missing value", "status": 422,
				 "detail": "A value for customer is required.", "instance": "%s",
				 "kind": "not-null",
				 "errors": [{"pointer": "#/customer", "field": "customer", "code": "not-null",
				             "detail": "must not be null"}]}
				""".formatted(instance);
	}

	@Test
	void hibernatesOwnNotNullCheckThroughJpaSaveAnswers422NamingTheField() throws Exception {
		mockPost("/orders/jpa", """
				{"quantity": 1}""")
			.isProblem(422, missingCustomer("/orders/jpa"));
	}

	@Test
	void hibernatesOwnNotNullCheckAtCommitOnARequestWithoutBodyIsTheServersFaultAndAnswers500() {
		this.jdbc.update("insert into purchase_order (customer_id, quantity) values (?, 1)", this.takenId);
		long order = this.jdbc.queryForObject("select id from purchase_order", Long.class);
		delete("/orders/" + order + "/customer").isProblem(500, """
				{"title": "Internal Server Error", "status": 500,
				 "instance": "/orders/%d/customer"}""".formatted(order));
	}

	@Test
	void hibernatesOwnNotNullCheckFromAnUntranslatedEntityManagerAnswers422NamingTheField() {
		post("/orders/entity-manager", """
				{"quantity": 1}""")
			.isProblem(422, missingCustomer("/orders/entity-manager"));
	}

	@Test
	void jpaSaveThrowsANotNullViolationExceptionForHibernatesOwnNotNullCheck() {
		Throwable thrown = catchThrowable(() -> this.orders.save(new PurchaseOrder(null, 1)));
		assertThat(thrown).isInstanceOf(NotNullViolationException.class);
		Cause cause = ((ConstraintViolation) thrown).violation();
		assertThat(cause.kind()).isEqualTo(Kind.NOT_NULL);
		assertThat(cause.constraint()).isEmpty();
		assertThat(cause.table()).contains("purchase_order");
		assertThat(cause.columns()).containsExactly("customer_id");
		assertThat(cause.fields()).containsExactly("customer");
		assertThat(cause.entity()).contains("PurchaseOrder");
	}

	@Test
	void checkViolationThroughJdbcTemplateAnswers422NamingTheConstraint() {
		post("/orders", """
				{"customerId": %d, "quantity": 0}""".formatted(this.takenId))
			.isProblem(422, """
					{"type": "urn:rootcause:problem:check", "title": "Invalid value", "status": 422,
					 "detail": "The value of quantity is not allowed.", "instance": "/orders",
					 "kind": "check", "constraint": "ck_order_quantity",
					 "errors": [{"pointer": "#/quantity", "field": "quantity", "code": "check",
					             "detail": "is not allowed"}]}
					""");
	}

	@Test
	void checkViolationOnAnEmbeddedAttributePointsIntoTheEmbeddable() throws Exception {
		mockPost("/customers/jpa", """
				{"email": "new@example.com", "name": "New", "postcode": "123"}""")
			.isProblem(422, """
					{"type": "urn:rootcause:problem:check", "title": "Invalid value", "status": 422,
					 "detail": "The value of address.postcode is not allowed.", "instance": "/customers/jpa",
					 "kind": "check", "constraint": "ck_customer_postcode",
					 "errors": [{"pointer": "#/address/postcode", "field": "address.postcode", "code": "check",
					             "detail": "is not allowed"}]}
					""");
	}

	@Test
	void foreignKeyToAMissingRowAnswers404WithTheFieldsConfiguredForTheConstraint() {
		post("/orders", """
				{"customerId": 999999, "quantity": 1}""")
			.isProblem(404, """
					{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found",
					 "status": 404, "detail": "The record referenced by customerId does not exist.",
					 "instance": "/orders", "kind": "foreign-key", "constraint": "fk_order_customer",
					 "errors": [{"pointer": "#/customerId", "field": "customerId", "code": "foreign-key",
					             "detail": "must reference an existing record"}]}
					""");
	}

	@Test
	void deletingAStillReferencedRowAnswers409WithoutErrors() {
		this.jdbc.update("insert into purchase_order (customer_id, quantity) values (?, 1)", this.takenId);
		delete("/customers/" + this.takenId).isProblem(409, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Still referenced", "status": 409,
				 "detail": "The record is still referenced by other records.",
				 "instance": "/customers/%d", "kind": "foreign-key", "constraint": "%s"}
				""".formatted(this.takenId, "fk_order_customer"));
	}

	/** Longer than the 20 characters of {@code customer.name}. */
	private static final String TOO_LONG = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static String invalidData(String instance) {
		return """
				{"type": "urn:rootcause:problem:invalid-data", "title": "Invalid data", "status": 400,
				 "detail": "A value is too long, out of range or not in the expected format.",
				 "instance": "%s"}
				""".formatted(instance);
	}

	@Test
	void valueTooLongAnswers400WithoutTheValue() {
		post("/customers/jdbc-template", """
				{"email": "long@example.com", "name": "%s"}""".formatted(TOO_LONG))
			.isProblem(400, invalidData("/customers/jdbc-template"));
	}

	@Test
	void valueTooLongThroughJpaSaveAnswers400WithoutTheValue() throws Exception {
		mockPost("/customers/jpa", """
				{"email": "long@example.com", "name": "%s"}""".formatted(TOO_LONG))
			.isProblem(400, invalidData("/customers/jpa"));
	}

	@Test
	void valueTooLongThroughJpaSaveAndFlushAnswers400WithoutTheValue() throws Exception {
		mockPost("/customers/jpa-flush", """
				{"email": "long@example.com", "name": "%s"}""".formatted(TOO_LONG))
			.isProblem(400, invalidData("/customers/jpa-flush"));
	}

	@Test
	void valueTooLongFlushedAtCommitAnswers400WithoutTheValue() {
		put("/customers/" + this.takenId + "/name", """
				{"name": "%s"}""".formatted(TOO_LONG))
			.isProblem(400, invalidData("/customers/" + this.takenId + "/name"));
	}

	@Test
	void valueTooLongFromAnUntranslatedEntityManagerAnswers400WithoutTheValue() {
		post("/customers/entity-manager", """
				{"email": "long@example.com", "name": "%s"}""".formatted(TOO_LONG))
			.isProblem(400, invalidData("/customers/entity-manager"));
	}

	@Test
	void jdbcTemplateThrowsADuplicateKeyExceptionCarryingTheResolvedCause() {
		Throwable thrown = catchThrowable(() -> this.jdbc
			.update("insert into customer (email_address, name) values ('taken@example.com', 'Other')"));
		assertThat(thrown).isInstanceOf(UniqueViolationException.class).isInstanceOf(DuplicateKeyException.class);
		assertCause(((ConstraintViolation) thrown).violation(), Kind.UNIQUE, "uq_customer_email", "customer",
				List.of("email_address"), List.of("email"), "Customer");
	}

	@Test
	void jdbcClientThrowsAForeignKeyViolationExceptionForAMissingParent() {
		Throwable thrown = catchThrowable(() -> this.jdbcClient
			.sql("insert into purchase_order (customer_id, quantity) values (999999, 1)")
			.update());
		assertThat(thrown).isInstanceOf(ForeignKeyViolationException.class)
			.isInstanceOf(DataIntegrityViolationException.class);
		Cause cause = ((ConstraintViolation) thrown).violation();
		assertCause(cause, Kind.FOREIGN_KEY, "fk_order_customer", "purchase_order", List.of("customer_id"),
				List.of("customer"), "PurchaseOrder");
		assertThat(cause.reference()).contains(Reference.MISSING);
	}

	@Test
	void aColumnNamedByTheNamingStrategyResolvesToItsEntityField() {
		Throwable thrown = catchThrowable(() -> this.jdbc.update(
				"insert into purchase_order (customer_id, quantity, gift_note) values (?, 1, 'x')", this.takenId));
		assertThat(thrown).isInstanceOf(CheckViolationException.class);
		assertCause(((ConstraintViolation) thrown).violation(), Kind.CHECK, "ck_order_gift_note", "purchase_order",
				List.of("gift_note"), List.of("giftNote"), "PurchaseOrder");
	}

	@Test
	void springDataJdbcThrowsADuplicateKeyExceptionWithTheAggregateProperty() {
		Throwable thrown = catchThrowable(() -> this.members.save(new ClubMember(null, "taken", null)));
		assertThat(thrown).isInstanceOf(UniqueViolationException.class);
		assertCause(((ConstraintViolation) thrown).violation(), Kind.UNIQUE, "uq_member_nickname", "club_member",
				List.of("nickname"), List.of("nickname"), "ClubMember");
	}

	@Test
	void jpaSaveAndFlushThrowsADuplicateKeyExceptionWithTheEntityField() {
		Throwable thrown = catchThrowable(() -> this.customers.saveAndFlush(new Customer("taken@example.com", "X")));
		assertThat(thrown).isInstanceOf(UniqueViolationException.class);
		assertCause(((ConstraintViolation) thrown).violation(), Kind.UNIQUE, "uq_customer_email", "customer",
				List.of("email_address"), List.of("email"), "Customer");
	}

	@Test
	void aViolationCaughtInASavepointLeavesTheSurroundingTransactionUsable() {
		Long count = new TransactionTemplate(this.transactionManager).execute((status) -> {
			Optional<Cause> violation = this.guard.attempt(() -> this.jdbc
				.update("insert into customer (email_address, name) values ('taken@example.com', 'Other')"));
			assertThat(violation).hasValueSatisfying((cause) -> {
				assertThat(cause.kind()).isEqualTo(Kind.UNIQUE);
				assertThat(cause.constraint()).contains("uq_customer_email");
			});
			this.jdbc.update("insert into customer (email_address, name) values ('after@example.com', 'After')");
			return this.jdbc.queryForObject("select count(*) from customer", Long.class);
		});
		assertThat(count).isEqualTo(2);
	}

	@Test
	void createOrGetReadsTheExistingRowOnAUniqueViolationAndCreatesOtherwise() {
		Supplier<Optional<Long>> find = () -> Optional.of(this.jdbc
			.queryForObject("select id from customer where email_address = 'taken@example.com'", Long.class));
		long existing = this.guard.createOrGet(() -> {
			this.jdbc.update("insert into customer (email_address, name) values ('taken@example.com', 'Other')");
			return -1L;
		}, find);
		assertThat(existing).isEqualTo(this.takenId);
		long created = this.guard.createOrGet(() -> {
			this.jdbc.update("insert into customer (email_address, name) values ('fresh@example.com', 'Fresh')");
			return 0L;
		}, find);
		assertThat(created).isZero();
	}

	@Test
	void aUniqueViolationBecomesAFieldErrorOfTheForm() {
		BeanPropertyBindingResult form = new BeanPropertyBindingResult(new SignupForm(), "signupForm");
		Throwable thrown = catchThrowable(() -> this.jdbc
			.update("insert into customer (email_address, name) values ('taken@example.com', 'Other')"));
		assertThat(this.forms.reject(thrown, form, Locale.ENGLISH)).isTrue();
		FieldError error = form.getFieldError("email");
		assertThat(error).isNotNull();
		assertThat(error.getDefaultMessage()).isEqualTo("must be unique");
		assertThat(error.getCodes()).contains("rootcause.unique.signupForm.email", "rootcause.unique");
		assertThat(form.getErrorCount()).isOne();
	}

	/** A server-rendered form. */
	public static class SignupForm {

		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	private void assertCause(Cause cause, Kind kind, String constraint, String table, List<String> columns,
			List<String> fields, String entity) {
		assertThat(cause.kind()).isEqualTo(kind);
		assertThat(cause.constraint()).contains(constraint);
		assertThat(cause.table()).contains(table);
		assertThat(cause.columns()).isEqualTo(columns);
		assertThat(cause.fields()).isEqualTo(fields);
		assertThat(cause.entity()).contains(entity);
	}

}
