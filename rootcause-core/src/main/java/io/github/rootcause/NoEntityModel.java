package io.github.rootcause;

import java.util.Optional;

/**
 * The model that maps nothing.
 */
enum NoEntityModel implements EntityModel {

	INSTANCE;

	@Override
	public Optional<String> entity(String table) {
		return Optional.empty();
	}

	@Override
	public Optional<String> field(String table, String column) {
		return Optional.empty();
	}

}
