package io.github.rootcause.sample.registration;

import java.util.Locale;

import io.github.rootcause.spring.web.ViolationForms;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The server-rendered sign-up form. It inserts; when the database rejects the row, {@link ViolationForms} puts the
 * violation on the form's {@link BindingResult}, so the page shows "email already registered" (the message of
 * {@code uq_registration_email} in {@code application.yml}) next to the email field.
 */
@Controller
class SignupController {

	private final RegistrationRepository registrations;

	private final ViolationForms forms;

	SignupController(RegistrationRepository registrations, ViolationForms forms) {
		this.registrations = registrations;
		this.forms = forms;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("signup", new SignupForm());
		return "signup";
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("signup") SignupForm form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.registrations.saveAndFlush(new Registration(form.getEmail(), form.getName()));
		}
		catch (DataIntegrityViolationException ex) {
			if (this.forms.reject(ex, result, locale)) {
				return "signup";
			}
			throw ex;
		}
		redirect.addAttribute("email", form.getEmail());
		return "redirect:/signup/welcome";
	}

	@GetMapping("/signup/welcome")
	String welcome(@RequestParam String email, Model model) {
		model.addAttribute("email", email);
		return "welcome";
	}

}
