package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
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
import org.chitieu.orgunit.Succession;
import org.chitieu.period.Periods;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry, submission and approval of figures (see {@link Figure} for their life). A batch is written whole
 * or not at all: every row is checked first (400 listing each bad row), then the user's scope (403),
 * then closed months (400 naming each closed row).
 */
@Service
public class DataValueService {

	/** At most this many errors are listed; the count says how many there were. */
	static final int MAX_ERRORS = 1000;

	static final int MAX_COMMENT = 2000;

	/** numeric(24, 6): 18 digits before the decimal point, 6 after. */
	private static final int MAX_INTEGER_DIGITS = 18;

	private static final int MAX_DECIMALS = 6;

	private final DataValues values;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DataValueService(DataValues values, IndicatorCatalogue catalogue, OrgUnits orgUnits, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock) {
		this.values = values;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the user may enter figures at all (reporters, heads, administrators). */
	public static boolean mayEnter(ChiTieuUser user) {
		return user.is(Role.REPORTER) || user.is(Role.AGENCY_HEAD) || user.is(Role.ADMIN);
	}

	/**
	 * Takes figures from the API or an import file; a row without a value deletes the figure (its comment
	 * says why). A user who may approve them (the owner agency's head, an ADMIN) stores them approved;
	 * anyone else submits them for approval.
	 */
	@Transactional
	public int post(ChiTieuUser user, List<DataValueRow> rows) {
		return enter(user, rows, true, false);
	}

	/**
	 * Saves figures from the entry form, as drafts or submitted; a user who may approve them approves
	 * them as they submit. A submitted figure far from its references needs an explanation
	 * ({@link Outliers}).
	 */
	@Transactional
	public int save(ChiTieuUser user, List<DataValueRow> rows, boolean submit) {
		return enter(user, rows, submit, submit);
	}

	private int enter(ChiTieuUser user, List<DataValueRow> rows, boolean submit, boolean explainOutliers) {
		List<Entry> entries = check(user, rows);
		Instant now = this.clock.instant();
		List<Figure> before = entries.stream().map(this::figure).toList();
		List<InputError> errors = new ArrayList<>();
		if (explainOutliers) {
			errors.addAll(unexplainedOutliers(entries));
		}
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Figure figure = before.get(i);
			if (entry.row().value() == null && figure.counted() == null && figure.revision() == null) {
				errors.add(InputError.of("rows[" + i + "]", "datavalue.nothingToDelete", entry.indicator().code(),
						entry.unit().code(), entry.month().toString()));
			}
		}
		refuseIf(errors);
		Changes changes = new Changes();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Figure figure = before.get(i);
			Figure.Version version = entry.version(user.username(), now);
			DataValueStatus status = !submit ? DataValueStatus.DRAFT
					: this.access.canApprove(user, entry.indicator().agencyId(), entry.unit().id())
							? DataValueStatus.APPROVED : DataValueStatus.SUBMITTED;
			Figure after = switch (status) {
				case DRAFT -> figure.draft(version);
				case APPROVED -> figure.approveDirectly(version);
				default -> figure.submit(version);
			};
			DataValue act = version.as(status, null);
			this.values.write(figure, after, act, version.comment());
			changes.add(figure, after, act);
		}
		changes.publish(this.events);
		return entries.size();
	}

	/**
	 * Deletes figures (DHIS2's DELETE import). A deletion is a revision like any other: approved at once for
	 * who may approve the figure, else waiting for approval while the counted value still counts.
	 */
	@Transactional
	public int delete(ChiTieuUser user, List<DataValueRow> keys) {
		return post(user, keys.stream()
			.map(key -> new DataValueRow(key.indicator(), key.orgUnit(), key.period(), null, key.comment()))
			.toList());
	}

	/**
	 * Approves the figures waiting for approval, or returns them with {@code returnReason}; all or none.
	 * The person who submitted a returned figure finds the reason in their inbox.
	 */
	@Transactional
	public int review(ChiTieuUser user, List<DataValueRow> keys, String returnReason) {
		boolean returning = returnReason != null;
		if (returning && returnReason.isBlank()) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("reason", "datavalue.reasonRequired"));
		}
		List<Entry> entries = resolve(keys, false);
		for (Entry entry : entries) {
			if (!this.access.canApprove(user, entry.indicator().agencyId(), entry.unit().id())) {
				throw new AccessDeniedException("cannot review " + entry.indicator().code());
			}
		}
		refuseIf(closed(entries));
		Instant now = this.clock.instant();
		List<InputError> errors = new ArrayList<>();
		List<Figure> before = new ArrayList<>();
		List<Figure> after = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Figure figure = figure(entry);
			Figure reviewed = returning ? figure.returnWith(returnReason.strip(), user.username(), now)
					: figure.approve(user.username(), now);
			if (reviewed == null) {
				errors.add(InputError.of("rows[" + i + "]", "datavalue.notSubmitted", entry.indicator().code(),
						entry.unit().code(), entry.month().toString()));
			}
			before.add(figure);
			after.add(reviewed);
		}
		refuseIf(errors);
		Changes changes = new Changes();
		for (int i = 0; i < entries.size(); i++) {
			Figure figure = before.get(i);
			Figure reviewed = after.get(i);
			DataValue submitted = figure.pending();
			DataValue act = new DataValue(submitted.indicatorId(), submitted.orgUnitId(), submitted.year(),
					submitted.month(), submitted.value(), submitted.comment(),
					returning ? DataValueStatus.RETURNED : DataValueStatus.APPROVED, returning ? returnReason.strip() : null,
					user.username(), now);
			this.values.write(figure, reviewed, act, returning ? returnReason.strip() : submitted.comment());
			changes.add(figure, reviewed, act);
			if (returning) {
				Entry entry = entries.get(i);
				this.events.publishEvent(new FigureReturned(submitted.updatedBy(), entry.indicator().name() + ", " + entry.unit().name()
						+ ", " + entry.month().getMonthValue() + "/" + entry.month().getYear() + ": " + returnReason.strip()));
			}
		}
		changes.publish(this.events);
		return entries.size();
	}

	/** The indicators and years of a batch whose counted values changed: what the rollups recompute. */
	private static final class Changes {

		private final Set<Long> indicatorIds = new HashSet<>();

		private final Set<Integer> years = new HashSet<>();

		void add(Figure before, Figure after, DataValue act) {
			if (!sameValue(before.counted(), after.counted())) {
				this.indicatorIds.add(act.indicatorId());
				this.years.add(act.year());
			}
		}

		void publish(ApplicationEventPublisher events) {
			if (!this.indicatorIds.isEmpty()) {
				events.publishEvent(new FiguresChanged(this.indicatorIds, this.years));
			}
		}

		private static boolean sameValue(DataValue before, DataValue after) {
			return (before == null || after == null) ? before == after : before.value().compareTo(after.value()) == 0;
		}

	}

	private Figure figure(Entry entry) {
		return this.values.figure(entry.indicator().id(), entry.unit().id(), entry.month().getYear(),
				entry.month().getMonthValue());
	}

	private List<Entry> check(ChiTieuUser user, List<DataValueRow> rows) {
		if (!mayEnter(user)) {
			throw new AccessDeniedException("entering figures is for reporters, heads and administrators");
		}
		List<Entry> entries = resolve(rows, true);
		// an import repeats the same agency and unit many times: ask the database once for each
		Map<String, Boolean> enterable = new HashMap<>();
		for (Entry entry : entries) {
			if (!enterable.computeIfAbsent(entry.indicator().agencyId() + "@" + entry.unit().id(),
					key -> this.access.canEnter(user, entry.indicator().agencyId(), entry.unit().id()))) {
				throw new AccessDeniedException(
						"cannot enter " + entry.indicator().code() + " at " + entry.unit().code());
			}
		}
		refuseIf(closed(entries));
		return entries;
	}

	/** The rows whose month is closed for their unit (khóa sổ). */
	private List<InputError> closed(List<Entry> entries) {
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
		return locked;
	}

	/** Submitted values far from both the previous month and the same month last year, without a comment. */
	private List<InputError> unexplainedOutliers(List<Entry> entries) {
		List<InputError> errors = new ArrayList<>();
		List<Long> ids = this.catalogue.findAll().stream().map(Indicator::id).toList();
		Map<String, Map<FigureKey, BigDecimal>> references = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			BigDecimal value = entry.row().value();
			if (value == null || entry.comment() != null) {
				continue;
			}
			long indicator = entry.indicator().id();
			long unit = entry.unit().id();
			Map<FigureKey, BigDecimal> counted = references.computeIfAbsent(unit + "@" + entry.month().getYear(),
					key -> this.values.countedAround(ids, unit, entry.month().getYear()));
			if (Outliers.far(value, counted.get(FigureKey.of(indicator, unit, entry.month().minusMonths(1))),
					counted.get(FigureKey.of(indicator, unit, entry.month().minusYears(1))))) {
				errors.add(InputError.of("rows[" + i + "].comment", "datavalue.outlier", entry.indicator().code(),
						entry.month().toString()));
			}
		}
		return errors;
	}

	/** Checks every row and resolves its codes; any error refuses the whole batch. */
	private List<Entry> resolve(List<DataValueRow> rows, boolean entering) {
		if (rows == null || rows.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("rows", "datavalue.empty"));
		}
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		List<OrgUnit> allUnits = this.orgUnits.findAll();
		Map<String, OrgUnit> units = allUnits.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
		Validity validity = new Validity(allUnits, this.orgUnits.findSuccessions());
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
			errors.addAll(rowErrors(at, row, indicator, unit, month, validity, entering));
			if (indicator != null && unit != null && month != null) {
				if (!seen.add(indicator.code() + "|" + unit.code() + "|" + month)) {
					errors.add(InputError.of(at, "datavalue.duplicateRow", indicator.code(), unit.code(), month.toString()));
				}
				entries.add(new Entry(indicator, unit, month, row));
			}
		}
		refuseIf(errors);
		return entries;
	}

	/**
	 * What is wrong with one row on its own (its codes, month, value and comment), in the order a person
	 * reads the row; {@code indicator}, {@code unit} and {@code month} are null where they were not found.
	 */
	static List<InputError> rowErrors(String at, DataValueRow row, Indicator indicator, OrgUnit unit,
			YearMonth month, Validity validity, boolean entering) {
		List<InputError> errors = new ArrayList<>();
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
		else if (unit != null) {
			validity.refusal(at + ".period", unit, month).ifPresent(errors::add);
		}
		if (entering) {
			checkValue(at, indicator, row).ifPresent(errors::add);
		}
		if (row.comment() != null && row.comment().length() > MAX_COMMENT) {
			errors.add(InputError.of(at + ".comment", "datavalue.commentTooLong", MAX_COMMENT));
		}
		return errors;
	}

	/**
	 * A value fits the database column (finite, 18 digits before the point, 6 after) and the indicator's
	 * entry checks; a missing value deletes the figure and needs a comment saying why.
	 */
	static Optional<InputError> checkValue(String at, Indicator indicator, DataValueRow row) {
		BigDecimal value = row.value();
		if (value == null) {
			return (row.comment() == null || row.comment().isBlank())
					? Optional.of(InputError.of(at + ".comment", "datavalue.deletionNeedsComment")) : Optional.empty();
		}
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
			return Optional.of(InputError.of(at + ".value", "datavalue.tooLarge"));
		}
		if (plain.scale() > MAX_DECIMALS) {
			return Optional.of(InputError.of(at + ".value", "datavalue.tooManyDecimals", MAX_DECIMALS));
		}
		return (indicator == null) ? Optional.empty() : indicator.entryChecks().refusal(at + ".value", value);
	}

	/** Refuses with the errors, listing at most {@link #MAX_ERRORS} and saying how many there were. */
	static void refuseIf(List<InputError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException("datavalue.invalid", listed(errors));
		}
	}

	/** The first {@link #MAX_ERRORS} errors, then how many there were if there were more. */
	static List<InputError> listed(List<InputError> errors) {
		if (errors.size() <= MAX_ERRORS) {
			return errors;
		}
		List<InputError> listed = new ArrayList<>(errors.subList(0, MAX_ERRORS));
		listed.add(InputError.of("errors", "datavalue.moreErrors", MAX_ERRORS, errors.size()));
		return listed;
	}

	static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Which months a unit takes figures for: those its validity dates touch. A month before its birth
	 * belongs to its predecessors, a month after its end to its successors; the error names them.
	 */
	static final class Validity {

		private final Map<Long, OrgUnit> units;

		private final Collection<Succession> successions;

		Validity(List<OrgUnit> units, Collection<Succession> successions) {
			this.units = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
			this.successions = successions;
		}

		Optional<InputError> refusal(String field, OrgUnit unit, YearMonth month) {
			if (touches(unit, month)) {
				return Optional.empty();
			}
			boolean beforeBirth = unit.validFrom() != null && month.atEndOfMonth().isBefore(unit.validFrom());
			String holders = this.successions.stream()
				.filter(s -> beforeBirth ? s.toId() == unit.id() : s.fromId() == unit.id())
				.map(s -> this.units.get(beforeBirth ? s.fromId() : s.toId()))
				.map(OrgUnit::code)
				.distinct()
				.sorted()
				.collect(Collectors.joining(", "));
			String validity = (unit.validFrom() == null ? "…" : unit.validFrom().toString()) + " – "
					+ (unit.validTo() == null ? "…" : unit.validTo().toString());
			return Optional.of(holders.isEmpty()
					? InputError.of(field, "datavalue.unitNotValid", unit.code(), month.toString(), validity)
					: InputError.of(field, "datavalue.unitNotValidHeldBy", unit.code(), month.toString(), validity,
							holders));
		}

	}

	/** Whether the unit's validity dates touch the month: a unit takes figures for those months only. */
	static boolean touches(OrgUnit unit, YearMonth month) {
		return (unit.validFrom() == null || !month.atEndOfMonth().isBefore(unit.validFrom()))
				&& (unit.validTo() == null || !month.atDay(1).isAfter(unit.validTo()));
	}

	private record Entry(Indicator indicator, OrgUnit unit, YearMonth month, DataValueRow row) {

		String comment() {
			return (this.row.comment() == null || this.row.comment().isBlank()) ? null : this.row.comment().strip();
		}

		Figure.Version version(String by, Instant at) {
			return new Figure.Version(this.indicator.id(), this.unit.id(), this.month.getYear(),
					this.month.getMonthValue(), this.row.value(), comment(), by, at);
		}

	}

}
