package org.chitieu.progress.query;

import java.time.LocalDate;
import java.util.List;

/** The plan of an org unit for a year, evaluated at a month: {@code GET /api/v1/progress}. */
public record ProgressReport(String orgUnit, String orgUnitName, String period, Window window, Summary summary,
		String plan, String resolution, List<IndicatorProgress> indicators) {

	/** The days the month's data covers, by the deployment's period convention. */
	public record Window(LocalDate from, LocalDate to) {
	}

	/** "22/24 chỉ tiêu đạt kế hoạch tiến độ": on track or achieved, of all the plan's targets. */
	public record Summary(int onTrack, int total) {
	}

}
