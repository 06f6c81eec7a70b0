package org.chitieu.project;

import java.math.BigDecimal;

/**
 * One month's report as the API or the entry form send it; {@code period} is "YYYY-MM", the
 * compensation figures are cumulative, {@code disbursed} is the month's amount (tỷ đồng).
 */
public record ReportRow(String period, BigDecimal disbursed, BigDecimal physicalProgress, Integer affectedHouseholds,
		BigDecimal areaHa, BigDecimal compensationApproved, BigDecimal compensationPaid, Integer handedOverHouseholds,
		String comment) {
}
