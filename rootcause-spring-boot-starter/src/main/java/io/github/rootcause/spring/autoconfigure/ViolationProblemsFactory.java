package io.github.rootcause.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;

import io.github.rootcause.spring.jdbc.GeneratedKeys;
import io.github.rootcause.spring.web.RequestBodyNames;
import io.github.rootcause.spring.web.ViolationProblems;

/**
 * Makes the problem factory that both web stacks' auto-configurations give their answers ({@link ViolationProblems}).
 */
final class ViolationProblemsFactory {

	private ViolationProblemsFactory() {
	}

	/**
	 * The factory.
	 * @param properties the {@code rootcause.*} properties
	 * @param messages where titles and details are looked up
	 * @param names how request bodies name entity fields
	 * @param generatedKeys every {@link GeneratedKeys} bean, asked on each use
	 * @return the factory
	 */
	static ViolationProblems of(RootCauseProperties properties, MessageSource messages, RequestBodyNames names,
			ObjectProvider<GeneratedKeys> generatedKeys) {
		return new ViolationProblems(properties, messages, names,
				(table, column) -> generatedKeys.orderedStream().anyMatch((keys) -> keys.isGenerated(table, column)));
	}

}
