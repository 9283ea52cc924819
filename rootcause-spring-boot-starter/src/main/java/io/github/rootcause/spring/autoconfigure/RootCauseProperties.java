package io.github.rootcause.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.rootcause.Naming;
import io.github.rootcause.spring.messaging.MessageOutcome;

/**
 * Configuration properties under {@code rootcause.*}.
 */
@ConfigurationProperties("rootcause")
public class RootCauseProperties {

	/**
	 * Whether rootcause's auto-configuration applies at all.
	 */
	private boolean enabled = true;

	private final Toggle jdbc = new Toggle();

	private final Toggle r2dbc = new Toggle();

	private final Toggle jpa = new Toggle();

	private final Toggle mybatis = new Toggle();

	private final Toggle jooq = new Toggle();

	private final Toggle metrics = new Toggle();

	private final Toggle graphql = new Toggle();

	private final Web web = new Web();

	private final Toggle openapi = new Toggle();

	private final Validation validation = new Validation();

	private final Catalog catalog = new Catalog();

	private final Messaging messaging = new Messaging();

	private final Batch batch = new Batch();

	/**
	 * How constraint, table and column names are spelled in problems, metrics, message headers, log lines and the
	 * Actuator endpoint: 'declared' (as the entity model declares a constraint's name; else a name that H2, HSQLDB,
	 * Derby, Oracle or Db2 reports all in upper case in lower case, as PostgreSQL and MariaDB report it; names the
	 * database generated as reported), or 'as-reported' (as the database reports them, for applications that quote
	 * upper-case names on purpose).
	 */
	private Naming names = Naming.DECLARED;

	/**
	 * Per constraint (by name, as declared or as the database stores it; matched case-insensitively, ignoring '_'
	 * and '-'; use brackets to keep a name exactly, e.g. rootcause.constraints.[UQ_CUSTOMER_EMAIL].message): the
	 * message, fields and status of the problem answered for a violation of it.
	 */
	private Map<String, Constraint> constraints = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Toggle getJdbc() {
		return this.jdbc;
	}

	public Toggle getR2dbc() {
		return this.r2dbc;
	}

	public Toggle getJpa() {
		return this.jpa;
	}

	public Toggle getMybatis() {
		return this.mybatis;
	}

	public Toggle getJooq() {
		return this.jooq;
	}

	public Toggle getMetrics() {
		return this.metrics;
	}

	public Toggle getGraphql() {
		return this.graphql;
	}

	public Web getWeb() {
		return this.web;
	}

	public Toggle getOpenapi() {
		return this.openapi;
	}

	public Catalog getCatalog() {
		return this.catalog;
	}

	public Messaging getMessaging() {
		return this.messaging;
	}

	public Batch getBatch() {
		return this.batch;
	}

	public Validation getValidation() {
		return this.validation;
	}

	public Naming getNames() {
		return this.names;
	}

	public void setNames(Naming names) {
		this.names = names;
	}

	public Map<String, Constraint> getConstraints() {
		return this.constraints;
	}

	public void setConstraints(Map<String, Constraint> constraints) {
		this.constraints = constraints;
	}

	/**
	 * The configuration of a constraint, looked up case-insensitively and ignoring '_' and '-'.
	 * @param name the constraint name
	 * @return its configuration, or empty
	 */
	public Optional<Constraint> constraint(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String key = normalized(name);
		for (Map.Entry<String, Constraint> entry : this.constraints.entrySet()) {
			if (normalized(entry.getKey()).equals(key)) {
				return Optional.of(entry.getValue());
			}
		}
		return Optional.empty();
	}

