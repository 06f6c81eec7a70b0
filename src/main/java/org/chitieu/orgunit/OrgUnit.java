package org.chitieu.orgunit;

import java.time.LocalDate;

/** A node of the administrative tree, valid between two dates (either may be open). */
public record OrgUnit(long id, String code, String name, OrgUnitType type, Long parentId, LocalDate validFrom,
		LocalDate validTo) {

	public boolean validIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
