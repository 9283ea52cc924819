package io.github.rootcause.sample.shop;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the shop's API reads and writes: plain records, so the JSON is exactly what is declared here.
 */
final class ShopApi {

	private ShopApi() {
	}

	record NewCustomer(String email, String name) {
	}

	record CustomerView(Long id, String email, String name) {

		static CustomerView of(Customer customer) {
			return new CustomerView(customer.getId(), customer.getEmail(), customer.getName());
		}

	}

	record NewProduct(String sku, String name, BigDecimal price) {
	}

	record ProductView(Long id, String sku, String name, BigDecimal price) {

		static ProductView of(Product product) {
			return new ProductView(product.getId(), product.getSku(), product.getName(), product.getPrice());
		}

	}

	/** An order as the client sends it: no total, the server computes it. */
	record NewOrder(Long customerId, List<NewItem> items) {
	}

	record NewItem(Long productId, Integer quantity) {
	}

	record OrderView(Long id, Long customerId, BigDecimal total, List<ItemView> items) {

		static OrderView of(PurchaseOrder order) {
			return new OrderView(order.getId(), order.getCustomerId(), order.getTotal(),
					order.getItems().stream().map(ItemView::of).toList());
		}

	}

	record ItemView(Long productId, Integer quantity, BigDecimal unitPrice) {

		static ItemView of(OrderItem item) {
			return new ItemView(item.getProductId(), item.getQuantity(), item.getUnitPrice());
		}

	}

}
