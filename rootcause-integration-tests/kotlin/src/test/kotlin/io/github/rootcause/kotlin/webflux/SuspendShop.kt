package io.github.rootcause.kotlin.webflux

import java.math.BigDecimal

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.data.annotation.Id
import org.springframework.data.relational.core.mapping.Table
import org.springframework.data.repository.kotlin.CoroutineCrudRepository
import org.springframework.http.HttpStatus
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.ResponseStatus
import org.springframework.web.bind.annotation.RestController

import io.github.rootcause.kotlin.Created
import io.github.rootcause.kotlin.Invitation
import io.github.rootcause.kotlin.NewCustomer
import io.github.rootcause.kotlin.NewOrder

/**
 * The shop on Spring WebFlux, with suspending handlers over Spring Data R2DBC's coroutine repositories: nothing
 * checks a constraint but the database.
 */
@SpringBootApplication
class SuspendShop

@Table("customer")
data class CustomerRow(@Id val id: Long? = null, val email: String?, val name: String?)

@Table("purchase_order")
data class OrderRow(@Id val id: Long? = null, val customerId: Long?, val total: BigDecimal?)

interface CustomerRows : CoroutineCrudRepository<CustomerRow, Long>

interface OrderRows : CoroutineCrudRepository<OrderRow, Long>

@RestController
class SuspendShopController(private val customers: CustomerRows, private val orders: OrderRows) {

	@PostMapping("/customers")
	@ResponseStatus(HttpStatus.CREATED)
	suspend fun createCustomer(@RequestBody request: NewCustomer): Created =
		Created(this.customers.save(CustomerRow(email = request.email, name = request.name)).id!!)

	@PostMapping("/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	suspend fun invite(@RequestBody request: Invitation): Created =
		Created(this.customers.save(CustomerRow(email = request.email, name = request.guest)).id!!)

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	suspend fun createOrder(@RequestBody request: NewOrder): Created =
		Created(this.orders.save(OrderRow(customerId = request.customerId, total = request.total)).id!!)

}
