package org.chitieu.datavalue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Periods;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry, submission and approval of data values. A batch is written whole or not at all: every row
 * is checked first (400 listing each bad row), then the user's scope (403), then period locks.
 */
@Service
public class DataValueService {

	private static final int MAX_COMMENT = 2000;

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final Clock clock;

	DataValueService(DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits, AccessPolicy access,
			Clock clock) {
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Takes figures from the API or an import file. A user who may approve them (the owner agency's
	 * head, an ADMIN) stores them approved; anyone else submits them for approval.
	 */
	@Transactional
	public int post(ChiTieuUser user, List<DataValueRow> rows) {
		List<Entry> entries = check(user, rows);
		Instant now = this.clock.instant();
		for (Entry entry : entries) {
			DataValueStatus status = this.access.canApprove(user, entry.indicator().agencyId(), entry.unit().id())
					? DataValueStatus.APPROVED : DataValueStatus.SUBMITTED;
			this.values.write(entry.toValue(status, user.username(), now));
		}
		return entries.size();
	}

	/** Saves figures from the entry form, as drafts or submitted for approval. */
	@Transactional
	public int save(ChiTieuUser user, List<DataValueRow> rows, boolean submit) {
		List<Entry> entries = check(user, rows);
		Instant now = this.clock.instant();
		for (Entry entry : entries) {
			this.values.write(entry.toValue(submit ? DataValueStatus.SUBMITTED : DataValueStatus.DRAFT,
					user.username(), now));
		}
		return entries.size();
	}

	/**
	 * Deletes figures (DHIS2's DELETE import), each with a line in its history. Removing a counted
	 * figure is approving its absence, so only who may approve it (the owner agency's head, an ADMIN)
	 * may; scope and closed months hold as for any write.
	 */
	@Transactional
	public int delete(ChiTieuUser user, List<DataValueRow> keys) {
		List<Entry> entries = check(user, keys, false);
		for (Entry entry : entries) {
			if (!this.access.canApprove(user, entry.indicator().agencyId(), entry.unit().id())) {
				throw new AccessDeniedException("cannot delete " + entry.indicator().code());
			}
		}
		Instant now = this.clock.instant();
		entries.forEach(entry -> this.values.remove(entry.indicator().id(), entry.unit().id(), entry.month().getYear(),
				entry.month().getMonthValue(), user.username(), now));
		return entries.size();
	}

	/** Approves submitted values; {@code returnReason} null approves, otherwise returns them with that reason. */
	@Transactional
	public int review(ChiTieuUser user, List<DataValueRow> keys, String returnReason) {
		boolean returning = returnReason != null;
		if (returning && returnReason.isBlank()) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("reason", "datavalue.reasonRequired"));
		}
		List<Entry> entries = resolve(keys, false);
		List<InputError> errors = new ArrayList<>();
		List<DataValue> reviewed = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (!this.access.canApprove(user, entry.indicator().agencyId(), entry.unit().id())) {
				throw new AccessDeniedException("cannot review " + entry.indicator().code());
			}
			Optional<DataValue> current = this.values.find(entry.indicator().id(), entry.unit().id(),
					entry.month().getYear(), entry.month().getMonthValue());
			if (current.isEmpty() || current.get().status() != DataValueStatus.SUBMITTED) {
				errors.add(InputError.of("rows[" + i + "]", "datavalue.notSubmitted", entry.indicator().code(),
						entry.unit().code(), entry.month().toString()));
				continue;
			}
			DataValue value = current.get();
			reviewed.add(new DataValue(value.indicatorId(), value.orgUnitId(), value.year(), value.month(),
					value.value(), value.comment(), returning ? DataValueStatus.RETURNED : DataValueStatus.APPROVED,
					returning ? returnReason.strip() : null, user.username(), this.clock.instant()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", errors);
		}
		reviewed.forEach(this.values::write);
		return reviewed.size();
	}

	private List<Entry> check(ChiTieuUser user, List<DataValueRow> rows) {
		return check(user, rows, true);
	}

