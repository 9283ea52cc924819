package io.github.rootcause.spring.datarest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.support.RepositoryInvokerFactory;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import io.github.rootcause.spring.jdbc.ForeignKeyViolationException;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.spring.web.ViolationHandlerExceptionResolver;
import io.github.rootcause.testing.ExpectedProblems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The library's violations through Spring Data REST's own controllers, over real HTTP: answered with rootcause's
 * exact problems (as the same violations are on a controller of the application's), never with Spring Data REST's
 * flat 409, and never logged with their SQL or values. Run on each database by a subclass named for it.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DataRestScenarios extends LibraryScenarios {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RepositoryInvokerFactory invokers;

	private String duplicateMail(String instance) {
		return """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same mail already exists.", "instance": "%s",
				 "kind": "unique", "constraint": "%s",
				 "errors": [{"pointer": "#/mail", "field": "mail", "code": "unique", "detail": "must be unique"}]}
				""".formatted(instance, "uq_author_email");
	}

	@Test
	void theStarterWritesWithSpringMvcsHandlerAdapterBesideSpringDataRests() {
		RequestMappingHandlerAdapter mvc = this.context.getBean("requestMappingHandlerAdapter",
				RequestMappingHandlerAdapter.class);
		assertThat(this.context.getBeansOfType(RequestMappingHandlerAdapter.class))
			.containsOnlyKeys("requestMappingHandlerAdapter", "repositoryExporterHandlerAdapter");
		assertThat(this.context.getBean(ViolationHandlerExceptionResolver.class).getMessageConverters())
			.isEqualTo(mvc.getMessageConverters());
	}

	@Test
	void aDuplicatePostedToARepositoryAnswers409NamingTheJsonMemberNotTheEntityField(CapturedOutput output) {
		http().post("/authors", """
				{"name": "Other", "mail": "taken@example.com"}""").isProblem(409, duplicateMail("/authors"));
		assertThat(output.getAll()).doesNotContain("taken@example.com", "Could not commit changes",
				"RepositoryRestExceptionHandler");
	}

	@Test
	void aDuplicatePutToAnItemResourceAnswers409() {
		this.jdbc.update("insert into author (name, email) values ('Second', 'second@example.com')");
		int second = this.jdbc.queryForObject("select id from author where name = 'Second'", Integer.class);
		http().put("/authors/" + second, """
				{"name": "Second", "mail": "taken@example.com"}""")
			.isProblem(409, duplicateMail("/authors/" + second));
	}

	@Test
	void aMissingValuePostedToARepositoryAnswers422(CapturedOutput output) {
		http().post("/authors", """
				{"mail": "nameless@example.com"}""")
			.isProblem(422, ExpectedProblems.missingValue("name", "/authors"));
		assertThat(output.getAll()).doesNotContain("nameless@example.com", "Could not commit changes");
	}

	/**
	 * Spring Data REST reads a URI that finds no row as no association at all: the book has no author. Whether the
	 * JSON body held a URI or nothing for it cannot be known once Spring Data REST has read the body, so this stays
	 * the NOT NULL it causes (unlike the {@code text/uri-list} body of an association resource, below).
	 */
	@Test
	void anAssociationUriThatFindsNoRowAnswers422ForTheMissingAssociation() {
		http().post("/books", """
				{"title": "Dune", "author": "%s"}""".formatted(uri("/authors/999999")))
			.isProblem(422, ExpectedProblems.missingValue("author", "/books"));
	}

	/**
	 * The {@code text/uri-list} body of an association resource holds nothing but the reference: Spring Data REST
	 * binds a URI that finds no row as null, and the database's NOT NULL is answered as the missing reference it is,
	 * naming the association as the path does (the body has no member to point at).
	 */
	@Test
	void anAssociationResourcePutToAUriThatFindsNoRowAnswers404NamingTheAssociation(CapturedOutput output) {
		this.jdbc.update("insert into book (title, author_id) values ('Dune', ?)", this.takenAuthor);
		int book = this.jdbc.queryForObject("select id from book", Integer.class);
		http().putUris("/books/" + book + "/author", uri("/authors/999999")).isProblem(404, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found",
				 "status": 404, "detail": "The record referenced by author does not exist.",
				 "instance": "/books/%d/author", "kind": "foreign-key",
				 "errors": [{"field": "author", "code": "foreign-key", "detail": "must reference an existing record"}]}
				""".formatted(book));
		assertThat(this.jdbc.queryForObject("select author_id from book", Integer.class)).isEqualTo(this.takenAuthor);
		assertThat(output.getAll()).doesNotContain("Could not commit changes", "RepositoryRestExceptionHandler",
				"999999");
	}

	/** A URI that finds a row: the association resource still answers as Spring Data REST does. */
	@Test
	void anAssociationResourcePutToAUriThatFindsARowStillAnswers204() {
		this.jdbc.update("insert into book (title, author_id) values ('Dune', ?)", this.takenAuthor);
		this.jdbc.update("insert into author (name, email) values ('Second', 'second@example.com')");
		int book = this.jdbc.queryForObject("select id from book", Integer.class);
		int second = this.jdbc.queryForObject("select id from author where name = 'Second'", Integer.class);
		assertThat(http().putUris("/books/" + book + "/author", uri("/authors/" + second)).status()).isEqualTo(204);
		assertThat(this.jdbc.queryForObject("select author_id from book", Integer.class)).isEqualTo(second);
	}

	@Test
	void aForeignKeyToNoRowAnswers404NamingTheMember() {
		http().post("/reviews", """
				{"bookId": 999999, "stars": 5}""").isProblem(404, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found",
				 "status": 404, "detail": "The record referenced by bookId does not exist.",
				 "instance": "/reviews", "kind": "foreign-key", "constraint": "fk_review_book",
				 "errors": [{"pointer": "#/bookId", "field": "bookId", "code": "foreign-key",
				             "detail": "must reference an existing record"}]}
				""");
	}

	@Test
	void deletingAnAuthorWhoseBooksStillReferenceItAnswers409WithoutErrors(CapturedOutput output) {
		this.jdbc.update("insert into book (title, author_id) values ('Dune', ?)", this.takenAuthor);
		http().delete("/authors/" + this.takenAuthor).isProblem(409, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Still referenced", "status": 409,
				 "detail": "The record is still referenced by other records.",
				 "instance": "/authors/%d", "kind": "foreign-key", "constraint": "%s"}
				""".formatted(this.takenAuthor, "fk_book_author"));
		assertThat(output.getAll()).doesNotContain("Could not commit changes");
	}

	/** Spring Data REST saves through the repository's invoker, whose save the starter translates. */
	@Test
	void theRepositoryInvokerSpringDataRestSavesThroughThrowsTheTypedUniqueViolation() {
		Entities.Author author = new Entities.Author();
		author.setName("Other");
		author.setEmail("taken@example.com");
		assertThatExceptionOfType(UniqueViolationException.class)
			.isThrownBy(() -> this.invokers.getInvokerFor(Entities.Author.class).invokeSave(author))
			.satisfies((ex) -> assertThat(ex.violation().fields()).containsExactly("email"));
	}

	/** The delete is flushed at commit, which the starter translates too. */
	@Test
	void theRepositoryInvokerSpringDataRestDeletesThroughThrowsTheTypedForeignKeyViolation() {
		this.jdbc.update("insert into book (title, author_id) values ('Dune', ?)", this.takenAuthor);
		assertThatExceptionOfType(ForeignKeyViolationException.class)
			.isThrownBy(() -> this.invokers.getInvokerFor(Entities.Author.class).invokeDeleteById(this.takenAuthor))
			.satisfies((ex) -> assertThat(ex.violation().isStillReferenced()).isTrue());
	}

}
