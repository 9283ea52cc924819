package io.github.rootcause.spring.amqp;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The outcomes of violations in {@code @RabbitListener} methods, on H2.
 */
@OnDatabase(TestDatabase.H2)
class RabbitListenerOutcomesH2Test extends RabbitListenerOutcomesScenarios {
}
