package org.chitieu.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.chitieu.datavalue.DataValueStatus;

/**
 * The investor's report on a project for one month. {@code disbursed} is the month's amount; the
 * compensation figures are cumulative. Every figure is optional.
 */
public record ProjectReport(long projectId, int year, int month, BigDecimal disbursed, BigDecimal physicalProgress,
		Integer affectedHouseholds, BigDecimal areaHa, BigDecimal compensationApproved, BigDecimal compensationPaid,
		Integer handedOverHouseholds, String comment, DataValueStatus status, String returnReason, String updatedBy,
		Instant updatedAt) {

	public String period() {
		return YearMonth.of(this.year, this.month).toString();
	}

}
