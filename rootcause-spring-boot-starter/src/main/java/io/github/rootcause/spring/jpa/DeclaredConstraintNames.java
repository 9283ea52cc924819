package io.github.rootcause.spring.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The constraint and index names an application's mapping declares, read from its annotations: JPA's
 * {@code @UniqueConstraint(name)}, {@code @Index(name)}, {@code @ForeignKey(name)} and {@code @CheckConstraint(name)}
 * (JPA 3.2), and Hibernate's {@code @Check(name)}, wherever JPA and Hibernate annotations hold them
 * ({@code @Table}, {@code @SecondaryTable}, {@code @JoinTable}, {@code @CollectionTable}, {@code @JoinColumn},
 * {@code @Column}, ...), on the class, its superclasses and their fields and methods. Physical naming strategies
 * do not rename constraints, so these are the names Hibernate writes in its DDL. The annotation members are found
 * by reflection, so that JPA 3.1 (Spring Boot 3.5) and 3.2 are read alike. Names are filed by their lower case; two
 * declarations of one name in different cases declare neither.
 */
final class DeclaredConstraintNames {

	private static final Set<String> NAMED = Set.of("UniqueConstraint", "Index", "ForeignKey", "CheckConstraint",
			"Check");

	private final Map<String, String> names = new HashMap<>();

	private final Set<String> ambiguous = new HashSet<>();

	private final Set<Class<?>> read = new HashSet<>();

	/**
	 * The declared name of a reported one.
	 * @param name a name in any case
	 * @return the name as declared, or {@code null}
	 */
	String get(String name) {
		return this.names.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Reads the names a mapped class, its superclasses and their members declare.
	 * @param type an entity, embeddable or mapped superclass
	 */
	void add(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			if (!this.read.add(current)) {
				return;
			}
			try {
				addAll(current);
				for (AnnotatedElement field : current.getDeclaredFields()) {
					addAll(field);
				}
				for (AnnotatedElement method : current.getDeclaredMethods()) {
					addAll(method);
				}
			}
			catch (RuntimeException | LinkageError ex) {
				// A class whose members cannot be read declares nothing that can be told.
			}
		}
	}

	private void addAll(AnnotatedElement element) {
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			add(annotation, 0);
		}
	}

	private void add(Annotation annotation, int depth) {
		Class<? extends Annotation> type = annotation.annotationType();
		if (depth > 4 || !isMapping(type)) {
			return;
		}
		for (Method member : type.getDeclaredMethods()) {
			if (member.getParameterCount() != 0) {
				continue;
			}
			Object value = value(member, annotation);
			if (value instanceof String name && member.getName().equals("name")
					&& NAMED.contains(type.getSimpleName())) {
				declare(name);
			}
			else if (value instanceof Annotation nested) {
				add(nested, depth + 1);
			}
			else if (value instanceof Annotation[] nested) {
				for (Annotation each : nested) {
					add(each, depth + 1);
				}
			}
		}
	}

	private void declare(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return;
		}
		String key = stripped.toLowerCase(Locale.ROOT);
		String known = this.names.putIfAbsent(key, stripped);
		if (this.ambiguous.contains(key) || (known != null && !known.equals(stripped))) {
			this.ambiguous.add(key);
			this.names.remove(key);
		}
	}

	private static boolean isMapping(Class<? extends Annotation> type) {
		String name = type.getName();
		return name.startsWith("jakarta.persistence.") || name.startsWith("org.hibernate.annotations.");
	}

	private static Object value(Method member, Annotation annotation) {
		try {
			return member.invoke(annotation);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
