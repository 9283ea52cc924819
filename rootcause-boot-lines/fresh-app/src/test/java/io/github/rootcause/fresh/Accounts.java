package io.github.rootcause.fresh;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The accounts.
 */
public interface Accounts extends JpaRepository<Account, Long> {

}
