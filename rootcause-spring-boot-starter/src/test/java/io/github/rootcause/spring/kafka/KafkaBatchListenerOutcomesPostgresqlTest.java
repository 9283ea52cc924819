package io.github.rootcause.spring.kafka;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The outcomes of violations in Kafka batch listeners, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class KafkaBatchListenerOutcomesPostgresqlTest extends KafkaBatchListenerOutcomesScenarios {
}
