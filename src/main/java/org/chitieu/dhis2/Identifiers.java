package org.chitieu.dhis2;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chitieu.dhis2.Dhis2Mapping.Kind;

/**
 * DHIS2 identifiers and our codes. An identifier is looked up in the mapping table first, then among
 * our own codes (we have no UIDs of our own: our codes are our identifiers). Going out, the UID
 * scheme writes the mapped identifier and the CODE scheme the mapped one only when it is no UID.
 */
final class Identifiers {

	/** DHIS2's UID: a letter and ten letters or digits. */
	private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

	private final Map<Kind, Map<String, String>> toOurs = new HashMap<>();

	private final Map<Kind, Map<String, String>> toDhis2 = new HashMap<>();

	private final Map<Kind, Set<String>> ours;

	Identifiers(Iterable<Dhis2Mapping> mappings, Set<String> indicatorCodes, Set<String> unitCodes) {
		for (Kind kind : Kind.values()) {
			this.toOurs.put(kind, new HashMap<>());
			this.toDhis2.put(kind, new HashMap<>());
		}
		for (Dhis2Mapping mapping : mappings) {
			this.toOurs.get(mapping.kind()).put(mapping.dhis2(), mapping.code());
			this.toDhis2.get(mapping.kind()).put(mapping.code(), mapping.dhis2());
		}
		this.ours = Map.of(Kind.DATA_ELEMENT, indicatorCodes, Kind.ORG_UNIT, unitCodes);
	}

	/** Our code for a DHIS2 identifier, or null when it is neither mapped nor ours. */
	String ours(Kind kind, String identifier) {
		if (identifier == null) {
			return null;
		}
		String mapped = this.toOurs.get(kind).get(identifier);
		if (mapped != null) {
			return mapped;
		}
		return this.ours.get(kind).contains(identifier) ? identifier : null;
	}

	String dhis2(Kind kind, String code, Scheme scheme) {
		String mapped = this.toDhis2.get(kind).get(code);
		if (mapped == null || scheme == Scheme.CODE && UID.matcher(mapped).matches()) {
			return code;
		}
		return mapped;
	}

	/** The identifier schemes we read: DHIS2's {@code uid} (also written {@code id}) and {@code code}. */
	enum Scheme {
		UID, CODE;

		/** @throws IllegalArgumentException for DHIS2's NAME and ATTRIBUTE schemes, which we do not keep */
		static Scheme parse(String text, Scheme otherwise) {
			if (text == null || text.isBlank()) {
				return otherwise;
			}
			return switch (text.strip().toUpperCase(Locale.ROOT)) {
				case "UID", "ID" -> UID;
				case "CODE" -> CODE;
				default -> throw new IllegalArgumentException(text);
			};
		}
	}

}
