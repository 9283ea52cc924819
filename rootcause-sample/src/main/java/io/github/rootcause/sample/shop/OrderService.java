package io.github.rootcause.sample.shop;

import java.math.BigDecimal;
import java.util.List;

import io.github.rootcause.sample.shop.ShopApi.NewItem;
import io.github.rootcause.sample.shop.ShopApi.NewOrder;
import io.github.rootcause.sample.shop.ShopApi.OrderView;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Places orders. An order and its items are written in one transaction, so when any item violates a constraint
 * (the third of three, say) the whole order is rolled back and nothing is left behind.
 */
@Service
class OrderService {

	private final OrderRepository orders;

	private final ProductRepository products;

	OrderService(OrderRepository orders, ProductRepository products) {
		this.orders = orders;
		this.products = products;
	}

	/**
	 * Places an order. The customer is not looked up first: the foreign key {@code fk_purchase_order_customer}
	 * decides, race-free, and a missing customer answers 404. Products are read for their prices, which the total
	 * is computed from.
	 * @param request the order as the client sent it
	 * @return the order as stored
	 */
	@Transactional
	OrderView place(NewOrder request) {
		PurchaseOrder order = new PurchaseOrder(request.customerId());
		List<NewItem> items = (request.items() != null) ? request.items() : List.of();
		for (NewItem item : items) {
			order.add(item.productId(), item.quantity(), priceOf(item.productId()));
		}
		return OrderView.of(this.orders.saveAndFlush(order));
	}

	private BigDecimal priceOf(Long productId) {
		if (productId == null) {
			return null;
		}
		return this.products.findById(productId)
			.map(Product::getPrice)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product with id " + productId));
	}

	@Transactional(readOnly = true)
	OrderView find(Long id) {
		return this.orders.findById(id)
			.map(OrderView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order with id " + id));
	}

	@Transactional(readOnly = true)
	List<OrderView> ofCustomer(Long customerId) {
		return this.orders.findByCustomerIdOrderById(customerId).stream().map(OrderView::of).toList();
	}

}
