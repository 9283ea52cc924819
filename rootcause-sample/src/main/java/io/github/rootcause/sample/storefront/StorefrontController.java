package io.github.rootcause.sample.storefront;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /storefront/orders/{orderNumber}}: an order that reached the shop from the web store, by event or by
 * import.
 */
@RestController
@Tag(name = "storefront")
class StorefrontController {

	private final JdbcTemplate jdbc;

	StorefrontController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An order of the web store.
	 * @param orderNumber its number in the web store
	 * @param customerEmail the email of its customer
	 * @param total its total
	 */
	record StorefrontOrder(String orderNumber, String customerEmail, BigDecimal total) {
	}

	@GetMapping("/storefront/orders/{orderNumber}")
	@Operation(summary = "Reads an order of the web store")
	@ApiResponse(responseCode = "200", description = "The order")
	@ApiResponse(responseCode = "404", description = "No such order", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	StorefrontOrder order(@PathVariable String orderNumber) {
		List<StorefrontOrder> orders = this.jdbc.query(
				"select order_number, customer_email, total from storefront_order where order_number = ?",
				(row, number) -> new StorefrontOrder(row.getString(1), row.getString(2), row.getBigDecimal(3)),
				orderNumber);
		if (orders.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such order");
		}
		return orders.get(0);
	}

}
