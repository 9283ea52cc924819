package io.github.rootcause.spring.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.spring.autoconfigure.RootCauseProperties;
import io.github.rootcause.spring.jdbc.GeneratedKeys;

/**
 * Builds the RFC 9457 problem for a constraint violation answered by Spring MVC: the servlet side of
 * {@link ViolationProblems}, which builds the problems of both web stacks (its Javadoc shows the body, the
 * properties and the messages). Each method reads the servlet request as a {@link ProblemRequest} and asks the
 * shared factory.
 */
public class ViolationProblemFactory {

	private final ViolationProblems problems;

	/**
	 * Creates a factory that names fields as the entity does and knows no generated keys.
	 * @param properties the {@code rootcause.*} properties
	 * @param messages where titles and details are looked up
	 */
	public ViolationProblemFactory(RootCauseProperties properties, MessageSource messages) {
		this(new ViolationProblems(properties, messages));
	}

	/**
	 * Creates a factory.
	 * @param properties the {@code rootcause.*} properties
	 * @param messages where titles and details are looked up
	 * @param names the names a request's body gives entity fields
	 * @param generatedKeys which columns hold generated keys
	 */
	public ViolationProblemFactory(RootCauseProperties properties, MessageSource messages, RequestBodyNames names,
			GeneratedKeys generatedKeys) {
		this(new ViolationProblems(properties, messages, names, generatedKeys));
	}

	/**
	 * Creates a factory over the shared one.
	 * @param problems the factory both web stacks share
	 */
	public ViolationProblemFactory(ViolationProblems problems) {
		this.problems = problems;
	}

	/**
	 * The factory both web stacks share, which this one asks.
	 * @return the shared factory
	 */
	public ViolationProblems problems() {
		return this.problems;
	}

	/**
	 * The problem for a constraint violation, see {@link ViolationProblems#problem}.
	 * @param cause the violation
	 * @param request the request, whose path becomes the {@code instance}
	 * @param locale the locale of the messages
	 * @return the problem
	 */
	public ProblemDetail problem(Cause cause, @Nullable HttpServletRequest request, Locale locale) {
		return this.problems.problem(cause, of(request), locale);
	}

	/**
	 * The problem for a data access exception that is no constraint violation, see
	 * {@link ViolationProblems#dataProblem}.
	 * @param exception the exception
	 * @param request the request, whose path becomes the {@code instance}
	 * @param locale the locale of the messages
	 * @return the problem
	 */
	public ProblemDetail dataProblem(Throwable exception, @Nullable HttpServletRequest request, Locale locale) {
		return this.problems.dataProblem(exception, of(request), locale);
	}

	/**
	 * Why a violation is the server's fault rather than the client's, see {@link ViolationProblems#serverFault}.
	 * @param cause the violation
	 * @param request the request; may be {@code null}
	 * @return the reason, or empty when the violation is the client's
	 */
	public Optional<String> serverFault(Cause cause, @Nullable HttpServletRequest request) {
		return this.problems.serverFault(cause, of(request));
	}

	/**
	 * Whether the problem for a violation is tailored to its constraint, see {@link ViolationProblems#isTailored}.
	 * @param cause the violation
	 * @param locale the locale of the messages
	 * @return whether its constraint is named in the configuration or the messages
	 */
	public boolean isTailored(Cause cause, Locale locale) {
		return this.problems.isTailored(cause, locale);
	}

	/**
	 * Where the {@code detail} of a violation's problem comes from, see {@link ViolationProblems#detailSource}.
	 * @param cause the violation
	 * @param locale the locale of the messages
	 * @return the message code, or the configured message
	 */
	public String detailSource(Cause cause, Locale locale) {
		return this.problems.detailSource(cause, locale);
	}

	/**
	 * The fields to report for a violation, see {@link ViolationProblems#fields}.
	 * @param cause the violation
	 * @return the field names, possibly empty
	 */
	public List<String> fields(Cause cause) {
		return this.problems.fields(cause);
	}

	/**
	 * The message for one field of a violation, see {@link ViolationProblems#errorDetail}.
	 * @param cause the violation
	 * @param locale the locale of the message
	 * @return the message
	 */
	public String errorDetail(Cause cause, Locale locale) {
		return this.problems.errorDetail(cause, locale);
	}

	/**
	 * The status for a violation, see {@link ViolationProblems#status}.
	 * @param cause the violation
	 * @return the status
	 */
	public HttpStatusCode status(Cause cause) {
		return this.problems.status(cause);
	}

	/**
	 * The name of a kind in problem bodies, see {@link ViolationProblems#slug}.
	 * @param kind the kind
	 * @return its name
	 */
	public static String slug(Kind kind) {
		return ViolationProblems.slug(kind);
	}

	/**
	 * Whether a data exception is behind an exception, see {@link ViolationProblems#isInvalidData}.
	 * @param exception any exception; may be {@code null}
	 * @return whether it gets the "invalid data" problem rather than the "data integrity violation" one
	 */
	public static boolean isInvalidData(@Nullable Throwable exception) {
		return ViolationProblems.isInvalidData(exception);
	}

	private static @Nullable ProblemRequest of(@Nullable HttpServletRequest request) {
		return (request != null) ? ServletProblemRequest.of(request) : null;
	}

}
