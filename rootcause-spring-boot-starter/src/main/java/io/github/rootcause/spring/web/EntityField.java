package io.github.rootcause.spring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which entity field a property of a request body carries, when their names differ and the
 * {@code Id} rule does not join them. A violation of that field then points at this property in its problem's
 * {@code errors}:
 *
 * <pre class="code">
 * record SignupRequest(&#64;EntityField("username") String login, String email) {
 * }
 * </pre>
 *
 * Without it, a property carries the entity field of the same name, or, for a reference, the field whose name
 * with {@code Id} appended is the property's ({@code customerId} carries {@code customer}).
 *
 * <p>It may also annotate the constructor parameter that the JSON mapper reads the property through: where Kotlin
 * puts it on a constructor property ({@code class SignupRequest(@EntityField("username") val login: String)}), and
 * on a parameter that is no property at all ({@code class Invitation(@JsonProperty("e_mail") @EntityField("email")
 * address: String) { val email = address.lowercase() }}).
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EntityField {

	/**
	 * The entity field, as rootcause reports it (an attribute name, or a path such as {@code address.city}).
	 * @return the entity field
	 */
	String value();

}
