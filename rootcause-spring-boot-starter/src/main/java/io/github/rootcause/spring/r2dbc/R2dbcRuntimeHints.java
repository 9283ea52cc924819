package io.github.rootcause.spring.r2dbc;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.ClassUtils;

/**
 * The JDK proxies of {@link ViolationDatabaseClient}, for a native image: {@code DatabaseClient} and every
 * interface of its package that its methods return (the execute and fetch specs), found by walking their return
 * types, each with its public methods, and those of the interfaces they extend, invocable (the proxy calls them on
 * the target). Nothing where Spring R2DBC is absent.
 */
final class R2dbcRuntimeHints implements RuntimeHintsRegistrar {

	private static final String DATABASE_CLIENT = "org.springframework.r2dbc.core.DatabaseClient";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(DATABASE_CLIENT, classLoader)) {
			return;
		}
		for (Class<?> type : proxied()) {
			hints.proxies().registerJdkProxy(type);
			invocable(type, hints);
		}
	}

	private static void invocable(Class<?> type, RuntimeHints hints) {
		hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS);
		for (Class<?> extended : type.getInterfaces()) {
			invocable(extended, hints);
		}
	}

	/**
	 * The interfaces that {@link ViolationDatabaseClient} may proxy.
	 * @return {@code DatabaseClient} and the interfaces of its package reachable through return types
	 */
	static Set<Class<?>> proxied() {
		Set<Class<?>> types = new LinkedHashSet<>();
		add(DatabaseClient.class, types);
		return types;
	}

	private static void add(Class<?> type, Set<Class<?>> types) {
		if (!type.isInterface() || !type.getPackageName().equals(DatabaseClient.class.getPackageName())
				|| !types.add(type)) {
			return;
		}
		for (Method method : type.getMethods()) {
			add(method.getReturnType(), types);
		}
	}

}
