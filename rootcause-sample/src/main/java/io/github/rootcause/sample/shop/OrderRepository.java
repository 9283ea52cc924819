package io.github.rootcause.sample.shop;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<PurchaseOrder, Long> {

	@EntityGraph(attributePaths = "items")
	List<PurchaseOrder> findByCustomerIdOrderById(Long customerId);

}