	private List<Entry> check(ChiTieuUser user, List<DataValueRow> rows, boolean needValue) {
		List<Entry> entries = resolve(rows, needValue);
		// an import repeats the same agency, unit and month many times: ask the database once for each
		Map<String, Boolean> enterable = new HashMap<>();
		for (Entry entry : entries) {
			if (!enterable.computeIfAbsent(entry.indicator().agencyId() + "@" + entry.unit().id(),
					key -> this.access.canEnter(user, entry.indicator().agencyId(), entry.unit().id()))) {
				throw new AccessDeniedException(
						"cannot enter " + entry.indicator().code() + " at " + entry.unit().code());
			}
		}
		Map<String, Boolean> lockedPeriods = new HashMap<>();
		List<InputError> locked = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (lockedPeriods.computeIfAbsent(entry.unit().id() + "@" + entry.month(), key -> this.values
				.isLocked(entry.unit().id(), entry.month().getYear(), entry.month().getMonthValue()))) {
				locked.add(InputError.of("rows[" + i + "]", "datavalue.locked", entry.unit().code(),
						entry.month().toString()));
			}
		}
		if (!locked.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", locked);
		}
		return entries;
	}

	/** Checks every row and resolves its codes; any error refuses the whole batch. */
	private List<Entry> resolve(List<DataValueRow> rows, boolean needValue) {
		if (rows == null || rows.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("rows", "datavalue.empty"));
		}
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<String, OrgUnit> units = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::code, Function.identity()));
		List<InputError> errors = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			DataValueRow row = rows.get(i);
			String at = "rows[" + i + "]";
			if (row == null) {
				errors.add(InputError.of(at, "datavalue.emptyRow"));
				continue;
			}
			Indicator indicator = indicators.get(row.indicator());
			OrgUnit unit = units.get(row.orgUnit());
			YearMonth month = month(row.period());
			if (indicator == null) {
				errors.add(InputError.of(at + ".indicator", "datavalue.unknownIndicator", String.valueOf(row.indicator())));
			}
			else if (indicator.computed()) {
				errors.add(InputError.of(at + ".indicator", "datavalue.computed", indicator.code()));
			}
			else if (indicator.fedByProjects()) {
				errors.add(InputError.of(at + ".indicator", "datavalue.fedByProjects", indicator.code()));
			}
			if (unit == null) {
				errors.add(InputError.of(at + ".orgUnit", "datavalue.unknownOrgUnit", String.valueOf(row.orgUnit())));
			}
			if (month == null) {
				errors.add(InputError.of(at + ".period", "datavalue.period", String.valueOf(row.period())));
			}
			else if (unit != null && !unit.validIn(month.getYear())) {
				errors.add(InputError.of(at + ".period", "datavalue.unitNotValid", unit.code(), month.toString()));
			}
			if (needValue && row.value() == null) {
				errors.add(InputError.of(at + ".value", "datavalue.valueRequired"));
			}
			if (row.comment() != null && row.comment().length() > MAX_COMMENT) {
				errors.add(InputError.of(at + ".comment", "datavalue.commentTooLong", MAX_COMMENT));
			}
			if (indicator != null && unit != null && month != null) {
				if (!seen.add(indicator.code() + "|" + unit.code() + "|" + month)) {
					errors.add(InputError.of(at, "datavalue.duplicateRow", indicator.code(), unit.code(), month.toString()));
				}
				entries.add(new Entry(indicator, unit, month, row));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", errors);
		}
		return entries;
	}

	private static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private record Entry(Indicator indicator, OrgUnit unit, YearMonth month, DataValueRow row) {

		DataValue toValue(DataValueStatus status, String by, Instant at) {
			String comment = this.row.comment() == null || this.row.comment().isBlank() ? null : this.row.comment().strip();
			return new DataValue(this.indicator.id(), this.unit.id(), this.month.getYear(), this.month.getMonthValue(),
					this.row.value(), comment, status, null, by, at);
		}

	}

}
