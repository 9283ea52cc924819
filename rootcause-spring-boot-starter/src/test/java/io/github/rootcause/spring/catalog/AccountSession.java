package io.github.rootcause.spring.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A session of an account, in {@code account_session}; {@code accountId} must name an account
 * ({@code fk_session_account}).
 */
@Entity
class AccountSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private Integer accountId;

}
