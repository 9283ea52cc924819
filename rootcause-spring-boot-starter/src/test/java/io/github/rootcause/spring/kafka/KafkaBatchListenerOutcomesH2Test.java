package io.github.rootcause.spring.kafka;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The outcomes of violations in Kafka batch listeners, on H2.
 */
@OnDatabase(TestDatabase.H2)
class KafkaBatchListenerOutcomesH2Test extends KafkaBatchListenerOutcomesScenarios {
}
