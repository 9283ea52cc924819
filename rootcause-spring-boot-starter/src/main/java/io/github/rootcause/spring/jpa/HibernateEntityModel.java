package io.github.rootcause.spring.jpa;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

import io.github.rootcause.EntityModel;
import io.github.rootcause.spring.jdbc.GeneratedKeys;
import io.github.rootcause.spring.jdbc.Names;

/**
 * An {@link EntityModel} read from Hibernate's runtime mapping metamodel, so it sees the physical names after
 * naming strategies, {@code @Table}, {@code @Column(name)} and {@code @JoinColumn}: each table maps to its entity
 * (by JPA entity name), each column to its attribute, embedded attributes as paths ({@code address.city}), and
 * a foreign key column to its association attribute ({@code customer}). The table of a collection (the join table of
 * a {@code @ManyToMany}, the collection table of an {@code @ElementCollection}) maps to the entity that owns the
 * collection, and each of its columns (the key back to the owner, the element or its foreign key, the order or map
 * key column) to the collection attribute ({@code labels}): that is the member a client sends, whichever of the
 * collection table's constraints it violates. The inverse side of a {@code @ManyToMany} ({@code mappedBy}) maps
 * nothing, as its owning side maps the same table. It also knows the identifier columns of
 * entities whose identifier Hibernate generates ({@code @GeneratedValue}: identity, sequence, table), as
 * {@link GeneratedKeys}. The constraint and index names the entities declare ({@code @UniqueConstraint(name)},
 * {@code @Index(name)}, {@code @ForeignKey(name)}, {@code @Check(name)}) are its {@link #constraint(String) declared
 * names}.
 *
 * <p>The metamodel is read on first use, after the entity manager factory has started.
 */
public final class HibernateEntityModel implements EntityModel, GeneratedKeys {

	private final EntityManagerFactory entityManagerFactory;

	private volatile Mappings mappings;

