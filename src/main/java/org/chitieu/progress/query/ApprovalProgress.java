package org.chitieu.progress.query;

import java.time.YearMonth;
import java.util.Optional;

import org.chitieu.datavalue.PlanToDate;
import org.chitieu.orgunit.OrgUnit;

import org.springframework.stereotype.Component;

/** The approval page's plan to date and unit total: the unit's plan evaluated at the figure's month. */
@Component
class ApprovalProgress implements PlanToDate {

	private final ProgressService progress;

	private final PageScope scope;

	ApprovalProgress(ProgressService progress, PageScope scope) {
		this.progress = progress;
		this.scope = scope;
	}

	@Override
	public Optional<Progress> at(OrgUnit unit, String indicatorCode, YearMonth month) {
		if (this.scope.plan(unit, month.getYear()).isEmpty()) {
			return Optional.empty();
		}
		return this.progress.report(unit, month)
			.indicators()
			.stream()
			.filter(indicator -> indicator.code().equals(indicatorCode))
			.findFirst()
			.map(indicator -> new Progress(indicator.expected(), indicator.actual()));
	}

}
