package io.github.rootcause.spring.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.spring.autoconfigure.RootCauseProperties;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.GeneratedKeys;

/**
 * Builds the RFC 9457 problem for a constraint violation, for both web stacks: Spring MVC reaches it through
 * {@link ViolationProblemFactory}, Spring WebFlux directly, each describing its request as a {@link ProblemRequest}.
 *
 *
 * <pre class="code">
 * {
 *   "type": "urn:rootcause:problem:unique",
 *   "title": "Already exists",
 *   "status": 409,
 *   "detail": "A record with the same email already exists.",
 *   "instance": "/customers",
 *   "kind": "unique",
 *   "constraint": "uq_customer_email",
 *   "errors": [ { "pointer": "#/email", "field": "email", "code": "unique", "detail": "must be unique" } ]
 * }
 * </pre>
 *
 * <p>Statuses come from {@code rootcause.web.status.*}, or {@code rootcause.constraints.<name>.status}. Titles and
 * details come from the {@link MessageSource} for the request's locale, with English defaults: codes
 * {@code rootcause.problem.<kind>.title}, {@code rootcause.problem.<kind>.detail} (with the fields as
 * <code>{0}</code>), {@code rootcause.problem.<kind>.detail.none} (no field known), {@code rootcause.error.<kind>}
 * (each entry of {@code errors}), and {@code rootcause.constraint.<name>} (one constraint, replacing the detail of
 * the problem and of its errors, as {@code rootcause.constraints.<name>.message} does). {@code <kind>} is
 * {@code unique}, {@code not-null}, {@code check}, {@code foreign-key.missing}, {@code foreign-key.referenced},
 * {@code foreign-key} (side unknown) or {@code exclusion}.
 *
 * <p>Fields are named as the request's body names them ({@link RequestBodyNames}): {@code pointer} and
 * {@code field} are its JSON members. An entity field that a body of known type does not hold (the body names it
 * otherwise, or not at all) is named nowhere: it has no entry in {@code errors}, and when no field is left the
 * {@code detail} is the kind's message without fields ({@code rootcause.problem.<kind>.detail.none}), so an answer
 * never names an attribute the client never sent. A request without a body keeps the entity's field names, without
 * {@code pointer} (they may be its parameters or path variables). A violation that nothing in the request explains
 * ({@link #serverFault}) gets a plain 500 problem instead.
 *
 * <p>The body never holds SQL, row values, the database's message, stack traces, or table and column names: only
 * the kind, the constraint name (unless {@code rootcause.web.include-constraint=false}) and the fields. A foreign
 * key whose row is still referenced has no {@code errors}: its fields belong to the referencing entity, not to the
 * request.
 */
public class ViolationProblems {

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final ViolationAnswerLog log = new ViolationAnswerLog();

	private final RootCauseProperties properties;

	private final MessageSource messages;

	private final RequestBodyNames names;

	private final GeneratedKeys generatedKeys;

	/**
	 * Creates a factory that names fields as the entity does and knows no generated keys.
	 * @param properties the {@code rootcause.*} properties
	 * @param messages where titles and details are looked up
	 */
	public ViolationProblems(RootCauseProperties properties, MessageSource messages) {
		this(properties, messages, RequestBodyNames.fieldNames(), (table, column) -> false);
	}

	/**
	 * Creates a factory.
	 * @param properties the {@code rootcause.*} properties
	 * @param messages where titles and details are looked up
	 * @param names the names a request's body gives entity fields
	 * @param generatedKeys which columns hold generated keys
	 */
	public ViolationProblems(RootCauseProperties properties, MessageSource messages, RequestBodyNames names,
			GeneratedKeys generatedKeys) {
		this.properties = properties;
		this.messages = messages;
		this.names = names;
		this.generatedKeys = generatedKeys;
	}

