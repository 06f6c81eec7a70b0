package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chitieu.datavalue.DataValues;
import org.chitieu.datavalue.DataValues.CountedValue;
import org.chitieu.datavalue.FiguresChanged;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.orgunit.Succession;
import org.chitieu.progress.InMemoryObservations;
import org.chitieu.progress.IndicatorFeed;
import org.chitieu.progress.IndicatorFeed.FedValue;
import org.chitieu.progress.RolledUpYearToDate;
import org.chitieu.progress.RolledUpYearToDate.Rollup;
import org.chitieu.progress.query.FigureRollups.Row;
import org.chitieu.progress.query.FigureRollups.Slice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rollups equal to what the progress rules make of the figures, in the transaction that
 * changes them: a change of counted values ({@link FiguresChanged}) recomputes its indicators' years
 * at every unit; a change of the tree or the catalogue {@link #rebuild rebuilds} them all.
 * <p>
 * The tree the rules read is the one of the reporting month, for its year and the year before. It
 * changes only on the days units are formed or end, so the rollups are kept per <em>boundary</em>,
 * the first day of each stretch between such days, for the years its reporting months read.
 */
@Service
public class RollupMaintenance {

	/** The version of the rules the rollups follow: raise it when their result changes, to rebuild on start. */
	static final int VERSION = 1;

	private static final Logger logger = LoggerFactory.getLogger(RollupMaintenance.class);

	private static final int LAST_YEAR = 9999;

	private final FigureRollups rollups;

	private final OrgUnits orgUnits;

	private final IndicatorCatalogue catalogue;

	private final DataValues dataValues;

	private final ObjectProvider<IndicatorFeed> feeds;

	private final Clock clock;

	RollupMaintenance(FigureRollups rollups, OrgUnits orgUnits, IndicatorCatalogue catalogue, DataValues dataValues,
			ObjectProvider<IndicatorFeed> feeds, Clock clock) {
		this.rollups = rollups;
		this.orgUnits = orgUnits;
		this.catalogue = catalogue;
		this.dataValues = dataValues;
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * Recomputes the years of the indicators whose counted values changed, at every unit and boundary.
	 * A project-fed indicator is recomputed in every year, since a level reported by a project carries
	 * forward into the following months and years.
	 */
	@EventListener
	@Transactional
	public void figuresChanged(FiguresChanged change) {
		Map<Long, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.filter(indicator -> !indicator.computed() && change.indicatorIds().contains(indicator.id()))
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		boolean anyFed = indicators.values().stream().anyMatch(Indicator::fedByProjects);
		if (indicators.isEmpty() || (change.years().isEmpty() && !anyFed)) {
			return;
		}
		// a fed indicator's slices are all its years: (indicator, 0) stands for them when locking
		this.rollups.lock(indicators.values()
			.stream()
			.flatMap(indicator -> indicator.fedByProjects() ? Stream.of(new Slice(indicator.id(), 0))
					: change.years().stream().map(year -> new Slice(indicator.id(), year)))
			.toList());
		Tree tree = tree();
		Map<String, Map<Integer, List<Value>>> fed = fed(indicators.values());
		Map<Long, Map<Integer, List<Value>>> values = change.years().isEmpty() ? new HashMap<>()
				: counted(indicators.keySet(), Collections.min(change.years()), Collections.max(change.years()), tree);
		List<Slice> slices = new ArrayList<>();
		for (Indicator indicator : indicators.values()) {
			Set<Integer> years = new TreeSet<>(change.years());
			if (indicator.fedByProjects()) {
				values.put(indicator.id(), fed.getOrDefault(indicator.code(), Map.of()));
				years.addAll(values.get(indicator.id()).keySet());
				years.addAll(this.rollups.years(indicator.id()));
			}
			years.forEach(year -> slices.add(new Slice(indicator.id(), year)));
		}
		this.rollups.replace(slices, rows(tree, indicators, values, slices));
	}

	/** Recomputes every rollup: after a change of the tree or the catalogue, or on start when they are out of date. */
	@Transactional
	public void rebuild() {
		this.rollups.lockAll();
		Tree tree = tree();
		List<Indicator> raw = this.catalogue.findAll().stream().filter(indicator -> !indicator.computed()).toList();
		this.rollups.replaceAll(tree.boundaries(), VERSION, this.clock.instant());
		Map<String, Map<Integer, List<Value>>> fed = fed(raw);
		for (Indicator indicator : raw) {
			Map<Integer, List<Value>> byYear = indicator.fedByProjects() ? fed.getOrDefault(indicator.code(), Map.of())
					: counted(List.of(indicator.id()), FigureRollups.EARLIEST.getYear(), LAST_YEAR, tree)
						.getOrDefault(indicator.id(), Map.of());
			List<Slice> slices = byYear.keySet().stream().map(year -> new Slice(indicator.id(), year)).toList();
			this.rollups.insert(rows(tree, Map.of(indicator.id(), indicator), Map.of(indicator.id(), byYear), slices));
		}
	}

	/** On start: rebuilds the rollups when they are missing or were built by other rules (after a migration). */
	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	public void started() {
		if (!this.rollups.version().map(version -> version == VERSION).orElse(false)) {
			logger.info("Building the figure rollups (version {})", VERSION);
			rebuild();
		}
	}

	private List<Row> rows(Tree tree, Map<Long, Indicator> indicators, Map<Long, Map<Integer, List<Value>>> values,
			List<Slice> slices) {
		List<Row> rows = new ArrayList<>();
		for (Slice slice : slices) {
			Indicator indicator = indicators.get(slice.indicatorId());
			List<Value> ofYear = values.getOrDefault(slice.indicatorId(), Map.of()).getOrDefault(slice.year(), List.of());
			for (LocalDate boundary : tree.boundariesReading(slice.year())) {
				InMemoryObservations.Builder observations = tree.at(boundary);
				ofYear.forEach(value -> observations.value(indicator.code(), value.unit(), slice.year(), value.month(),
						value.value()));
				for (Rollup rollup : RolledUpYearToDate.rollUp(ProgressService.rule(indicator), slice.year(),
						tree.codes(), observations.build())) {
					rows.add(new Row(boundary, indicator.id(), tree.id(rollup.unit()), slice.year(), rollup.toDate(),
							rollup.monthsSummed()));
				}
			}
		}
		return rows;
	}

	/** The counted values of the indicators, by indicator and year. */
	private Map<Long, Map<Integer, List<Value>>> counted(Collection<Long> ids, int fromYear, int toYear, Tree tree) {
		Map<Long, Map<Integer, List<Value>>> values = new HashMap<>();
		for (CountedValue value : this.dataValues.findCounted(ids, fromYear, toYear)) {
			values.computeIfAbsent(value.indicatorId(), id -> new HashMap<>())
				.computeIfAbsent(value.year(), year -> new ArrayList<>())
				.add(new Value(tree.code(value.orgUnitId()), value.month(), value.value()));
		}
		return values;
	}

	/** The values of the project-fed indicators among {@code indicators}, by code and year; none is read when none is fed. */
	private Map<String, Map<Integer, List<Value>>> fed(Collection<Indicator> indicators) {
		Set<String> codes = indicators.stream()
			.filter(Indicator::fedByProjects)
			.map(Indicator::code)
			.collect(Collectors.toSet());
		Map<String, Map<Integer, List<Value>>> values = new HashMap<>();
		if (codes.isEmpty()) {
			return values;
		}
		this.feeds.orderedStream()
			.flatMap(feed -> feed.feed(FigureRollups.EARLIEST.getYear(), LAST_YEAR).values().stream())
			.filter((FedValue value) -> codes.contains(value.indicator()))
			.forEach(value -> values.computeIfAbsent(value.indicator(), code -> new HashMap<>())
				.computeIfAbsent(value.year(), year -> new ArrayList<>())
				.add(new Value(value.orgUnit(), value.month(), value.value())));
		return values;
	}

	private Tree tree() {
		return new Tree(this.orgUnits.findAll(), this.orgUnits.findSuccessions());
	}

	private record Value(String unit, int month, BigDecimal value) {
	}

	/** The units, their successions, and the boundaries on which the tree changes. */
	private static final class Tree {

		private final List<OrgUnit> units;

		private final Map<Long, OrgUnit> byId;

		private final Map<String, Long> ids;

		private final List<Succession> successions;

		/** boundary → the last year its reporting months read */
		private final NavigableMap<LocalDate, Integer> boundaries = new TreeMap<>();

		Tree(List<OrgUnit> units, List<Succession> successions) {
			this.units = units;
			this.byId = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
			this.ids = units.stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::id));
			this.successions = successions;
			List<LocalDate> all = new ArrayList<>(List.of(FigureRollups.EARLIEST));
			units.stream()
				.flatMap(unit -> Stream.of(unit.validFrom(), (unit.validTo() != null) ? unit.validTo().plusDays(1) : null))
				.filter(day -> day != null && day.isAfter(FigureRollups.EARLIEST))
				.distinct()
				.sorted()
				.forEach(all::add);
			for (int i = 0; i < all.size(); i++) {
				this.boundaries.put(all.get(i), (i + 1 < all.size()) ? all.get(i + 1).minusDays(1).getYear() : LAST_YEAR);
			}
		}

		List<LocalDate> boundaries() {
			return List.copyOf(this.boundaries.keySet());
		}

		/**
		 * The boundaries whose reporting months read {@code year}: as their own year or as last year.
		 * The earliest one reads every year before the first change.
		 */
		List<LocalDate> boundariesReading(int year) {
			return this.boundaries.entrySet()
				.stream()
				.filter(boundary -> (boundary.getKey().equals(FigureRollups.EARLIEST)
						|| boundary.getKey().getYear() - 1 <= year) && year <= boundary.getValue())
				.map(Map.Entry::getKey)
				.toList();
		}

		/**
		 * The tree seen from a reporting month whose last day falls on or after {@code boundary} and
		 * before the next: each parent's children on that day, or on the nearest day of the parent's
		 * validity for a parent that had ended by then or did not exist yet.
		 */
		InMemoryObservations.Builder at(LocalDate boundary) {
			InMemoryObservations.Builder observations = InMemoryObservations.builder();
			this.units.stream().filter(unit -> unit.parentId() != null).forEach(unit -> {
				OrgUnit parent = this.byId.get(unit.parentId());
				if (unit.validOn(parent.nearestValidDay(boundary))) {
					observations.child(parent.code(), unit.code());
				}
			});
			this.units.stream()
				.filter(unit -> unit.validFrom() != null)
				.forEach(unit -> observations.firstMonth(unit.code(), YearMonth.from(unit.validFrom())));
			this.successions.forEach(succession -> observations.succession(this.byId.get(succession.fromId()).code(),
					this.byId.get(succession.toId()).code(), succession.weight()));
			return observations;
		}

		List<String> codes() {
			return this.units.stream().map(OrgUnit::code).toList();
		}

		String code(long id) {
			return this.byId.get(id).code();
		}

		long id(String code) {
			return this.ids.get(code);
		}

	}

}
