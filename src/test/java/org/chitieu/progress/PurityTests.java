package org.chitieu.progress;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The progress rules and periods are plain Java: no framework, no database, no clock. The query
 * that feeds the rules from the database lives apart, in {@code progress.query}.
 */
class PurityTests {

	private static final String[] PURE = { "org.chitieu.progress", "org.chitieu.period.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.chitieu.progress", "org.chitieu.period");

	@Test
	void pure_code_uses_no_framework_database_or_servlet() {
		noClasses().that()
			.resideInAnyPackage(PURE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "javax.servlet..")
			.check(this.classes);
	}

	@Test
	void pure_code_never_reads_the_clock() {
		noClasses().that()
			.resideInAnyPackage(PURE)
			.should()
			.callMethodWhere(target(name("now")))
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.time.Clock")
			.check(this.classes);
	}

}
