package io.github.rootcause.spring.existing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The clinic's entities, mapped as the schema scripts under {@code existing/} create them.
 */
final class Entities {

	private Entities() {
	}

	@Entity
	@Table(name = "owner")
	static class Owner {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		@Column(name = "first_name")
		String firstName;

		@Column(name = "last_name")
		String lastName;

		String telephone;

	}

	@Entity
	@Table(name = "pet_type")
	static class PetType {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String name;

	}

	@Entity
	@Table(name = "pet")
	static class Pet {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String name;

		@ManyToOne
		@JoinColumn(name = "type_id")
		PetType type;

		@ManyToOne
		@JoinColumn(name = "owner_id")
		Owner owner;

	}

	@Entity
	@Table(name = "app_user")
	static class User {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String username;

	}

	@Entity
	@Table(name = "specialty")
	static class Specialty {

		@Id
		@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specialty")
		@SequenceGenerator(name = "specialty", sequenceName = "specialty_seq", allocationSize = 1)
		Integer id;

		String name;

	}

}
