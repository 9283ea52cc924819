package io.github.rootcause.spring.migration;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * The JDK proxy of {@link FlywayCatalogRefresh}'s callback, for a native image, where Flyway is on the class path.
 */
final class MigrationRuntimeHints implements RuntimeHintsRegistrar {

	static final String CALLBACK = "org.flywaydb.core.api.callback.Callback";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		if (ClassUtils.isPresent(CALLBACK, classLoader)) {
			hints.proxies().registerJdkProxy(TypeReference.of(CALLBACK));
		}
	}

}
