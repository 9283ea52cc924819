package io.github.rootcause.kotlin.mvc

import java.math.BigDecimal

import jakarta.persistence.Entity
import jakarta.persistence.FetchType
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import jakarta.persistence.JoinColumn
import jakarta.persistence.ManyToOne
import jakarta.persistence.Table

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration
import org.springframework.data.jpa.repository.JpaRepository
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
 * The shop on Spring MVC and JPA, in Kotlin: nothing checks a constraint but the database. R2DBC, on the class path
 * for the WebFlux shop, is left out: with a connection factory Spring Boot makes no data source.
 */
@SpringBootApplication(exclude = [R2dbcAutoConfiguration::class])
class MvcShop

@Entity
@Table(name = "customer")
class Customer(var email: String?, var name: String?) {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	var id: Long? = null

}

@Entity
@Table(name = "purchase_order")
class PurchaseOrder(
	@ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_id") var customer: Customer?,
	var total: BigDecimal?,
) {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	var id: Long? = null

}

interface Customers : JpaRepository<Customer, Long>

interface PurchaseOrders : JpaRepository<PurchaseOrder, Long>

@RestController
class ShopController(private val customers: Customers, private val orders: PurchaseOrders) {

	@PostMapping("/customers")
	@ResponseStatus(HttpStatus.CREATED)
	fun createCustomer(@RequestBody request: NewCustomer): Created =
		Created(this.customers.save(Customer(request.email, request.name)).id!!)

	@PostMapping("/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	fun invite(@RequestBody request: Invitation): Created =
		Created(this.customers.save(Customer(request.email, request.guest)).id!!)

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	fun createOrder(@RequestBody request: NewOrder): Created {
		val customer = request.customerId?.let(this.customers::getReferenceById)
		return Created(this.orders.save(PurchaseOrder(customer, request.total)).id!!)
	}

}
