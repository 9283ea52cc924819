package io.github.rootcause.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;

import io.github.rootcause.testing.RabbitMqBroker;

/**
 * Runs a test class of the sample with its {@code rabbit} profile on the RabbitMQ broker at
 * {@code ROOTCAUSE_RABBITMQ_HOST} and {@code ROOTCAUSE_RABBITMQ_PORT} (127.0.0.1 and 5672 by default): when it cannot
 * be reached, each test is skipped before Spring loads the sample, or fails when
 * {@code ROOTCAUSE_DATABASES_REQUIRED=true}, as with the database servers. The class registers
 * {@code spring.rabbitmq.host} and {@code .port} from {@link RabbitMqBroker} in its {@code @DynamicPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("rabbit")
@ExtendWith(RabbitMqBroker.class)
@interface OnRabbitMq {

}
