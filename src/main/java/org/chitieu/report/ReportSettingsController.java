package org.chitieu.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
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

	private static final int MAX_LINE = 1000;

	private final ProgressService progress;

	private final ReportSettingsStore store;

	private final AccessPolicy access;

	private final Clock clock;

	ReportSettingsController(ProgressService progress, ReportSettingsStore store, AccessPolicy access, Clock clock) {
		this.progress = progress;
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reports/settings")
	ReportSettings settings(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam(required = false) String period) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		return this.store.find(unit, month(period));
	}

	@PutMapping("/api/v1/reports/settings")
	ReportSettings save(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam(required = false) String period, @RequestBody ReportSettings settings) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		if (!user.is(Role.OFFICE) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("report settings are the office's");
		}
		YearMonth month = month(period);
		validate(settings);
		this.store.save(unit.code(), month, settings);
		return this.store.find(unit, month);
	}

	private YearMonth month(String period) {
		return period == null ? YearMonth.now(this.clock) : MonthlyReportController.month(period);
	}

	private static void validate(ReportSettings settings) {
		List<InputError> errors = new ArrayList<>();
		if (settings.placeName() == null || settings.placeName().isBlank()) {
			errors.add(InputError.of("placeName", "report.settings.required"));
		}
		if (settings.signer() == null) {
			errors.add(InputError.of("signer", "report.settings.required"));
		}
		if (settings.periodConvention() == null) {
			errors.add(InputError.of("periodConvention", "report.settings.required"));
		}
		if (settings.reportDate() == null) {
			errors.add(InputError.of("reportDate", "report.settings.required"));
		}
		lines("recipients", settings.recipients(), errors);
		lines("tasks", settings.tasks(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("report.settings.invalid", errors);
		}
	}

	private static void lines(String field, List<String> lines, List<InputError> errors) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank() || lines.get(i).length() > MAX_LINE) {
				errors.add(InputError.of(field + "[" + i + "]", "report.settings.line", MAX_LINE));
			}
		}
	}

}
