package org.chitieu.dhis2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * DHIS2's data value set, in both directions. On import, the set's {@code period}, {@code orgUnit}
 * and {@code attributeOptionCombo} apply to the values that lack them, and its id schemes take
 * precedence over the request's (as DHIS2 does).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DataValueSet(String dataSet, String completeDate, String period, String orgUnit,
		String attributeOptionCombo, String idScheme, String dataElementIdScheme, String orgUnitIdScheme,
		List<DataValue> dataValues) {

	DataValueSet {
		dataValues = dataValues == null ? List.of() : dataValues;
	}

	static DataValueSet of(List<DataValue> values) {
		return new DataValueSet(null, null, null, null, null, null, null, null, values);
	}

	/** One DHIS2 data value; values travel as text, the way DHIS2 sends them. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo,
			String attributeOptionCombo, String value, String storedBy, String created, String lastUpdated,
			String comment, Boolean followup) {

		/** The value with the set's period, org unit and attribute option combo where it has none. */
		DataValue within(DataValueSet set) {
			return new DataValue(this.dataElement, or(this.period, set.period()), or(this.orgUnit, set.orgUnit()),
					this.categoryOptionCombo, or(this.attributeOptionCombo, set.attributeOptionCombo()), this.value,
					this.storedBy, this.created, this.lastUpdated, this.comment, this.followup);
		}

		private static String or(String own, String inherited) {
			return own == null || own.isBlank() ? inherited : own;
		}

	}

}
