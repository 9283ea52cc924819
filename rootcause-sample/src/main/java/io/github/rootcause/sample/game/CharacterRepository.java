package io.github.rootcause.sample.game;

import org.springframework.data.jpa.repository.JpaRepository;

interface CharacterRepository extends JpaRepository<GameCharacter, Long> {

}
