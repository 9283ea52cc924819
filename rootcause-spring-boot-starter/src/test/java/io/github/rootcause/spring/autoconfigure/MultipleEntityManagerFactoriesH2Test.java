package io.github.rootcause.spring.autoconfigure;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.rootcause.EntityModel;
import io.github.rootcause.spring.app.Address;
import io.github.rootcause.spring.app.Customer;
import io.github.rootcause.spring.jdbc.CheckViolationException;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two entity manager factories built from one vendor adapter, as Spring Boot's builder builds them, over two
 * databases of which only one has the check: each translates violations at commit against its own data source.
 */
class MultipleEntityManagerFactoriesH2Test {

	@RegisterExtension
	static final DatabaseFixture first = DatabaseFixture.of(TestDatabase.H2);

	@RegisterExtension
	static final DatabaseFixture second = DatabaseFixture.of(TestDatabase.H2);

	private static final String CUSTOMER = "create table customer (id bigint primary key, email_address varchar(50), "
			+ "name varchar(20), postcode varchar(10)";

	@Test
	void eachFactoryTranslatesAgainstItsOwnDataSourceThoughTheyShareTheVendorAdaptersDialect() throws Exception {
		first.execute(CUSTOMER + ", constraint ck_first_postcode check (char_length(postcode) = 5))",
				"insert into customer (id, name) values (1, 'One')");
		second.execute(CUSTOMER + ")", "insert into customer (id, name) values (1, 'One')");
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("resolvers", new DataSourceResolvers(() -> null, EntityModel::none));
		JpaTranslatorPostProcessor postProcessor = new JpaTranslatorPostProcessor(
				beans.getBeanProvider(DataSourceResolvers.class), beans.getBeanProvider(SQLExceptionTranslator.class));
		HibernateJpaVendorAdapter adapter = new HibernateJpaVendorAdapter();
		EntityManagerFactory one = factory("one", first.dataSource(), adapter, postProcessor);
		EntityManagerFactory two = factory("two", second.dataSource(), adapter, postProcessor);
		try {
			CheckViolationException thrown = catchThrowableOfType(CheckViolationException.class,
					() -> changePostcodeAtCommit(one));
			assertThat(thrown.violation().constraint()).contains("ck_first_postcode");
			assertThat(thrown.violation().table()).contains("customer");
			assertThat(thrown.violation().columns()).containsExactly("postcode");
		}
		finally {
			one.close();
			two.close();
		}
	}

	private static EntityManagerFactory factory(String name, DataSource dataSource, HibernateJpaVendorAdapter adapter,
			JpaTranslatorPostProcessor postProcessor) {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setPersistenceUnitName(name);
		factory.setDataSource(dataSource);
		factory.setJpaVendorAdapter(adapter);
		factory.setManagedTypes(PersistenceManagedTypes.of(Customer.class.getName()));
		factory.afterPropertiesSet();
		postProcessor.postProcessAfterInitialization(factory, name);
		return factory.getObject();
	}

	private static void changePostcodeAtCommit(EntityManagerFactory factory) {
		JpaTransactionManager transactionManager = new JpaTransactionManager(factory);
		new TransactionTemplate(transactionManager).executeWithoutResult((status) -> EntityManagerFactoryUtils
			.getTransactionalEntityManager(factory)
			.find(Customer.class, 1L)
			.setAddress(new Address("123")));
	}

}
