package io.github.rootcause.sample;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /imports/storefront-orders} on H2: the Spring Batch import writes every good line of the CSV and
 * answers each line it skipped by its line number, kind, constraint and columns, with no value in the answer or the
 * log; duplicates and orphans are found in any chunk, and within one.
 */
@OnH2
@ExtendWith(OutputCaptureExtension.class)
class OrderImportH2Test extends SampleTest {

	private static final String IMPORT = "/imports/storefront-orders";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aSmallFileIsImportedWithEachBadLineReportedByLineNumberAndConstraint(CapturedOutput output) {
		customer("ada@example.com");
		customer("grace@example.com");
		int logStart = output.getAll().length();
		Http.Response response = this.http.post(IMPORT, "text/csv", """
				order_number,customer_email,total
				S-1001,ada@example.com,15.00
				S-1002,grace@example.com,7.50
				S-1001,grace@example.com,3.00
				S-1003,nobody@example.com,9.99
				S-1004,ada@example.com,-5.00
				S-1005,ada@example.com,
				S-1006,grace@example.com,20.00
				""");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertJson(response.body(), """
				{"written":3,"skipped":[
				{"line":4,"kind":"unique","constraint":"uq_storefront_order_number","fields":["order_number"]},
				{"line":5,"kind":"foreign-key","constraint":"fk_storefront_order_customer","fields":["customer_email"]},
				{"line":6,"kind":"check","constraint":"ck_storefront_order_total","fields":["total"]},
				{"line":7,"kind":"not-null","fields":["total"]}]}""");
		assertThat(this.jdbc.queryForList("select order_number from storefront_order where order_number like 'S-%' "
				+ "order by order_number", String.class)).containsExactly("S-1001", "S-1002", "S-1006");
		String log = output.getAll().substring(logStart);
		assertThat(log.lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
		assertThat(log.lines().filter((line) -> line.contains("Skipped item "))).hasSize(4);
		assertThat(log).doesNotContain("nobody@example.com").doesNotContain("-5.00").doesNotContainIgnoringCase("insert into");
	}

	@Test
	void aLargeFileIsImportedAcrossChunksWithTheExactLinesOfEveryDuplicateAndOrphan() {
		customer("lin@example.com");
		List<String> lines = new ArrayList<>(List.of("order_number,customer_email,total"));
		List<Integer> duplicates = new ArrayList<>();
		List<Integer> orphans = new ArrayList<>();
		for (int k = 1; k <= 1000; k++) {
			int line = k + 1;
			if (k % 97 == 0) {
				// The number of an order 3 lines up (in the same chunk or the one before).
				lines.add("L-" + (k - 3) + ",lin@example.com,1.00");
				duplicates.add(line);
			}
			else if (k % 89 == 0) {
				lines.add("L-" + k + ",orphan" + k + "@example.com,1.00");
				orphans.add(line);
			}
			else {
				lines.add("L-" + k + ",lin@example.com,1.00");
			}
		}
		Http.Response response = this.http.post(IMPORT, "text/csv", String.join("\n", lines) + "\n");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		int bad = duplicates.size() + orphans.size();
		assertThat(JsonPath.<Integer>read(response.body(), "$.written")).isEqualTo(1000 - bad);
		assertThat(JsonPath.<List<Integer>>read(response.body(), "$.skipped[?(@.kind == 'unique')].line"))
			.containsExactlyElementsOf(duplicates);
		assertThat(JsonPath.<List<Integer>>read(response.body(), "$.skipped[?(@.kind == 'foreign-key')].line"))
			.containsExactlyElementsOf(orphans);
		assertThat(JsonPath.<List<Object>>read(response.body(), "$.skipped")).hasSize(bad);
		assertThat(duplicates).hasSize(10);
		assertThat(orphans).hasSize(11);
		assertThat(this.jdbc.queryForObject("select count(*) from storefront_order where order_number like 'L-%'",
				Integer.class)).isEqualTo(1000 - bad);
	}

	@Test
	void aLineThatIsNoOrderLineStopsTheImportWithAProblemNamingTheLine() {
		Http.Response response = this.http.post(IMPORT, "text/csv", """
				order_number,customer_email,total
				X-1,ada@example.com,twelve
				""");
		assertProblem(response, 400, """
				{"title":"Bad Request","status":400,"detail":"Line 2 is no order line; the import stopped there.","instance":"/imports/storefront-orders"}""");
	}

	private void customer(String email) {
		this.jdbc.update("insert into customer (email, name) values (?, ?)", email, "Customer");
	}

}
