package io.github.rootcause.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/**
 * An order of a {@link Customer}, joined on {@code customer_id}; {@code giftNote} is stored in {@code gift_note} by
 * Spring Boot's naming strategy; without Bean Validation, Hibernate itself checks that it has a customer. The check {@code ck_order_model_only} and the foreign key
 * {@code fk_order_customer_model_only} are declared only in the mapping, not in the schema scripts. The check is
 * declared with Hibernate's {@code @Check}, which Hibernate 6.6 (Spring Boot 3.5) and 7 both read; JPA 3.2's
 * {@code @Table(check = ...)} ends in the same mapping on Hibernate 7.
 */
@Entity
@Table(name = "purchase_order")
@Check(name = "ck_order_model_only", constraints = "quantity < 1000000")
@SuppressWarnings("deprecation")
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_order_customer_model_only"))
	private Customer customer;

	private int quantity;

	private String giftNote;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Customer customer, int quantity) {
		this.customer = customer;
		this.quantity = quantity;
	}

	public Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public String getGiftNote() {
		return this.giftNote;
	}

}
