package io.github.rootcause.reactive.handlers;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application: members and tickets, each inserted through the {@code DatabaseClient}.
 */
@SpringBootApplication
class HandlersApplication {

}
