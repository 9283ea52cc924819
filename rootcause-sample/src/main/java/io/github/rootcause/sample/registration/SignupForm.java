package io.github.rootcause.sample.registration;

/**
 * What the sign-up form posts.
 */
public class SignupForm {

	private String email;

	private String name;

	/**
	 * The email to register.
	 * @return the email
	 */
	public String getEmail() {
		return this.email;
	}

	/**
	 * Sets the email to register.
	 * @param email the email
	 */
	public void setEmail(String email) {
		this.email = email;
	}

	/**
	 * The name to register.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Sets the name to register.
	 * @param name the name
	 */
	public void setName(String name) {
		this.name = name;
	}

}
