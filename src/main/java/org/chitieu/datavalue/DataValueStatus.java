package org.chitieu.datavalue;

/**
 * A data value's place in its workflow. The dashboard counts submitted and approved values: a draft
 * is still the department's own work, and a returned value was refused by its head.
 */
public enum DataValueStatus {
	DRAFT, SUBMITTED, APPROVED, RETURNED;

	public boolean counted() {
		return this == SUBMITTED || this == APPROVED;
	}
}
