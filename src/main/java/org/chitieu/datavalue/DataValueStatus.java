package org.chitieu.datavalue;

/**
 * A version's place in the life of a figure ({@link Figure}): a counted value is APPROVED or a first
 * SUBMITTED; a pending revision is a DRAFT, SUBMITTED or RETURNED.
 */
public enum DataValueStatus {
	DRAFT, SUBMITTED, APPROVED, RETURNED
}
