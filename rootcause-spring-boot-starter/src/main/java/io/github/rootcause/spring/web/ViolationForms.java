package io.github.rootcause.spring.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.Errors;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Turns a constraint violation into errors of a form's {@link Errors} (a {@code BindingResult}), so a
 * server-rendered form shows the message next to the field:
 *
 * <pre class="code">
 * catch (DataIntegrityViolationException ex) {
 *     if (forms.reject(ex, bindingResult, locale)) {
 *         return "signup";
 *     }
 *     throw ex;
 * }
 * </pre>
 *
 * <p>Each field of the violation (or of {@code rootcause.constraints.<name>.fields}) that the form has gets a
 * field error with the code {@code rootcause.<kind>} (so {@code messages.properties} can say
 * {@code rootcause.unique.signupForm.email=...}) and the same default message as the problem's {@code errors};
 * a violation with no such field gets a global error.
 */
public final class ViolationForms {

	private final DataSourceResolvers resolvers;

	private final ViolationProblemFactory problems;

	/**
	 * Creates the helper.
	 * @param resolvers resolves the violation behind an exception
	 * @param problems supplies the fields and messages
	 */
	public ViolationForms(DataSourceResolvers resolvers, ViolationProblemFactory problems) {
		this.resolvers = resolvers;
		this.problems = problems;
	}

	/**
	 * Rejects the form's fields for the violation behind an exception.
	 * @param exception any exception
	 * @param errors the form's errors
	 * @param locale the locale of the messages
	 * @return whether a constraint violation was behind the exception (and so errors were added)
	 */
	public boolean reject(Throwable exception, Errors errors, Locale locale) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		cause.ifPresent((c) -> reject(c, errors, locale));
		return cause.isPresent();
	}

	/**
	 * Rejects the form's fields for a violation.
	 * @param cause the violation
	 * @param errors the form's errors
	 * @param locale the locale of the messages
	 */
	public void reject(Cause cause, Errors errors, Locale locale) {
		String code = "rootcause." + ViolationProblemFactory.slug(cause.kind());
		String message = this.problems.errorDetail(cause, locale);
		boolean rejected = false;
		for (String field : this.problems.fields(cause)) {
			if (hasField(errors, field)) {
				errors.rejectValue(field, code, message);
				rejected = true;
			}
		}
		if (!rejected) {
			errors.reject(code, this.problems.problem(cause, null, locale).getDetail());
		}
	}

	private static boolean hasField(Errors errors, String field) {
		try {
			return errors.getFieldType(field) != null;
		}
		catch (NotReadablePropertyException ex) {
			return false;
		}
	}

}