	static String normalized(String name) {
		StringBuilder key = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c != '_' && c != '-' && c != '[' && c != ']') {
				key.append(c);
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether one of rootcause's integrations applies; each key's description is in the additional metadata.
	 */
	public static class Toggle {

		/**
		 * Whether the integration applies.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Spring MVC problem responses.
	 */
	public static class Web {

		/**
		 * Whether constraint violations are answered with application/problem+json and handler methods annotated
		 * with @OnUniqueViolation and its siblings are invoked.
		 */
		private boolean enabled = true;

		/**
		 * The base of each problem's "type" URI; the kind (unique, not-null, check, foreign-key, exclusion) is
		 * appended.
		 */
		private String typeBaseUri = "urn:rootcause:problem:";

		/**
		 * Whether the body names the violated constraint in the "constraint" member.
		 */
		private boolean includeConstraint = true;

		/**
		 * Whether a violation that nothing in the request explains is answered as the server's fault (a plain 500
		 * problem, logged at ERROR): a unique violation on a generated key, or a not-null violation on a request
		 * without a body.
		 */
		private boolean serverFaults = true;

		private final Status status = new Status();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getTypeBaseUri() {
			return this.typeBaseUri;
		}

		public void setTypeBaseUri(String typeBaseUri) {
			this.typeBaseUri = typeBaseUri;
		}

		public boolean isIncludeConstraint() {
			return this.includeConstraint;
		}

		public void setIncludeConstraint(boolean includeConstraint) {
			this.includeConstraint = includeConstraint;
		}

		public boolean isServerFaults() {
			return this.serverFaults;
		}

		public void setServerFaults(boolean serverFaults) {
			this.serverFaults = serverFaults;
		}

		public Status getStatus() {
			return this.status;
		}

	}

	/**
	 * HTTP statuses by kind of violation.
	 */
	public static class Status {

		/**
		 * Status for a unique (or primary key) violation.
		 */
		private int unique = 409;

		/**
		 * Status for a not-null violation.
		 */
		private int notNull = 422;

		/**
		 * Status for a check constraint violation.
		 */
		private int check = 422;

		/**
		 * Status for a foreign key violation whose referenced row is missing (insert or update of a child).
		 */
		private int foreignKeyMissing = 404;

		/**
		 * Status for a foreign key violation whose row is still referenced (delete or update of a parent), and
		 * for a foreign key violation whose side is not known.
		 */
		private int foreignKeyReferenced = 409;

		/**
		 * Status for an exclusion constraint violation.
		 */
		private int exclusion = 409;

		/**
		 * Status for a DataIntegrityViolationException that is a data exception (SQLState class 22: value too
		 * long, numeric overflow, invalid format) rather than a constraint violation.
		 */
		private int invalidData = 400;

		/**
		 * Status for any other DataIntegrityViolationException that names no constraint.
		 */
		private int integrity = 409;

		public int getUnique() {
			return this.unique;
		}

		public void setUnique(int unique) {
			this.unique = unique;
		}

		public int getNotNull() {
			return this.notNull;
		}

		public void setNotNull(int notNull) {
			this.notNull = notNull;
		}

		public int getCheck() {
			return this.check;
		}

		public void setCheck(int check) {
			this.check = check;
		}

		public int getForeignKeyMissing() {
			return this.foreignKeyMissing;
		}

		public void setForeignKeyMissing(int foreignKeyMissing) {
			this.foreignKeyMissing = foreignKeyMissing;
		}

		public int getForeignKeyReferenced() {
			return this.foreignKeyReferenced;
		}

		public void setForeignKeyReferenced(int foreignKeyReferenced) {
			this.foreignKeyReferenced = foreignKeyReferenced;
		}

		public int getExclusion() {
			return this.exclusion;
		}

		public void setExclusion(int exclusion) {
			this.exclusion = exclusion;
		}

		public int getInvalidData() {
			return this.invalidData;
		}

		public void setInvalidData(int invalidData) {
			this.invalidData = invalidData;
		}

		public int getIntegrity() {
			return this.integrity;
		}

		public void setIntegrity(int integrity) {
			this.integrity = integrity;
		}

	}

	/**
	 * The problem answered for one constraint.
	 */
	public static class Constraint {

		/**
		 * The "detail" of the problem, and of each entry of its "errors"; a MessageSource code
		 * rootcause.constraint.{name} takes precedence for the request's locale.
		 */
		private String message;

		/**
		 * The field names to report in "errors", for when the client's names differ from the entity's.
		 */
		private List<String> fields = new ArrayList<>();

		/**
		 * The HTTP status, instead of the one for the kind.
		 */
		private Integer status;

		/**
		 * What becomes of a message (or a batch item) whose processing violated this constraint, instead of the
		 * outcome for its kind under rootcause.messaging: acknowledge, retry or dead-letter.
		 */
		private MessageOutcome onMessage;

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public List<String> getFields() {
			return this.fields;
		}

		public void setFields(List<String> fields) {
			this.fields = fields;
		}

		public Integer getStatus() {
			return this.status;
		}

		public void setStatus(Integer status) {
			this.status = status;
		}

		public MessageOutcome getOnMessage() {
			return this.onMessage;
		}

		public void setOnMessage(MessageOutcome onMessage) {
			this.onMessage = onMessage;
		}

	}

	/**
	 * What becomes of a message, or a batch item, whose processing violated a constraint, by kind.
	 */
	public static class Messaging {

		/**
		 * Whether rootcause decides the outcome of the violations of message listeners.
		 */
		private boolean enabled = true;

		/**
		 * The outcome of a unique violation (a business duplicate). Name the constraint under
		 * rootcause.constraints.<name>.on-message to acknowledge duplicate deliveries instead.
		 */
		private MessageOutcome unique = MessageOutcome.DEAD_LETTER;

		/**
		 * The outcome of a not-null violation.
		 */
		private MessageOutcome notNull = MessageOutcome.DEAD_LETTER;

		/**
		 * The outcome of a check violation.
		 */
		private MessageOutcome check = MessageOutcome.DEAD_LETTER;

		/**
		 * The outcome of a foreign key whose referenced row is missing (it may arrive later).
		 */
		private MessageOutcome foreignKeyMissing = MessageOutcome.RETRY;

		/**
		 * The outcome of a foreign key whose row is still referenced.
		 */
		private MessageOutcome foreignKeyReferenced = MessageOutcome.DEAD_LETTER;

		/**
		 * The outcome of an exclusion violation.
		 */
		private MessageOutcome exclusion = MessageOutcome.DEAD_LETTER;

		private final Retry retry = new Retry();

		private final Rabbit rabbit = new Rabbit();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public MessageOutcome getUnique() {
			return this.unique;
		}

		public void setUnique(MessageOutcome unique) {
			this.unique = unique;
		}

		public MessageOutcome getNotNull() {
			return this.notNull;
		}

		public void setNotNull(MessageOutcome notNull) {
			this.notNull = notNull;
		}

		public MessageOutcome getCheck() {
			return this.check;
		}

		public void setCheck(MessageOutcome check) {
			this.check = check;
		}

		public MessageOutcome getForeignKeyMissing() {
			return this.foreignKeyMissing;
		}

		public void setForeignKeyMissing(MessageOutcome foreignKeyMissing) {
			this.foreignKeyMissing = foreignKeyMissing;
		}

		public MessageOutcome getForeignKeyReferenced() {
			return this.foreignKeyReferenced;
		}

		public void setForeignKeyReferenced(MessageOutcome foreignKeyReferenced) {
			this.foreignKeyReferenced = foreignKeyReferenced;
		}

		public MessageOutcome getExclusion() {
			return this.exclusion;
		}

		public void setExclusion(MessageOutcome exclusion) {
			this.exclusion = exclusion;
		}

		public Retry getRetry() {
			return this.retry;
		}

		public Rabbit getRabbit() {
			return this.rabbit;
		}

	}

	/**
	 * Spring AMQP (RabbitMQ) listeners.
	 */
	public static class Rabbit {

		/**
		 * Whether rootcause applies the outcomes of violations to the listeners of every Rabbit listener container
		 * factory.
		 */
		private boolean enabled = true;

		/**
		 * The exchange violations are dead-lettered to, with rootcause's headers, from a queue whose Queue bean
		 * names no x-dead-letter-exchange (the received routing key is kept). Without either, a violation to
		 * dead-letter is rejected without requeueing.
		 */
		private String deadLetterExchange = "";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getDeadLetterExchange() {
			return this.deadLetterExchange;
		}

		public void setDeadLetterExchange(String deadLetterExchange) {
			this.deadLetterExchange = deadLetterExchange;
		}

	}

	/**
	 * Spring Batch: the skip policy and skip report of chunk-oriented steps.
	 */
	public static class Batch {

		/**
		 * Whether the ViolationSkipPolicy and ViolationSkipListener beans are defined, for the application to put
		 * on its fault-tolerant steps.
		 */
		private boolean enabled = true;

		/**
		 * The most items a step skips for constraint violations (acknowledged ones not counted) before it fails: more
		 * than that is a job failing as a whole (a wrong input, a reference table left empty), not bad rows.
		 */
		private long skipLimit = 1000;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public long getSkipLimit() {
			return this.skipLimit;
		}

		public void setSkipLimit(long skipLimit) {
			this.skipLimit = skipLimit;
		}

	}

	/**
	 * How a violation whose outcome is retry is retried.
	 */
	public static class Retry {

		/**
		 * Deliveries in all, the first included, before the message is dead-lettered.
		 */
		private int maxAttempts = 5;

		/**
		 * The wait before the first retry.
		 */
		private Duration initialInterval = Duration.ofSeconds(1);

		/**
		 * The factor each wait is multiplied by for the next.
		 */
		private double multiplier = 2.0;

		/**
		 * The longest wait.
		 */
		private Duration maxInterval = Duration.ofSeconds(10);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

	}

	/**
	 * Startup checks.
	 */
	public static class Validation {

		/**
		 * What to do at startup when a constraint name used in rootcause.constraints or in a handler annotation
		 * exists neither in Hibernate's mapping nor in a data source's catalog: fail, warn or ignore.
		 */
		private Mode mode = Mode.FAIL;

		public Mode getMode() {
			return this.mode;
		}

		public void setMode(Mode mode) {
			this.mode = mode;
		}

	}

	/**
	 * What to do about a constraint name that does not exist.
	 */
	public enum Mode {

		/** Fail startup, listing the names that exist. */
		FAIL,

		/** Log a warning, listing the names that exist. */
		WARN,

		/** Do not check. */
		IGNORE

	}

	/**
	 * When and how the database catalogs are read.
	 */
	public static class Catalog {

		/**
		 * The longest a violation waits for the first read of its data source's catalog, when the read is under
		 * way; past it the violation is answered from what the database reported, and later ones get the catalog.
		 */
		private Duration wait = Duration.ofMillis(100);

		/**
		 * The longest startup waits for the catalogs, which are read when the application context starts (before
		 * the web server takes requests); past it the application starts and the reads go on.
		 */
		private Duration startupWait = Duration.ofSeconds(10);

		/**
		 * How long a failed or partial catalog read waits before it is tried again, and the least time between two
		 * reads caused by violations of constraints a catalog lacks.
		 */
		private Duration refreshInterval = Duration.ofSeconds(10);

		/**
		 * On PostgreSQL, MariaDB and MySQL, schemas (databases) to read besides the one each connection uses; others
		 * are read when a violation first names them.
		 */
		private List<String> schemas = new ArrayList<>();

		public List<String> getSchemas() {
			return this.schemas;
		}

		public void setSchemas(List<String> schemas) {
			this.schemas = schemas;
		}

		public Duration getWait() {
			return this.wait;
		}

		public void setWait(Duration wait) {
			this.wait = wait;
		}

		public Duration getStartupWait() {
			return this.startupWait;
		}

		public void setStartupWait(Duration startupWait) {
			this.startupWait = startupWait;
		}

		public Duration getRefreshInterval() {
			return this.refreshInterval;
		}

		public void setRefreshInterval(Duration refreshInterval) {
			this.refreshInterval = refreshInterval;
		}

	}

}
