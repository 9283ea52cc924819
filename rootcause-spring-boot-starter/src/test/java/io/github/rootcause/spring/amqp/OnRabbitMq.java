package io.github.rootcause.spring.amqp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import io.github.rootcause.testing.RabbitMqBroker;

/**
 * Runs a test class on the RabbitMQ broker at {@code ROOTCAUSE_RABBITMQ_HOST} and {@code ROOTCAUSE_RABBITMQ_PORT}
 * (127.0.0.1 and 5672 by default): when it cannot be reached, each test is skipped before Spring loads its
 * context, or fails when {@code ROOTCAUSE_DATABASES_REQUIRED=true}, as with the database servers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RabbitMqBroker.class)
@interface OnRabbitMq {

}
