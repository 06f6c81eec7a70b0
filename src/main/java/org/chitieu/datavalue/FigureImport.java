package org.chitieu.datavalue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chitieu.datavalue.ImportProgress.Phase;
import org.chitieu.datavalue.ImportStaging.Stopped;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.AccessPolicy.EntryScope;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An import file taken whole or not at all, at the speed of {@code COPY}: its rows are streamed into a
 * staging table ({@link ImportStaging}), checked there all at once, and merged into the figures in a few
 * statements whatever their number. It refuses exactly as {@link DataValueService#post} does, in the same
 * order: the rows' own errors (400, each row named), then the user's scope (403), then closed months
 * (400), then deletions of figures that are not there (400).
 */
@Service
class FigureImport {

	private static final Logger logger = LoggerFactory.getLogger(FigureImport.class);

	private final ImportStaging staging;

	private final ImportProgress progress;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FigureImport(ImportStaging staging, ImportProgress progress, IndicatorCatalogue catalogue, OrgUnits orgUnits,
			AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
		this.staging = staging;
		this.progress = progress;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Reads a file into the rows it gives (a CSV or XLSX reader of {@link DataValueImport}). */
	@FunctionalInterface
	interface File {

		void read(DataValueImport.Rows rows) throws IOException;

	}

	/**
	 * Imports the file; its progress is reported under {@code progressId} when one is given. Returns the
	 * number of rows written.
	 */
	@Transactional
	public int importFile(ChiTieuUser user, File file, String progressId) throws IOException {
		if (!DataValueService.mayEnter(user)) {
			throw new AccessDeniedException("importing figures is for those who enter them");
		}
		ImportProgress.Tracker tracker = this.progress.track(progressId, user.username());
		try {
			int written = write(user, file, tracker);
			tracker.report(Phase.DONE, written, written);
			return written;
		}
		catch (IOException | RuntimeException ex) {
			tracker.report(Phase.REFUSED, 0, null);
			throw ex;
		}
	}

	private int write(ChiTieuUser user, File file, ImportProgress.Tracker tracker) throws IOException {
		long start = System.nanoTime();
		tracker.report(Phase.READING, 0, null);
		int rows = stage(file, tracker);
		if (rows == 0) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("rows", "datavalue.empty"));
		}
		long staged = System.nanoTime();
		tracker.report(Phase.CHECKING, rows, rows);
		EntryScope scope = this.access.entryScope(user);
		refuse(this.staging.check(scope));
		long checked = System.nanoTime();
		tracker.report(Phase.WRITING, rows, rows);
		this.events.publishEvent(this.staging.merge(scope.approves(), user.username(), this.clock.instant()));
		long merged = System.nanoTime();
		logger.info("Imported {} rows for {}: read and copied in {} ms, checked in {} ms, merged with what follows"
				+ " a change in {} ms", rows, user.username(), (staged - start) / 1_000_000,
				(checked - staged) / 1_000_000, (merged - checked) / 1_000_000);
		return rows;
	}

	/** Copies the file's rows into the staging table as they are read; returns how many there were. */
	private int stage(File file, ImportProgress.Tracker tracker) throws IOException {
		ImportStaging.Copy copy = this.staging.open();
		try {
			file.read((row, line) -> {
				String at = "rows[" + copy.rows() + "]";
				copy.add(row, line, DataValueService.month(row.period()),
						DataValueService.checkValue(at, null, row).isEmpty());
				tracker.read(copy.rows());
			});
		}
		catch (IOException | RuntimeException ex) {
			copy.cancel();
			throw ex;
		}
		copy.close();
		return copy.rows();
	}

	/** Refuses the import for the first kind of stop found, in the order {@link DataValueService#post} checks. */
	private void refuse(List<Stopped> stopped) {
		if (stopped.isEmpty()) {
			return;
		}
		refuseInvalidRows(stopped.stream().filter(Stopped::refused).toList());
		stopped.stream().filter(Stopped::outside).findFirst().ifPresent(row -> {
			throw new AccessDeniedException("cannot enter " + row.row().indicator() + " at " + row.row().orgUnit());
		});
		refuseRows(stopped, Stopped::closed,
				row -> InputError.of(row.row().at(), "datavalue.locked", row.row().orgUnit(), month(row).toString()));
		refuseRows(stopped, Stopped::nothing, row -> InputError.of(row.row().at(), "datavalue.nothingToDelete",
				row.row().indicator(), row.row().orgUnit(), month(row).toString()));
	}

	/** The rows' own errors, told by the same rules as the API's ({@link DataValueService#rowErrors}). */
	private void refuseInvalidRows(List<Stopped> refused) {
		if (refused.isEmpty()) {
			return;
		}
		Map<String, Indicator> indicators = this.catalogue.findAll()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		List<OrgUnit> allUnits = this.orgUnits.findAll();
		Map<String, OrgUnit> units = allUnits.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
		DataValueService.Validity validity = new DataValueService.Validity(allUnits, this.orgUnits.findSuccessions());
		List<InputError> errors = new ArrayList<>();
		List<ImportedRow> rows = new ArrayList<>();
		for (Stopped stop : refused) {
			String at = stop.row().at();
			String text = stop.row().value();
			DataValueRow row = stop.asRow(text == null ? null : new BigDecimal(text));
			List<InputError> found = new ArrayList<>(DataValueService.rowErrors(at, row,
					indicators.get(row.indicator()), units.get(row.orgUnit()), month(stop), validity, true));
			if (stop.duplicate()) {
				found.add(InputError.of(at, "datavalue.duplicateRow", row.indicator(), row.orgUnit(),
						month(stop).toString()));
			}
			errors.addAll(found);
			if (!found.isEmpty() && rows.size() < DataValueService.MAX_ERRORS) {
				rows.add(stop.row());
			}
		}
		ImportRefusal.refuseIf(errors, rows);
	}

	private static void refuseRows(List<Stopped> stopped, Predicate<Stopped> which,
			Function<Stopped, InputError> error) {
		List<Stopped> rows = stopped.stream().filter(which).toList();
		ImportRefusal.refuseIf(rows.stream().map(error).toList(),
				rows.stream().limit(DataValueService.MAX_ERRORS).map(Stopped::row).toList());
	}

	private static YearMonth month(Stopped stop) {
		return DataValueService.month(stop.row().period());
	}

}
