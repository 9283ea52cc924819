package io.github.rootcause.kotlin

import java.math.BigDecimal

import com.fasterxml.jackson.annotation.JsonProperty

import io.github.rootcause.spring.web.EntityField

/*
 * The request bodies of both shops, read by jackson-module-kotlin: each renames its members with @JsonProperty on
 * another of the places Kotlin can put it, and problems must name the members as the client sends them.
 */

/**
 * A new customer. A bare `@JsonProperty` on a constructor property lands on the constructor parameter only;
 * `@get:` puts it on the getter only.
 */
data class NewCustomer(
	@JsonProperty("e_mail") val email: String,
	@get:JsonProperty("full_name") val name: String?,
)

/** A new order: `@field:` puts the name on the backing field only, `@param:` on the constructor parameter only. */
data class NewOrder(
	@field:JsonProperty("buyer") val customerId: Long?,
	@param:JsonProperty("amount") val total: BigDecimal?,
)

/**
 * An invitation, whose members are named unlike the entity's fields, joined by [EntityField], which Kotlin puts on
 * the constructor parameter: the address the client sends is read through a parameter that is no property and
 * stored normalized under another name; the guest's name is a constructor property.
 */
class Invitation(
	@JsonProperty("e_mail") @EntityField("email") address: String,
	@EntityField("name") val guest: String?,
) {

	val email: String = address.trim().lowercase()

}

/** The answer to a created customer or order. */
data class Created(val id: Long)
