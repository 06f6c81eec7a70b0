package org.chitieu.dhis2;

/** One DHIS2 identifier ({@code dhis2}: a UID or a code) standing for our indicator or org unit {@code code}. */
public record Dhis2Mapping(Kind kind, String dhis2, String code) {

	/** What a DHIS2 identifier names: a data element is our indicator, an org unit our org unit. */
	public enum Kind {
		DATA_ELEMENT, ORG_UNIT
	}

}
