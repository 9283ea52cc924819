package io.github.rootcause.dialect;

import java.lang.reflect.Method;

/**
 * A public method without arguments of a driver's exception (or of what it holds), called reflectively because
 * the driver is optional: looked up once per class, never per exception, so a read pays only the call.
 *
 * <pre class="code">
 * private static final Accessor RESULT_CODE = new Accessor("getResultCode");
 *
 * Object code = RESULT_CODE.call(exception);
 * </pre>
 */
final class Accessor {

	private final String name;

	private final ClassValue<Method> methods = new ClassValue<>() {
		@Override
		protected Method computeValue(Class<?> type) {
			try {
				return type.getMethod(Accessor.this.name);
			}
			catch (NoSuchMethodException | RuntimeException | LinkageError ex) {
				return null;
			}
		}
	};

	/**
	 * An accessor of the method of the given name.
	 * @param name the method's name
	 */
	Accessor(String name) {
		this.name = name;
	}

	/**
	 * Calls the method on the target.
	 * @param target the object to call it on, may be {@code null}
	 * @return what it returned, or {@code null} when the target is {@code null}, its class has no such public
	 * method, or the call failed
	 */
	Object call(Object target) {
		if (target == null) {
			return null;
		}
		Method method = this.methods.get(target.getClass());
		if (method == null) {
			return null;
		}
		try {
			return method.invoke(target);
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
			return null;
		}
	}

}
