package io.github.rootcause.spring.tracker;

import org.springframework.data.jpa.repository.JpaRepository;

interface Issues extends JpaRepository<Entities.Issue, Integer> {

}
