package org.chitieu.report;

import java.util.ArrayList;
import java.util.List;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Saves a unit's report settings for the API and the report page alike: the office's, checked whole. */
@Component
class ReportSettingsEditor {

	private static final int MAX_LINE = 4000;

	private final ReportSettingsStore store;

	private final AccessPolicy access;

	ReportSettingsEditor(ReportSettingsStore store, AccessPolicy access) {
		this.store = store;
		this.access = access;
	}

	static boolean mayEdit(ChiTieuUser user) {
		return user.is(Role.OFFICE) || user.is(Role.ADMIN);
	}

	void save(ChiTieuUser user, OrgUnit unit, Period period, ReportSettings settings) {
		this.access.checkRead(user, unit.id());
		if (!mayEdit(user)) {
			throw new AccessDeniedException("report settings are the office's");
		}
		validate(settings);
		this.store.save(unit.code(), period, settings);
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
		lines("resultsNotes", settings.resultsNotes(), errors);
		lines("shortcomingsNotes", settings.shortcomingsNotes(), errors);
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
