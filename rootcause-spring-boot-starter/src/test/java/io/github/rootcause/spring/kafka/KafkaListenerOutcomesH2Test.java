package io.github.rootcause.spring.kafka;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The outcomes of violations in Kafka listeners, on H2.
 */
@OnDatabase(TestDatabase.H2)
class KafkaListenerOutcomesH2Test extends KafkaListenerOutcomesScenarios {
}
