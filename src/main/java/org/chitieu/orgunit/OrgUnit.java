package org.chitieu.orgunit;

import java.time.LocalDate;

/** A node of the administrative tree, valid between two dates (either may be open). */
public record OrgUnit(long id, String code, String name, OrgUnitType type, Long parentId, LocalDate validFrom,
		LocalDate validTo) {

	public boolean validIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

	public boolean validOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day)) && (this.validTo == null || !this.validTo.isBefore(day));
	}

	/** {@code day}, or the nearest day of the unit's validity: the day on whose boundaries it is seen. */
	public LocalDate nearestValidDay(LocalDate day) {
		if (this.validTo != null && this.validTo.isBefore(day)) {
			return this.validTo;
		}
		return (this.validFrom != null && this.validFrom.isAfter(day)) ? this.validFrom : day;
	}

}
