package io.github.rootcause.spring.naming;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A league: clubs and their players, through Spring Data JPA, with a schema Hibernate creates from the entities as
 * a fresh application's is. The constraint names are declared in the entities: in lower case, and one
 * ({@code uq_Player_Nickname}) in mixed case, which PostgreSQL stores in lower case, H2 in upper case and MariaDB as
 * written.
 */
@SpringBootApplication
public class LeagueApplication {

}
