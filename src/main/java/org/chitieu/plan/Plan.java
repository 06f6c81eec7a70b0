package org.chitieu.plan;

import java.util.List;

/** The year's targets of one org unit, issued by a resolution; each re-import makes a new version. */
public record Plan(long id, String code, long orgUnitId, int year, String resolution, int version,
		List<Target> targets) {
}
