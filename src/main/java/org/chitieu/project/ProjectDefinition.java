package org.chitieu.project;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.chitieu.plan.Schedule;
import org.chitieu.web.InputError;

/**
 * A project as {@code POST /api/v1/projects} and the metadata document write it: agency, org unit and
 * groups by code; enumerations as text so that a wrong value is reported next to its field. Saving
 * it replaces the project's capital plans, schedules and group memberships.
 * @param capitalPlans the capital plan per year and source (ngân sách tỉnh, ngân sách huyện, ...)
 * @param schedules how a year's capital plan is phased: EVEN (the default) or CUSTOM with planned
 * cumulative disbursement by month, e.g. {@code {"2024-06": 30}}
 */
public record ProjectDefinition(String code, String name, String type, String investor, String orgUnit,
		Integer startYear, Integer endYear, BigDecimal totalInvestment, String stage, List<String> groups,
		List<CapitalPlanEntry> capitalPlans, List<ScheduleEntry> schedules) {

	public ProjectDefinition {
		groups = groups == null ? List.of() : groups;
		capitalPlans = capitalPlans == null ? List.of() : capitalPlans;
		schedules = schedules == null ? List.of() : schedules;
	}

	public record CapitalPlanEntry(Integer year, String source, BigDecimal amount) {
	}

	public record ScheduleEntry(Integer year, String schedule, Map<String, BigDecimal> planned) {
	}

	/** Every error of this definition, its fields named under {@code at} (e.g. "projects[2]"). */
	public List<InputError> check(String at, Predicate<String> knownUnit, Predicate<String> knownAgency,
			Predicate<String> knownGroup) {
		List<InputError> errors = new ArrayList<>();
		if (blank(this.code)) {
			errors.add(InputError.of(at + ".code", "project.required"));
		}
		if (blank(this.name)) {
			errors.add(InputError.of(at + ".name", "project.required"));
		}
		oneOf(errors, at + ".type", this.type, ProjectType.values());
		if (this.stage != null) {
			oneOf(errors, at + ".stage", this.stage, ProjectStage.values());
		}
		known(errors, at + ".investor", this.investor, knownAgency, "project.unknownAgency");
		known(errors, at + ".orgUnit", this.orgUnit, knownUnit, "project.unknownOrgUnit");
		if (this.startYear != null && this.endYear != null && this.startYear > this.endYear) {
			errors.add(InputError.of(at + ".endYear", "project.endBeforeStart"));
		}
		if (this.totalInvestment != null && this.totalInvestment.signum() < 0) {
			errors.add(InputError.of(at + ".totalInvestment", "project.negative"));
		}
		for (int i = 0; i < this.groups.size(); i++) {
			known(errors, at + ".groups[" + i + "]", this.groups.get(i), knownGroup, "project.unknownGroup");
		}
		Set<String> plans = new HashSet<>();
		for (int i = 0; i < this.capitalPlans.size(); i++) {
			CapitalPlanEntry plan = this.capitalPlans.get(i);
			String where = at + ".capitalPlans[" + i + "]";
			if (!validYear(plan.year())) {
				errors.add(InputError.of(where + ".year", "project.year"));
			}
			if (blank(plan.source())) {
				errors.add(InputError.of(where + ".source", "project.required"));
			}
			else if (!plans.add(plan.year() + "|" + plan.source())) {
				errors.add(InputError.of(where, "project.duplicate", plan.year() + " " + plan.source()));
			}
			if (plan.amount() == null || plan.amount().signum() < 0) {
				errors.add(InputError.of(where + ".amount", "project.negative"));
			}
		}
		Set<Integer> scheduled = new HashSet<>();
		for (int i = 0; i < this.schedules.size(); i++) {
			checkSchedule(errors, at + ".schedules[" + i + "]", this.schedules.get(i), scheduled);
		}
		return errors;
	}

	private static void checkSchedule(List<InputError> errors, String where, ScheduleEntry entry, Set<Integer> seen) {
		if (!validYear(entry.year())) {
			errors.add(InputError.of(where + ".year", "project.year"));
		}
		else if (!seen.add(entry.year())) {
			errors.add(InputError.of(where + ".year", "project.duplicate", entry.year()));
		}
		boolean custom = Schedule.CUSTOM.name().equals(entry.schedule());
		if (!custom && !Schedule.EVEN.name().equals(entry.schedule())) {
			errors.add(InputError.of(where + ".schedule", "project.oneOf", entry.schedule(), "CUSTOM, EVEN"));
		}
		boolean hasPlanned = entry.planned() != null && !entry.planned().isEmpty();
		if (custom != hasPlanned) {
			errors.add(InputError.of(where + ".planned", custom ? "project.plannedMissing" : "project.plannedNotCustom"));
		}
		if (hasPlanned) {
			entry.planned().forEach((month, value) -> {
				try {
					if (entry.year() != null && YearMonth.parse(month).getYear() != entry.year()) {
						errors.add(InputError.of(where + ".planned", "project.plannedYear", month, entry.year()));
					}
				}
				catch (DateTimeException ex) {
					errors.add(InputError.of(where + ".planned", "project.period", month));
				}
				if (value == null || value.signum() < 0) {
					errors.add(InputError.of(where + ".planned", "project.negative"));
				}
			});
		}
	}

	private static boolean validYear(Integer year) {
		return year != null && year >= 1900 && year <= 2200;
	}

	private static void known(List<InputError> errors, String at, String code, Predicate<String> known, String key) {
		if (blank(code)) {
			errors.add(InputError.of(at, "project.required"));
		}
		else if (!known.test(code)) {
			errors.add(InputError.of(at, key, code));
		}
	}

	private static void oneOf(List<InputError> errors, String at, String value, Enum<?>[] constants) {
		if (value == null || Arrays.stream(constants).noneMatch(constant -> constant.name().equals(value))) {
			errors.add(InputError.of(at, "project.oneOf", String.valueOf(value),
					String.join(", ", Arrays.stream(constants).map(Enum::name).sorted().toList())));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
