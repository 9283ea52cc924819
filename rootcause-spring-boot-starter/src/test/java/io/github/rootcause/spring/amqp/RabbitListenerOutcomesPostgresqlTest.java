package io.github.rootcause.spring.amqp;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The outcomes of violations in {@code @RabbitListener} methods, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class RabbitListenerOutcomesPostgresqlTest extends RabbitListenerOutcomesScenarios {
}
