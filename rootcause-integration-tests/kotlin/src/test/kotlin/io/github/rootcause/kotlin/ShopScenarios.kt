package io.github.rootcause.kotlin

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.web.server.LocalServerPort
import org.springframework.core.env.Environment
import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.jdbc.datasource.DriverManagerDataSource

import io.github.rootcause.testing.ExpectedProblems
import io.github.rootcause.testing.OnDatabase

/**
 * Every kind of violation through a Kotlin shop over real HTTP, answered with problems that name the members of
 * its data-class request bodies as jackson-module-kotlin reads them (`e_mail`, never the property `email`), whichever
 * place `@JsonProperty` is put. The bodies here are the exact ones, the same for the Spring MVC shop and the
 * suspending WebFlux shop, on H2 and on PostgreSQL. Each test starts with one customer, `taken@example.com`, written
 * over JDBC at the database the test class's [OnDatabase] gives (the WebFlux shop itself has only R2DBC). One
 * subclass per web stack and database.
 */
abstract class ShopScenarios {

	@LocalServerPort
	private var port: Int = 0

	@Autowired
	private lateinit var environment: Environment

	private val jdbc: JdbcTemplate by lazy {
		JdbcTemplate(DriverManagerDataSource(this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getProperty("spring.datasource.username", ""),
				this.environment.getProperty("spring.datasource.password", "")))
	}

	private val client: HttpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()

	private var taken: Long = 0

	@BeforeEach
	fun seed() {
		this.jdbc.update("delete from purchase_order")
		this.jdbc.update("delete from customer")
		this.jdbc.update("insert into customer (email, name) values ('taken@example.com', 'Taken')")
		this.taken = this.jdbc.queryForObject("select id from customer", Long::class.java)!!
	}

	@Test
	fun dataClassBodiesWithRenamedMembersAreReadAndSaved() {
		val customer = post("/customers", """{"e_mail": "new@example.com", "full_name": "New"}""")
		assertThat(customer.statusCode()).`as`(customer.body()).isEqualTo(201)
		val order = post("/orders", """{"buyer": ${this.taken}, "amount": 10}""")
		assertThat(order.statusCode()).`as`(order.body()).isEqualTo(201)
		assertThat(this.jdbc.queryForObject("select count(*) from purchase_order", Int::class.java)).isEqualTo(1)
	}

	@Test
	fun aDuplicateEmailAnswers409NamingTheJsonPropertyOnTheConstructorParameter() {
		assertProblem(post("/customers", """{"e_mail": "taken@example.com", "full_name": "Other"}"""), 409,
				duplicateEmail("/customers"))
	}

	@Test
	fun aMissingNameAnswers422NamingTheJsonPropertyOnTheGetter() {
		assertProblem(post("/customers", """{"e_mail": "nameless@example.com"}"""), 422,
				ExpectedProblems.missingValue("full_name", "/customers"))
	}

	@Test
	fun anOrderForACustomerThatDoesNotExistAnswers404NamingTheJsonPropertyOnTheField() {
		assertProblem(post("/orders", """{"buyer": 999999, "amount": 10}"""), 404, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found", "status": 404,
				 "detail": "The record referenced by buyer does not exist.", "instance": "/orders",
				 "kind": "foreign-key", "constraint": "fk_purchase_order_customer",
				 "errors": [{"pointer": "#/buyer", "field": "buyer", "code": "foreign-key",
				             "detail": "must reference an existing record"}]}
				""")
	}

	@Test
	fun aNegativeAmountAnswers422NamingTheJsonPropertyOnTheParameterTarget() {
		assertProblem(post("/orders", """{"buyer": ${this.taken}, "amount": -1}"""), 422, """
				{"type": "urn:rootcause:problem:check", "title": "Invalid value", "status": 422,
				 "detail": "The value of amount is not allowed.", "instance": "/orders",
				 "kind": "check", "constraint": "ck_purchase_order_total",
				 "errors": [{"pointer": "#/amount", "field": "amount", "code": "check", "detail": "is not allowed"}]}
				""")
	}

	@Test
	fun aDuplicateEmailReadThroughAConstructorParameterThatIsNoPropertyNamesItsJsonProperty() {
		assertProblem(post("/invitations", """{"e_mail": " TAKEN@example.com ", "guest": "Other"}"""), 409,
				duplicateEmail("/invitations"))
	}

	@Test
	fun aMissingNameAnswers422NamingThePropertyWhoseConstructorParameterDeclaresTheEntityField() {
		assertProblem(post("/invitations", """{"e_mail": "guest@example.com"}"""), 422,
				ExpectedProblems.missingValue("guest", "/invitations"))
	}

	private fun duplicateEmail(instance: String): String = """
			{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
			 "detail": "A record with the same e_mail already exists.", "instance": "$instance",
			 "kind": "unique", "constraint": "uq_customer_email",
			 "errors": [{"pointer": "#/e_mail", "field": "e_mail", "code": "unique", "detail": "must be unique"}]}
			"""

	private fun post(path: String, json: String): HttpResponse<String> {
		val request = HttpRequest.newBuilder(URI.create("http://localhost:${this.port}$path"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build()
		return this.client.send(request, HttpResponse.BodyHandlers.ofString())
	}

	/** Asserts the status, the media type and the exact body, and that no row value leaked into it. */
	private fun assertProblem(response: HttpResponse<String>, status: Int, expected: String) {
		assertThat(response.statusCode()).`as`(response.body()).isEqualTo(status)
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json")
		ExpectedProblems.assertMatches(expected, response.body())
		assertThat(response.body()).doesNotContainIgnoringCase("taken@example.com")
	}

}
