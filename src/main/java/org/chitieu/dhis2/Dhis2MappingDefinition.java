package org.chitieu.dhis2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.chitieu.web.InputError;

/**
 * A mapping as the metadata document and the mapping page send it, kind as text so that a wrong one
 * is reported next to its field: {@code {"kind": "DATA_ELEMENT", "dhis2": "fbfJHSPpUQD", "code": "RICE"}}.
 */
public record Dhis2MappingDefinition(String kind, String dhis2, String code) {

	private static final int MAX_IDENTIFIER = 100;

	/**
	 * Checks mappings against each other and against the codes we know: a kind of the two, a DHIS2
	 * identifier and a code of ours, each DHIS2 identifier and each code mapped once per kind.
	 */
	public static List<InputError> check(String at, List<Dhis2MappingDefinition> definitions,
			Predicate<String> knownIndicator, Predicate<String> knownOrgUnit) {
		List<InputError> errors = new ArrayList<>();
		Set<String> identifiers = new HashSet<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < definitions.size(); i++) {
			Dhis2MappingDefinition definition = definitions.get(i);
			String field = at + "[" + i + "]";
			Dhis2Mapping.Kind kind = definition.parsedKind();
			if (kind == null) {
				errors.add(InputError.of(field + ".kind", "metadata.oneOf", definition.kind(),
						String.join(", ", Arrays.stream(Dhis2Mapping.Kind.values()).map(Enum::name).toList())));
			}
			if (definition.dhis2() == null || definition.dhis2().isBlank()) {
				errors.add(InputError.of(field + ".dhis2", "metadata.required"));
			}
			else if (definition.dhis2().strip().length() > MAX_IDENTIFIER) {
				errors.add(InputError.of(field + ".dhis2", "dhis2.mapping.tooLong", MAX_IDENTIFIER));
			}
			else if (kind != null && !identifiers.add(kind + "|" + definition.dhis2().strip())) {
				errors.add(InputError.of(field + ".dhis2", "metadata.duplicate", definition.dhis2()));
			}
			if (definition.code() == null || definition.code().isBlank()) {
				errors.add(InputError.of(field + ".code", "metadata.required"));
			}
			else if (kind == Dhis2Mapping.Kind.DATA_ELEMENT && !knownIndicator.test(definition.code())) {
				errors.add(InputError.of(field + ".code", "metadata.unknownIndicator", definition.code()));
			}
			else if (kind == Dhis2Mapping.Kind.ORG_UNIT && !knownOrgUnit.test(definition.code())) {
				errors.add(InputError.of(field + ".code", "metadata.unknownOrgUnit", definition.code()));
			}
			else if (kind != null && !codes.add(kind + "|" + definition.code())) {
				errors.add(InputError.of(field + ".code", "metadata.duplicate", definition.code()));
			}
		}
		return errors;
	}

	/** The mapping this stands for; call only after {@link #check} found nothing. */
	public Dhis2Mapping mapping() {
		return new Dhis2Mapping(parsedKind(), this.dhis2.strip(), this.code);
	}

	public static Dhis2MappingDefinition of(Dhis2Mapping mapping) {
		return new Dhis2MappingDefinition(mapping.kind().name(), mapping.dhis2(), mapping.code());
	}

	private Dhis2Mapping.Kind parsedKind() {
		return Arrays.stream(Dhis2Mapping.Kind.values())
			.filter(k -> k.name().equals(this.kind))
			.findFirst()
			.orElse(null);
	}

}
