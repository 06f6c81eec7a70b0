package org.chitieu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.Plans.TargetDefinition;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.AuditLog;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's work on plans from the web pages: next year's plan prepared as a draft from this
 * year's targets, the draft's targets, schedules and CUSTOM points edited, the draft issued under its
 * resolution. Only the office of the plan's subtree and administrators do it; each act is audited.
 */
@Service
public class PlanEditing {

	private final Plans plans;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final AuditLog audit;

	PlanEditing(Plans plans, OrgUnits orgUnits, AccessPolicy access, AuditLog audit) {
		this.plans = plans;
		this.orgUnits = orgUnits;
		this.access = access;
		this.audit = audit;
	}

	/** Whether the user edits the plans of the unit: an ADMIN, or the office of a unit above or at it. */
	public boolean canEdit(ChiTieuUser user, long orgUnitId) {
		return (user.is(Role.ADMIN) || user.is(Role.OFFICE)) && this.access.canRead(user, orgUnitId);
	}

	/** Next year's draft of the plan: returns its code (the existing one when that year has a plan). */
	@Transactional
	public String prepareNextYear(ChiTieuUser user, String code) {
		Plan current = this.plans.findByCode(code).orElseThrow(() -> new NotFoundException("plan.unknown", code));
		OrgUnit unit = checkEdit(user, current.orgUnitId());
		String next = this.plans.prepareNextYear(current, unit.code());
		this.audit.record(user.username(), "plan.prepared", unit.id(), next, "from " + code);
		return next;
	}

	/** The draft of the plan, for the grid. */
	public Plan draft(ChiTieuUser user, String code) {
		Plan draft = this.plans.findDraft(code).orElseThrow(() -> new NotFoundException("plan.noDraft", code));
		checkEdit(user, draft.orgUnitId());
		return draft;
	}

	/** Replaces the draft's targets with the grid's rows; refused whole when a row is wrong. */
	@Transactional
	public void saveDraft(ChiTieuUser user, String code, List<DraftRow> rows) {
		Plan draft = draft(user, code);
		List<InputError> errors = new ArrayList<>();
		List<TargetDefinition> targets = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			DraftRow row = rows.get(i);
			String at = row.indicator();
			if (row.value() == null) {
				errors.add(InputError.of(at, "plan.draft.value", row.indicator()));
				continue;
			}
			Map<String, BigDecimal> planned = null;
			if (row.schedule() == Schedule.CUSTOM) {
				if (row.planned().isEmpty()) {
					errors.add(InputError.of(at, "plan.draft.points", row.indicator()));
					continue;
				}
				planned = new LinkedHashMap<>();
				for (Map.Entry<Integer, BigDecimal> point : row.planned().entrySet()) {
					if (point.getKey() < 1 || point.getKey() > 12) {
						errors.add(InputError.of(at, "plan.draft.month", row.indicator(), point.getKey()));
						continue;
					}
					planned.put(YearMonth.of(draft.year(), point.getKey()).toString(), point.getValue());
				}
			}
			targets.add(new TargetDefinition(row.indicator(), row.value(), row.schedule(), planned));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("plan.draft.invalid", errors);
		}
		this.plans.saveDraft(code, targets);
		this.audit.record(user.username(), "plan.draftSaved", draft.orgUnitId(), code, targets.size() + " targets");
	}

	/** Issues the draft under its resolution, in force from {@code effectiveFrom} (empty: the start of the year). */
	@Transactional
	public void issue(ChiTieuUser user, String code, String resolution, LocalDate effectiveFrom) {
		Plan draft = draft(user, code);
		if (resolution == null || resolution.isBlank()) {
			throw new InvalidInputException("plan.draft.invalid",
					List.of(InputError.of("resolution", "plan.draft.resolution")));
		}
		if (effectiveFrom != null && effectiveFrom.getYear() != draft.year()) {
			throw new InvalidInputException("plan.draft.invalid",
					List.of(InputError.of("effectiveFrom", "plan.effectiveFromOrder", code, draft.year())));
		}
		this.plans.issueDraft(code, resolution.strip(), effectiveFrom);
		this.audit.record(user.username(), "plan.issued", draft.orgUnitId(), code, resolution.strip());
	}

	private OrgUnit checkEdit(ChiTieuUser user, long orgUnitId) {
		if (!canEdit(user, orgUnitId)) {
			throw new AccessDeniedException("plans of this unit are not the user's to edit");
		}
		return this.orgUnits.findById(orgUnitId).orElseThrow();
	}

	/** One row of the draft grid, its numbers already read: CUSTOM points by month 1..12. */
	public record DraftRow(String indicator, BigDecimal value, Schedule schedule, Map<Integer, BigDecimal> planned) {
	}

}
