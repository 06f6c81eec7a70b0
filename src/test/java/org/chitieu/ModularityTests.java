package org.chitieu;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code org.chitieu} is a module; other modules may use only its
 * top-level public types (and the progress module's named interface {@code query}), and modules
 * may not depend on each other in a cycle.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(ChiTieuApplication.class);

	@Test
	void modules_use_each_other_only_through_their_public_types() {
		modules.verify();
	}

	@Test
	void module_documentation_is_written() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
