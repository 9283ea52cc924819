package io.github.rootcause.log4j2;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring MVC and Spring Data JPA application that logs with Log4j2 ({@code spring-boot-starter-log4j2}, Logback
 * excluded), with rootcause's starter: authors unique by email with a NOT NULL name ({@link Author}), posts whose
 * author must exist ({@link Post}), and a controller that only saves ({@link BlogController}).
 */
@SpringBootApplication
public class BlogApplication {

}