	/**
	 * The problem for a constraint violation. A not-null violation of an association for which the request's body
	 * held nothing but references to rows (Spring Data REST's {@code text/uri-list} body of an association resource,
	 * bound as {@code null} when its URI finds no row) is answered as the reference to no row it is: the problem of a
	 * missing reference, naming the association as the request's path does.
	 * @param violation the violation
	 * @param request the request, whose path becomes the {@code instance}
	 * @param locale the locale of the messages
	 * @return the problem
	 */
	public ProblemDetail problem(Cause violation, @Nullable ProblemRequest request, Locale locale) {
		RequestBodyNames.Body body = this.names.body(request);
		Cause cause = asMissingReference(violation, body);
		if (serverFault(cause, request).isPresent()) {
			ProblemDetail fault = OrderedProblemDetail.withStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
			// Written on every Spring line: Framework 6.2 defaults to it, 7 leaves an unset type out.
			fault.setType(ABOUT_BLANK);
			fault.setInstance(URI.create(request.path()));
			return fault;
		}
		Optional<RootCauseProperties.Constraint> configured = cause.constraint()
			.flatMap(this.properties::constraint);
		String key = key(cause);
		ProblemDetail problem = OrderedProblemDetail.withStatus(status(cause).value());
		problem.setType(URI.create(this.properties.getWeb().getTypeBaseUri() + slug(cause.kind())));
		problem.setTitle(message("rootcause.problem." + key + ".title", null, DefaultMessages.title(key), locale));
		List<Member> fields = members(cause, configured, body);
		String custom = custom(cause, configured, locale);
		String detail;
		if (custom != null) {
			detail = custom;
		}
		else if (fields.isEmpty()) {
			detail = message("rootcause.problem." + key + ".detail.none", null, DefaultMessages.detail(key, null),
					locale);
		}
		else {
			detail = message("rootcause.problem." + key + ".detail",
					new Object[] { String.join(", ", fields.stream().map(Member::name).toList()) },
					DefaultMessages.detail(key, "{0}"), locale);
		}
		problem.setDetail(detail);
		if (request != null) {
			problem.setInstance(URI.create(request.path()));
		}
		problem.setProperty("kind", slug(cause.kind()));
		if (this.properties.getWeb().isIncludeConstraint() && cause.constraint().isPresent()) {
			problem.setProperty("constraint", cause.constraint().get());
		}
		if (!fields.isEmpty() && !cause.isStillReferenced()) {
			String errorDetail = errorDetail(cause, locale);
			List<Map<String, Object>> errors = new ArrayList<>(fields.size());
			for (Member field : fields) {
				Map<String, Object> error = new LinkedHashMap<>();
				if (field.inBody()) {
					error.put("pointer", "#/" + field.name().replace("~", "~0").replace("/", "~1").replace('.', '/'));
				}
				error.put("field", field.name());
				error.put("code", slug(cause.kind()));
				error.put("detail", errorDetail);
				errors.add(error);
			}
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/**
	 * The problem for a {@code DataIntegrityViolationException} (or another data access exception) that is not a
	 * constraint violation: {@code rootcause.web.status.invalid-data} (400) for a data exception (SQLState class
	 * 22: value too long, numeric overflow, bad format), else {@code rootcause.web.status.integrity} (409). Like
	 * every problem here, it says nothing of the SQL, values or the database's message.
	 * @param exception the exception
	 * @param request the request, whose path becomes the {@code instance}
	 * @param locale the locale of the messages
	 * @return the problem
	 */
	public ProblemDetail dataProblem(Throwable exception, @Nullable ProblemRequest request, Locale locale) {
		boolean invalidData = isInvalidData(exception);
		String key = invalidData ? "invalid-data" : "integrity";
		RootCauseProperties.Status statuses = this.properties.getWeb().getStatus();
		ProblemDetail problem = OrderedProblemDetail
			.withStatus(invalidData ? statuses.getInvalidData() : statuses.getIntegrity());
		problem.setType(URI.create(this.properties.getWeb().getTypeBaseUri() + key));
		problem.setTitle(message("rootcause.problem." + key + ".title", null, DefaultMessages.title(key), locale));
		problem.setDetail(message("rootcause.problem." + key + ".detail", null, DefaultMessages.detail(key, null), locale));
		if (request != null) {
			problem.setInstance(URI.create(request.path()));
		}
		return problem;
	}

	/**
	 * Why a violation is the server's fault rather than the client's, when nothing in the request explains it (and
	 * {@code rootcause.web.server-faults} is on): a unique violation on a generated key (an identity or sequence
	 * behind the rows already stored), or a not-null violation on a request without a body (the server, a cascade
	 * say, wrote the null). Such a violation gets a plain 500 problem.
	 * @param cause the violation
	 * @param request the request; may be {@code null}
	 * @return the reason, or empty when the violation is the client's
	 */
	public Optional<String> serverFault(Cause cause, @Nullable ProblemRequest request) {
		if (!this.properties.getWeb().isServerFaults() || request == null) {
			return Optional.empty();
		}
		if (cause.kind() == Kind.UNIQUE && cause.table().isPresent() && !cause.columns().isEmpty()
				&& cause.columns().stream().allMatch((column) -> this.generatedKeys.isGenerated(cause.table().get(),
						column))) {
			return Optional.of("its key is generated, so its identity or sequence is behind the rows already stored");
		}
		if (cause.kind() == Kind.NOT_NULL && this.names.body(request).isAbsent()
				&& cause.fields().stream().noneMatch((field) -> request.parameter(field) != null
						|| request.parameter(field + "Id") != null)) {
			return Optional.of("the request has no body, so the server wrote the null");
		}
		return Optional.empty();
	}

	/**
	 * The problem for a resolved violation, logged: at DEBUG when answered with a 4xx (kind, constraint, table and
	 * columns, no values), and once per constraint at WARN when nothing tailors its problem; at ERROR with its
	 * exception when it is the server's fault ({@link #serverFault}).
	 * @param cause the violation
	 * @param exception the exception that carries it
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem
	 */
	public ProblemDetail answer(Cause cause, Throwable exception, ProblemRequest request, Locale locale) {
		Optional<String> fault = serverFault(cause, request);
		if (fault.isPresent()) {
			this.log.fault(cause, fault.get(), request, exception);
		}
		else {
			this.log.untailored(cause, () -> isTailored(cause, locale));
		}
		ProblemDetail problem = problem(cause, request, locale);
		if (fault.isEmpty()) {
			this.log.answered(cause, problem, request);
		}
		return problem;
	}

	/**
	 * The problem for a data integrity problem that is no constraint violation ({@link #dataProblem}), logged at
	 * DEBUG.
	 * @param exception the exception
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem
	 */
	public ProblemDetail answerDataProblem(Throwable exception, @Nullable ProblemRequest request, Locale locale) {
		ProblemDetail problem = dataProblem(exception, request, locale);
		this.log.answeredDataProblem(exception, problem);
		return problem;
	}

	/**
	 * Whether the problem for a violation is tailored to its constraint, by a {@code rootcause.constraints.<name>}
	 * entry or a {@code rootcause.constraint.<name>} message.
	 * @param cause the violation
	 * @param locale the locale of the messages
	 * @return whether its constraint is named in the configuration or the messages
	 */
	public boolean isTailored(Cause cause, Locale locale) {
		String name = cause.constraint().orElse(null);
		return name != null
				&& (this.properties.constraint(name).isPresent() || constraintMessage(name, locale) != null);
	}

	/**
	 * Where the {@code detail} of a violation's problem comes from: the code {@code rootcause.constraint.<name>}
	 * when the message source has that message, else the constraint's configured
	 * {@code rootcause.constraints.<name>.message}, else the code of the kind's default detail.
	 * @param cause the violation
	 * @param locale the locale of the messages
	 * @return the message code, or the configured message
	 */
	public String detailSource(Cause cause, Locale locale) {
		String name = cause.constraint().orElse(null);
		if (name != null && constraintMessage(name, locale) != null) {
			return "rootcause.constraint." + name;
		}
		Optional<String> configured = Optional.ofNullable(name)
			.flatMap(this.properties::constraint)
			.map(RootCauseProperties.Constraint::getMessage);
		return configured.orElseGet(() -> "rootcause.problem." + key(cause) + ".detail");
	}

	/**
	 * The fields to report for a violation: its constraint's {@code rootcause.constraints.<name>.fields}, else the
	 * entity fields the resolver found.
	 * @param cause the violation
	 * @return the field names, possibly empty
	 */
	public List<String> fields(Cause cause) {
		return fields(cause, cause.constraint().flatMap(this.properties::constraint));
	}

	/**
	 * The message for one field of a violation, as in the problem's {@code errors}.
	 * @param cause the violation
	 * @param locale the locale of the message
	 * @return the message
	 */
	public String errorDetail(Cause cause, Locale locale) {
		String custom = custom(cause, cause.constraint().flatMap(this.properties::constraint), locale);
		String key = key(cause);
		return (custom != null) ? custom : message("rootcause.error." + key, null, DefaultMessages.error(key), locale);
	}

	/**
	 * The status for a violation: its constraint's {@code rootcause.constraints.<name>.status}, else the one for its
	 * kind.
	 * @param cause the violation
	 * @return the status
	 */
	public HttpStatusCode status(Cause cause) {
		Optional<Integer> configured = cause.constraint()
			.flatMap(this.properties::constraint)
			.map(RootCauseProperties.Constraint::getStatus);
		if (configured.isPresent()) {
			return HttpStatusCode.valueOf(configured.get());
		}
		RootCauseProperties.Status statuses = this.properties.getWeb().getStatus();
		return HttpStatusCode.valueOf(switch (cause.kind()) {
			case UNIQUE -> statuses.getUnique();
			case NOT_NULL -> statuses.getNotNull();
			case CHECK -> statuses.getCheck();
			case FOREIGN_KEY -> cause.isMissingReference() ? statuses.getForeignKeyMissing()
					: statuses.getForeignKeyReferenced();
			case EXCLUSION -> statuses.getExclusion();
		});
	}

	/**
	 * The name of a kind in problem bodies: {@code unique}, {@code not-null}, {@code check}, {@code foreign-key},
	 * {@code exclusion}.
	 * @param kind the kind
	 * @return its name
	 */
	public static String slug(Kind kind) {
		return switch (kind) {
			case UNIQUE -> "unique";
			case NOT_NULL -> "not-null";
			case CHECK -> "check";
			case FOREIGN_KEY -> "foreign-key";
			case EXCLUSION -> "exclusion";
		};
	}

	private static String key(Cause cause) {
		if (cause.kind() != Kind.FOREIGN_KEY) {
			return slug(cause.kind());
		}
		Optional<Reference> reference = cause.reference();
		if (reference.isEmpty()) {
			return "foreign-key";
		}
		return (reference.get() == Reference.MISSING) ? "foreign-key.missing" : "foreign-key.referenced";
	}

	private static List<String> fields(Cause cause, Optional<RootCauseProperties.Constraint> configured) {
		if (configured.isPresent() && !configured.get().getFields().isEmpty()) {
			return List.copyOf(configured.get().getFields());
		}
		return cause.fields();
	}

	/**
	 * The fields to report, named as the request's body names them (configured fields are the client's); a field
	 * that a body does not hold is left out.
	 */
	private List<Member> members(Cause cause, Optional<RootCauseProperties.Constraint> configured,
			RequestBodyNames.Body body) {
		if (configured.isPresent() && !configured.get().getFields().isEmpty()) {
			return configured.get().getFields().stream().map((field) -> new Member(field, true)).toList();
		}
		if (cause.fields().isEmpty()) {
			return List.of();
		}
		List<Member> members = new ArrayList<>(cause.fields().size());
		for (String field : cause.fields()) {
			Optional<String> member = body.member(field);
			Optional<RequestBodyNames.References> references = body.references()
				.filter((association) -> association.field().equals(field));
			if (member.isPresent()) {
				members.add(new Member(member.get(), true));
			}
			else if (references.isPresent()) {
				members.add(new Member(references.get().name(), false));
			}
			else if (body.isAbsent()) {
				members.add(new Member(field, false));
			}
		}
		return members;
	}

	/**
	 * A not-null violation of the one association whose references to rows are all the request's body holds (a
	 * {@code text/uri-list} body of a Spring Data REST association resource), read as what it is to the client: a
	 * reference to a row that does not exist, which the framework bound as {@code null}. Any other violation as it is.
	 */
	private static Cause asMissingReference(Cause cause, RequestBodyNames.Body body) {
		Optional<RequestBodyNames.References> references = body.references();
		if (cause.kind() != Kind.NOT_NULL || references.isEmpty()
				|| !cause.fields().equals(List.of(references.get().field()))) {
			return cause;
		}
		Cause reference = Cause.of(Kind.FOREIGN_KEY).withFields(cause.fields()).withReference(Reference.MISSING);
		reference = cause.table().map(reference::withTable).orElse(reference);
		reference = cause.entity().map(reference::withEntity).orElse(reference);
		return reference.withColumns(cause.columns());
	}

	/** A field as the client names it, and whether the request's body holds it. */
	private record Member(String name, boolean inBody) {
	}

	private @Nullable String custom(Cause cause, Optional<RootCauseProperties.Constraint> configured,
			Locale locale) {
		String message = cause.constraint().map((name) -> constraintMessage(name, locale)).orElse(null);
		return (message != null) ? message : configured.map(RootCauseProperties.Constraint::getMessage).orElse(null);
	}

	/**
	 * The {@code rootcause.constraint.<name>} message, not its code (which a message source set to use codes as
	 * default messages answers for every constraint).
	 */
	private @Nullable String constraintMessage(String name, Locale locale) {
		String code = "rootcause.constraint." + name;
		String message = this.messages.getMessage(code, null, null, locale);
		return (message != null && !message.equals(code)) ? message : null;
	}

	private String message(String code, Object @Nullable [] arguments, String fallback, Locale locale) {
		String message = this.messages.getMessage(code, arguments, fallback, locale);
		return (message != null) ? message : fallback;
	}

	/**
	 * Whether an exception is a data integrity problem that rootcause answers though it is no constraint
	 * violation: a {@code DataIntegrityViolationException} in its chain of causes, or a data exception (SQLState
	 * class 22).
	 * @param exception any exception; may be {@code null}
	 * @return whether it gets the "data integrity violation" or "invalid data" problem
	 */
	public static boolean isIntegrityProblem(@Nullable Throwable exception) {
		return DataSourceResolvers.inChain(exception, DataIntegrityViolationException.class::isInstance).isPresent()
				|| isInvalidData(exception);
	}

	/**
	 * Whether a data exception is behind an exception: an {@link SQLException} of SQLState class 22 (value too
	 * long, numeric overflow, bad format) in its chain of causes.
	 * @param exception any exception; may be {@code null}
	 * @return whether it gets the "invalid data" problem rather than the "data integrity violation" one
	 */
	public static boolean isInvalidData(@Nullable Throwable exception) {
		return DataSourceResolvers.inChain(exception, (candidate) -> candidate instanceof SQLException sql
				&& sql.getSQLState() != null && sql.getSQLState().startsWith("22")).isPresent();
	}

}
