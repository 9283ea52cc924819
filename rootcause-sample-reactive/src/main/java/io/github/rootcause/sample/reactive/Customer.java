package io.github.rootcause.sample.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer; the email is unique ({@code uq_customer_email}), email and name are required.
 *
 * @param id the generated key
 * @param email the email
 * @param name the name
 */
@Table("customer")
record Customer(@Id Long id, String email, String name) {
}
