package io.github.rootcause.reactive.handlers;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member, mapped so that rootcause names its columns as fields.
 *
 * @param id the generated key
 * @param handle the unique handle
 * @param age the age, 18 or more
 */
@Table("member")
record Member(@Id Long id, String handle, Integer age) {
}
