package io.github.rootcause.sample.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A registration; the email is unique ({@code uq_registration_email}) and looks like one
 * ({@code ck_registration_email}).
 *
 * @param id the generated key
 * @param email the email
 * @param name the name, optional
 */
@Table("registration")
record Registration(@Id Long id, String email, String name) {
}
