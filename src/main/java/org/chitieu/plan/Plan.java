package org.chitieu.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of the year's targets of one org unit, issued by a resolution. A revision by a new
 * resolution is the next version, in force from {@code effectiveFrom} (null: from the start of the
 * year); a draft ({@code issued} false) is being prepared and counts nowhere yet.
 */
public record Plan(long id, String code, long orgUnitId, int year, String resolution, int version,
		List<Target> targets, LocalDate effectiveFrom, boolean issued) {
}
