package io.github.rootcause.spring.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data JPA. */
public interface PurchaseOrders extends JpaRepository<PurchaseOrder, Long> {

}
