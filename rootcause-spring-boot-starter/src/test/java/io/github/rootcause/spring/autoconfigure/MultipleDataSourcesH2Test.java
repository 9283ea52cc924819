package io.github.rootcause.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.EntityModel;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two data sources with the same table under different constraint names: each JdbcTemplate resolves against the
 * catalog of its own data source.
 */
class MultipleDataSourcesH2Test {

	@RegisterExtension
	static final DatabaseFixture first = DatabaseFixture.of(TestDatabase.H2);

	@RegisterExtension
	static final DatabaseFixture second = DatabaseFixture.of(TestDatabase.H2);

	@Test
	void eachJdbcTemplateResolvesAgainstItsOwnDataSource() throws Exception {
		first.execute("create table account (id int primary key, email varchar(50), "
				+ "constraint uq_first_email unique (email))", "insert into account values (1, 'a')");
		second.execute("create table account (id int primary key, handle varchar(50), email varchar(50), "
				+ "constraint uq_second_email unique (email))", "insert into account values (1, 'h', 'a')");
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("resolvers", new DataSourceResolvers(() -> null, EntityModel::none));
		JdbcTranslatorPostProcessor postProcessor = new JdbcTranslatorPostProcessor(
				beans.getBeanProvider(DataSourceResolvers.class));
		JdbcTemplate one = (JdbcTemplate) postProcessor.postProcessAfterInitialization(
				new JdbcTemplate(first.dataSource()), "one");
		JdbcTemplate two = (JdbcTemplate) postProcessor.postProcessAfterInitialization(
				new JdbcTemplate(second.dataSource()), "two");
		UniqueViolationException fromOne = catchThrowableOfType(UniqueViolationException.class,
				() -> one.update("insert into account values (2, 'a')"));
		UniqueViolationException fromTwo = catchThrowableOfType(UniqueViolationException.class,
				() -> two.update("insert into account values (2, 'x', 'a')"));
		assertThat(fromOne.violation().constraint()).contains("uq_first_email");
		assertThat(fromOne.violation().columns()).containsExactly("email");
		assertThat(fromTwo.violation().constraint()).contains("uq_second_email");
	}

}
