package io.github.rootcause.spring.tracker;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.rootcause.spring.jpa.HibernateEntityModel;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's violations on H2, and the entity model Hibernate's metamodel gives its collection tables.
 */
@OnDatabase(TestDatabase.H2)
class TrackerH2Test extends TrackerScenarios {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void theJoinTableAndTheCollectionTableMapToTheOwningEntityAndEachColumnToItsCollection() {
		HibernateEntityModel model = new HibernateEntityModel(this.entityManagerFactory);
		assertThat(model.entity("issue")).isPresent();
		assertThat(model.entity("ISSUE_LABEL")).isEqualTo(model.entity("issue"));
		assertThat(model.field("ISSUE_LABEL", "LABEL_ID")).contains("labels");
		assertThat(model.field("ISSUE_LABEL", "ISSUE_ID")).contains("labels");
		assertThat(model.entity("issue_tag")).isEqualTo(model.entity("issue"));
		assertThat(model.field("issue_tag", "tag")).contains("tags");
		assertThat(model.field("issue_tag", "issue_id")).contains("tags");
		assertThat(model.field("issue", "reporter_id")).contains("reporter");
		assertThat(model.entity("label")).isNotEqualTo(model.entity("issue")).isPresent();
	}

}