	/**
	 * Creates a model over an entity manager factory.
	 * @param entityManagerFactory a Hibernate entity manager factory
	 */
	public HibernateEntityModel(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public Optional<String> entity(String table) {
		return Optional.ofNullable(mappings().entities.get(Names.key(table)));
	}

	@Override
	public Optional<String> field(String table, String column) {
		return Optional.ofNullable(mappings().fields.get(Names.key(table) + "." + Names.key(column)));
	}

	@Override
	public Optional<String> constraint(String name) {
		return Optional.ofNullable(mappings().declared.get(name));
	}

	@Override
	public boolean isGenerated(String table, String column) {
		return mappings().generated.contains(Names.key(table) + "." + Names.key(column));
	}

	private Mappings mappings() {
		Mappings read = this.mappings;
		if (read == null) {
			read = read();
			this.mappings = read;
		}
		return read;
	}

	private Mappings read() {
		Mappings read = new Mappings();
		SessionFactoryImplementor sessionFactory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		sessionFactory.getMappingMetamodel()
			.forEachEntityDescriptor((persister) -> read.add(jpaEntityName(this.entityManagerFactory, persister),
					persister));
		this.entityManagerFactory.getMetamodel().getManagedTypes().forEach((type) -> {
			if (type.getJavaType() != null && type.getJavaType() != Map.class) {
				read.declared.add(type.getJavaType());
			}
		});
		read.addCollections();
		return read;
	}

	/**
	 * The JPA entity name of a persister ({@code @Entity(name)}, else the class's simple name), from JPA's own
	 * metamodel, as Hibernate 6.6 and 7 both give it ({@code EntityPersister.getJpaEntityName()} is Hibernate 7's).
	 * @param factory the entity manager factory of the persister
	 * @param persister the persister
	 * @return the name
	 */
	static String jpaEntityName(EntityManagerFactory factory, EntityPersister persister) {
		Class<?> type = persister.getMappedClass();
		if (type != null && type != Map.class) {
			try {
				return factory.getMetamodel().entity(type).getName();
			}
			catch (IllegalArgumentException notAnEntityClass) {
				// A dynamic entity: its Hibernate name is all there is.
			}
		}
		String name = persister.getEntityName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static final class Mappings {

		private final Map<String, String> entities = new HashMap<>();

		private final Map<String, String> fields = new HashMap<>();

		private final Set<String> generated = new HashSet<>();

		private final DeclaredConstraintNames declared = new DeclaredConstraintNames();
		/** The collection tables' entities and fields, which an entity's own table or column takes precedence over. */
		private final Map<String, String> collectionEntities = new HashMap<>();

		private final Map<String, String> collectionFields = new HashMap<>();

		void add(String entity, EntityPersister persister) {
			// Every table the entity writes to (root, joined, secondary), on Hibernate 6.6 and 7 alike.
			persister.visitConstraintOrderedTables(
					(table, keys) -> this.entities.putIfAbsent(Names.key(table), entity));
			EntityIdentifierMapping identifier = persister.getIdentifierMapping();
			if (identifier != null) {
				addPart(identifier, identifier.getAttributeName());
				Generator generator = persister.getGenerator();
				if (generator != null && !isAssigned(generator)) {
					identifier.forEachSelectable((index, selectable) -> this.generated.add(
							Names.key(selectable.getContainingTableExpression()) + "."
									+ Names.key(selectable.getSelectionExpression())));
				}
			}
			persister.forEachAttributeMapping((attribute) -> addAttribute(entity, attribute, ""));
		}

		void addCollections() {
			this.collectionEntities.forEach(this.entities::putIfAbsent);
			this.collectionFields.forEach(this.fields::putIfAbsent);
		}

		/**
		 * Whether the identifier is the application's to assign: Hibernate 7's {@code org.hibernate.generator.Assigned}
		 * or Hibernate 6.6's {@code org.hibernate.id.Assigned} (which 7 keeps as a subclass), told by name since each
		 * line lacks one of them.
		 */
		private static boolean isAssigned(Generator generator) {
			for (Class<?> type = generator.getClass(); type != null; type = type.getSuperclass()) {
				if (type.getName().equals("org.hibernate.generator.Assigned")
						|| type.getName().equals("org.hibernate.id.Assigned")) {
					return true;
				}
			}
			return false;
		}

		private void addAttribute(String entity, AttributeMapping attribute, String prefix) {
			String path = prefix + attribute.getAttributeName();
			if (attribute instanceof EmbeddableValuedModelPart embedded) {
				embedded.getEmbeddableTypeDescriptor()
					.forEachAttributeMapping((nested) -> addAttribute(entity, nested, path + "."));
			}
			else if (attribute instanceof PluralAttributeMapping collection) {
				addCollection(entity, collection, path);
			}
			else {
				addPart(attribute, path);
			}
		}

		/**
		 * The columns of a collection's own table, all to the collection attribute: the key back to the owner, the
		 * element (or the foreign key of an entity element), the order or map key column. A collection kept in the
		 * element entity's table ({@code @OneToMany} with a join column) or on the inverse side maps nothing.
		 */
		private void addCollection(String entity, PluralAttributeMapping collection, String path) {
			String table = collection.getSeparateCollectionTable();
			if (table == null || collection.getCollectionDescriptor().isInverse()) {
				return;
			}
			String tableKey = Names.key(table);
			this.collectionEntities.putIfAbsent(tableKey, entity);
			ModelPart[] parts = { collection.getKeyDescriptor(), collection.getElementDescriptor(),
					collection.getIndexDescriptor(), collection.getIdentifierDescriptor() };
			for (ModelPart part : parts) {
				if (part == null) {
					continue;
				}
				part.forEachSelectable((index, selectable) -> {
					if (!selectable.isFormula()
							&& tableKey.equals(Names.key(selectable.getContainingTableExpression()))) {
						this.collectionFields.putIfAbsent(
								tableKey + "." + Names.key(selectable.getSelectionExpression()), path);
					}
				});
			}
		}

		private void addPart(ModelPart part, String path) {
			if (path == null) {
				return;
			}
			part.forEachSelectable((index, selectable) -> {
				if (!selectable.isFormula()) {
					this.fields.putIfAbsent(Names.key(selectable.getContainingTableExpression()) + "."
							+ Names.key(selectable.getSelectionExpression()), path);
				}
			});
		}

	}

}
