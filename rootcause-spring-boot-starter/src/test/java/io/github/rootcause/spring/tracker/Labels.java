package io.github.rootcause.spring.tracker;

import org.springframework.data.jpa.repository.JpaRepository;

interface Labels extends JpaRepository<Entities.Label, Integer> {

}
