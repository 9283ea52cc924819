package io.github.rootcause.spring.existing;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.github.rootcause.spring.web.EntityField;

/**
 * The clinic's controllers. Request bodies are DTOs whose names differ from the entities': {@code phone} for
 * {@code telephone} ({@code @JsonProperty}), {@code typeId} for the reference {@code type}, {@code login} for
 * {@code username} ({@link EntityField}); the JSON is snake_case.
 */
final class ClinicControllers {

	private ClinicControllers() {
	}

	record OwnerFields(String firstName, String lastName, @JsonProperty("phone") String telephone) {
	}

	record PetFields(String name, Integer typeId, Integer ownerId) {
	}

	record UserFields(@EntityField("username") String login) {
	}

	record SpecialtyFields(String name) {
	}

	record PetTypeFields(String name) {
	}

	/** Owners and specialties through Spring Data JPA, with a catch-all handler of the controller's own. */
	@RestController
	static class OwnerRestController {

		private final OwnerRepository owners;

		private final SpecialtyRepository specialties;

		OwnerRestController(OwnerRepository owners, SpecialtyRepository specialties) {
			this.owners = owners;
			this.specialties = specialties;
		}

		@PostMapping("/api/owners")
		@ResponseStatus(HttpStatus.CREATED)
		Map<String, Object> addOwner(@RequestBody OwnerFields fields) {
			Entities.Owner owner = new Entities.Owner();
			owner.firstName = fields.firstName();
			owner.lastName = fields.lastName();
			owner.telephone = fields.telephone();
			return Map.of("id", this.owners.save(owner).id);
		}

		@PostMapping("/api/specialties")
		@ResponseStatus(HttpStatus.CREATED)
		Map<String, Object> addSpecialty(@RequestBody SpecialtyFields fields) {
			Entities.Specialty specialty = new Entities.Specialty();
			specialty.name = fields.name();
			return Map.of("id", this.specialties.save(specialty).id);
		}

		@GetMapping("/api/owners/boom")
		void boom() {
			throw new IllegalStateException("boom");
		}

		@ExceptionHandler(Exception.class)
		ResponseEntity<Map<String, String>> anything(Exception ex) {
			return ResponseEntity.internalServerError().body(Map.of("handled_by", "controller catch-all"));
		}

	}

	/** Pets and pet types through a JDBC repository that builds its own templates. */
	@RestController
	static class PetRestController {

		private final Repositories.JdbcPetRepository pets;

		PetRestController(Repositories.JdbcPetRepository pets) {
			this.pets = pets;
		}

		@PostMapping("/api/pets")
		@ResponseStatus(HttpStatus.CREATED)
		Map<String, Object> addPet(@RequestBody PetFields fields) {
			return Map.of("id", this.pets.save(fields.name(), fields.typeId(), fields.ownerId()));
		}

		@DeleteMapping("/api/pettypes/{id}")
		@ResponseStatus(HttpStatus.NO_CONTENT)
		@Transactional
		void deletePetType(@PathVariable int id) {
			this.pets.deleteType(id);
		}

	}

	/** Users through JdbcClient, and through a legacy template with a translator of its own. */
	@RestController
	static class UserRestController {

		private final Repositories.JdbcUserRepository users;

		private final Repositories.LegacyUserRepository legacy;

		UserRestController(Repositories.JdbcUserRepository users, Repositories.LegacyUserRepository legacy) {
			this.users = users;
			this.legacy = legacy;
		}

		@PostMapping("/api/users")
		@ResponseStatus(HttpStatus.CREATED)
		void addUser(@RequestBody UserFields fields) {
			this.users.save(fields.login());
		}

		@PostMapping("/api/legacy/users")
		@ResponseStatus(HttpStatus.CREATED)
		void addLegacyUser(@RequestBody UserFields fields) {
			this.legacy.save(fields.login());
		}

		/** Ignores a taken name and goes on in the same transaction, which PostgreSQL then refuses (25P02). */
		@PostMapping("/api/users/lenient")
		@ResponseStatus(HttpStatus.CREATED)
		@Transactional
		void addUserLeniently(@RequestBody UserFields fields) {
			try {
				this.users.save(fields.login());
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				this.users.save(fields.login() + "-2");
			}
		}

	}

	/** Owners through a MyBatis mapper, users through jOOQ, pet types through a template outside a repository. */
	@RestController
	static class MapperRestController {

		private final OwnerMapper owners;

		private final Repositories.JooqUserStore users;

		private final Repositories.PetTypeStore types;

		MapperRestController(OwnerMapper owners, Repositories.JooqUserStore users, Repositories.PetTypeStore types) {
			this.owners = owners;
			this.users = users;
			this.types = types;
		}

		@PostMapping("/api/mybatis/owners")
		@ResponseStatus(HttpStatus.CREATED)
		void addOwner(@RequestBody OwnerFields fields) {
			this.owners.insert(fields.firstName(), fields.lastName(), fields.telephone());
		}

		@PostMapping("/api/jooq/users")
		@ResponseStatus(HttpStatus.CREATED)
		void addUser(@RequestBody UserFields fields) {
			this.users.save(fields.login());
		}

		@PostMapping("/api/pettypes")
		@ResponseStatus(HttpStatus.CREATED)
		void addPetType(@RequestBody PetTypeFields fields) {
			this.types.save(fields.name());
		}

	}

}
