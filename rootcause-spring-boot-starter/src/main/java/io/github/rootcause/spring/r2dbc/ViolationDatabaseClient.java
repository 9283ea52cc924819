package io.github.rootcause.spring.r2dbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A {@link DatabaseClient} whose every {@code Mono} and {@code Flux} signals the typed constraint violation
 * exceptions: Spring's {@code DatabaseClient} translates a driver's exception with a fixed translator
 * ({@code ConnectionFactoryUtils.convertR2dbcException}, a bare {@code DataIntegrityViolationException} or
 * {@code DuplicateKeyException}), so the client, and each spec it hands out ({@code GenericExecuteSpec},
 * {@code FetchSpec}, ...), is wrapped in a proxy that maps the errors of the publishers they return through
 * {@link ConnectionFactoryResolvers#translateWhenRead(ConnectionFactory, Throwable)}. Everything else is passed to
 * the client as it is.
 */
final class ViolationDatabaseClient implements InvocationHandler {

	private static final String SPEC_PACKAGE = DatabaseClient.class.getPackageName();

	private final Object target;

	private final Function<Throwable, Mono<Throwable>> translate;

	private ViolationDatabaseClient(Object target, Function<Throwable, Mono<Throwable>> translate) {
		this.target = target;
		this.translate = translate;
	}

	/**
	 * Wraps a client.
	 * @param client the client
	 * @param resolvers the resolvers to translate with
	 * @return the client that signals the typed exceptions
	 */
	static DatabaseClient wrap(DatabaseClient client, ConnectionFactoryResolvers resolvers) {
		if (Proxy.isProxyClass(client.getClass())
				&& Proxy.getInvocationHandler(client) instanceof ViolationDatabaseClient) {
			return client;
		}
		ConnectionFactory connectionFactory = client.getConnectionFactory();
		return proxy(DatabaseClient.class, client,
				(failure) -> resolvers.translateWhenRead(connectionFactory, failure));
	}

	private static <T> T proxy(Class<T> type, Object target, Function<Throwable, Mono<Throwable>> translate) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new ViolationDatabaseClient(target, translate)));
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return objectMethod(proxy, method, args);
		}
		Object result;
		try {
			result = method.invoke(this.target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
		Class<?> type = method.getReturnType();
		if (result instanceof Mono<?> mono) {
			return mono.onErrorResume((failure) -> this.translate.apply(failure).flatMap(Mono::error));
		}
		if (result instanceof Publisher<?> publisher && type.isAssignableFrom(Flux.class)) {
			return Flux.from(publisher).onErrorResume((failure) -> this.translate.apply(failure).flatMap(Mono::error));
		}
		if (result != null && type.isInterface() && type.getPackageName().equals(SPEC_PACKAGE)
				&& type.isInstance(result)) {
			// A spec: its own publishers are translated too. A builder method that returns the spec itself stays
			// on the proxy.
			return (result == this.target) ? proxy : proxy(type, result, this.translate);
		}
		return result;
	}

	private @Nullable Object objectMethod(Object proxy, Method method, @Nullable Object[] args) {
		return switch (method.getName()) {
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			default -> "Violation-translating " + this.target;
		};
	}

}
