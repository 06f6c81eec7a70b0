package org.chitieu.report;

import java.time.Clock;
import java.time.YearMonth;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/v1/reports/settings?orgUnit=CD&period=2024-05}: the settings of the unit's
 * report and of its report of that month (this month when no period is given). Anyone who may read
 * the unit sees them; the office (and ADMIN) edits them.
 */
@RestController
class ReportSettingsController {

	private final ProgressService progress;

	private final ReportSettingsStore store;

	private final AccessPolicy access;

	private final ReportSettingsEditor editor;

	private final Clock clock;

	ReportSettingsController(ProgressService progress, ReportSettingsStore store, AccessPolicy access,
			ReportSettingsEditor editor, Clock clock) {
		this.progress = progress;
		this.store = store;
		this.access = access;
		this.editor = editor;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reports/settings")
	ReportSettings settings(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam(required = false) String period) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		return this.store.find(unit, period(period));
	}

	@PutMapping("/api/v1/reports/settings")
	ReportSettings save(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam(required = false) String period, @RequestBody ReportSettings settings) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		Period key = period(period);
		this.editor.save(user, unit, key, settings);
		return this.store.find(unit, key);
	}

	private Period period(String period) {
		return period == null ? Period.month(YearMonth.now(this.clock)) : ReportsController.period(period);
	}

}
