package io.github.rootcause.spring.existing;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.rootcause.spring.Http;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The existing application's {@code rootcause} endpoint, on PostgreSQL, where a partitioned table's constraint is
 * listed once, as declared: the copies PostgreSQL makes on each partition are answered as that constraint.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class RootCauseEndpointPostgresqlTest extends RootCauseEndpointScenarios {

	@LocalServerPort
	private int serverPort;

	@Test
	void listsAPartitionedTablesConstraintOnceAndNoneOfItsPartitionsCopies() {
		this.jdbc.execute("create table if not exists visit_log (id int, ref varchar(20), day date,"
				+ " constraint uq_visit_log_ref unique (ref, day)) partition by range (day)");
		this.jdbc.execute("create table if not exists visit_log_2024 partition of visit_log"
				+ " for values from ('2024-01-01') to ('2025-01-01')");
		Http.Response refreshed = new Http(this.serverPort, List.of()).post("/actuator/rootcause", "{}");
		assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
		List<String> names = JsonPath.read(refreshed.body(), "$.dataSources.dataSource.constraints[*].name");
		assertThat(names).contains("uq_visit_log_ref").noneMatch((name) -> name.startsWith("visit_log_2024"));
	}

}
