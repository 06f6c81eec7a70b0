package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import org.chitieu.orgunit.OrgUnit;

/**
 * What the approval page shows beside a figure from the progress rules: the plan to date of the unit's
 * target and the unit's year-to-date total. The progress module provides it (it depends on this one).
 */
public interface PlanToDate {

	Optional<Progress> at(OrgUnit unit, String indicatorCode, YearMonth month);

	record Progress(BigDecimal expected, BigDecimal actual) {
	}

}
