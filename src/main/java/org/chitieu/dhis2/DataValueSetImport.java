package org.chitieu.dhis2;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.datavalue.DataValues;
import org.chitieu.dhis2.DataValueSet.DataValue;
import org.chitieu.dhis2.Dhis2Mapping.Kind;
import org.chitieu.dhis2.Identifiers.Scheme;
import org.chitieu.dhis2.WebMessage.Conflict;
import org.chitieu.dhis2.WebMessage.ImportCount;
import org.chitieu.dhis2.WebMessage.ImportOptions;
import org.chitieu.dhis2.WebMessage.ImportSummary;
import org.chitieu.indicator.Indicator;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a DHIS2 data value set as any other submission: every value goes through the data value
 * service, so scope, closed months and the figure's lifecycle hold as for {@code /api/v1/datavalues}.
 * All rows or none: one conflict refuses the whole set. A dry run does everything but commit.
 */
@Service
class DataValueSetImport {

	/** DHIS2's UID and code of the default category option combo, the only one our figures have. */
	static final String DEFAULT_COMBO_UID = "HllvX50cXC0";

	private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]");

	/** The history's reason for a deletion that came without a comment. */
	static final String DELETED_BY_DHIS2 = "DHIS2 importStrategy=DELETE";

	private final DataValueService dataValues;

	private final DataValues store;

	private final Names names;

	private final AccessPolicy access;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	DataValueSetImport(DataValueService dataValues, DataValues store, Names names, AccessPolicy access,
			MessageSource messages, PlatformTransactionManager transactionManager) {
		this.dataValues = dataValues;
		this.store = store;
		this.names = names;
		this.access = access;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	Outcome run(ChiTieuUser user, DataValueSet set, Options options, Locale locale) {
		Run run = new Run(user, options, locale);
		return run.importSet(set);
	}

	/** How to import: the id schemes (echoed back as DHIS2 does), dry run and strategy. */
	record Options(Scheme dataElementIdScheme, Scheme orgUnitIdScheme, boolean dryRun, Strategy strategy) {

		ImportOptions echo() {
			Map<String, String> schemes = new LinkedHashMap<>();
			schemes.put("dataElementIdScheme", this.dataElementIdScheme.name());
			schemes.put("orgUnitIdScheme", this.orgUnitIdScheme.name());
			return new ImportOptions(schemes, this.dryRun, this.strategy.name(), "ALL");
		}

	}

	enum Strategy {
		CREATE_AND_UPDATE, CREATE, UPDATE, DELETE
	}

	/** The HTTP status and DHIS2 answer of an import. */
	record Outcome(HttpStatus status, WebMessage message) {
	}

	/** One import: the lookups it needs and the conflicts it finds. */
	private final class Run {

		private final ChiTieuUser user;

		private final Options options;

		private final Locale locale;

		private final Map<String, Indicator> indicators;

		private final Map<String, OrgUnit> units;

		private final Identifiers identifiers;

		private final List<Conflict> conflicts = new ArrayList<>();

		private boolean outsideScope;

		Run(ChiTieuUser user, Options options, Locale locale) {
			this.user = user;
			this.options = options;
			this.locale = locale;
			Names.Snapshot snapshot = names.now();
			this.indicators = snapshot.indicators();
			this.units = snapshot.units();
			this.identifiers = snapshot.identifiers();
		}

		Outcome importSet(DataValueSet set) {
			List<DataValue> values = set.dataValues().stream().map(value -> value.within(set)).toList();
			List<Figure> figures = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				Figure figure = resolve(i, values.get(i));
				if (figure != null) {
					figures.add(figure);
				}
			}
			if (!this.conflicts.isEmpty()) {
				return refused(this.outsideScope ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, values.size());
			}
			List<Figure> writes = new ArrayList<>();
			int imported = 0;
			int updated = 0;
			int deleted = 0;
			for (Figure figure : figures) {
				boolean exists = store.find(figure.indicator().id(), figure.unit().id(), figure.month().getYear(),
						figure.month().getMonthValue()).isPresent();
				boolean write = switch (this.options.strategy()) {
					case CREATE_AND_UPDATE -> true;
					case CREATE -> !exists;
					case UPDATE, DELETE -> exists;
				};
				if (write) {
					writes.add(figure);
					if (this.options.strategy() == Strategy.DELETE) {
						deleted++;
					}
					else if (exists) {
						updated++;
					}
					else {
						imported++;
					}
				}
			}
			Outcome refused = write(writes, values.size());
			if (refused != null) {
				return refused;
			}
			String description = message(this.options.dryRun() ? "dhis2.import.dryRun" : "dhis2.import.done");
			ImportSummary summary = new ImportSummary("SUCCESS", this.options.echo(), description,
					new ImportCount(imported, updated, values.size() - writes.size(), deleted), List.of());
			return new Outcome(HttpStatus.OK, WebMessage.of(HttpStatus.OK, summary));
		}

		/** Writes through the data value service; a dry run rolls back. Null when written, else the refusal. */
		private Outcome write(List<Figure> writes, int total) {
			if (writes.isEmpty()) {
				return null;
			}
			List<DataValueRow> rows = writes.stream().map(Figure::row).toList();
			try {
				transactions.executeWithoutResult(status -> {
					if (this.options.strategy() == Strategy.DELETE) {
						// a deletion says why; a DHIS2 client rarely sends a comment with it
						dataValues.delete(this.user, rows.stream()
							.map(row -> row.comment() == null || row.comment().isBlank()
									? new DataValueRow(row.indicator(), row.orgUnit(), row.period(), null, DELETED_BY_DHIS2)
									: row)
							.toList());
					}
					else {
						dataValues.post(this.user, rows);
					}
					if (this.options.dryRun()) {
						status.setRollbackOnly();
					}
				});
				return null;
			}
			catch (InvalidInputException ex) {
				for (InputError error : ex.errors()) {
					Matcher row = ROW.matcher(error.field());
					Figure figure = row.lookingAt() ? writes.get(Integer.parseInt(row.group(1))) : null;
					this.conflicts.add(new Conflict(figure == null ? error.field() : figure.value().dataElement(),
							messages.getMessage(error.messageKey(), error.arguments().toArray(), this.locale),
							figure == null ? List.of() : List.of(figure.index())));
				}
				return refused(HttpStatus.CONFLICT, total);
			}
			catch (AccessDeniedException ex) {
				this.conflicts.add(new Conflict(this.user.username(), message("dhis2.conflict.scope.any"), List.of()));
				return refused(HttpStatus.FORBIDDEN, total);
			}
		}

		private Figure resolve(int index, DataValue value) {
			int before = this.conflicts.size();
			String indicatorCode = this.identifiers.ours(Kind.DATA_ELEMENT, value.dataElement());
			if (indicatorCode == null) {
				conflict(index, value.dataElement(), "dhis2.conflict.dataElement", value.dataElement());
			}
			String unitCode = this.identifiers.ours(Kind.ORG_UNIT, value.orgUnit());
			if (unitCode == null) {
				conflict(index, value.orgUnit(), "dhis2.conflict.orgUnit", value.orgUnit());
			}
			YearMonth month = month(index, value.period());
			checkCombo(index, value.categoryOptionCombo(), "dhis2.conflict.categoryOptionCombo");
			checkCombo(index, value.attributeOptionCombo(), "dhis2.conflict.attributeOptionCombo");
			BigDecimal number = this.options.strategy() == Strategy.DELETE ? null : number(index, value);
			if (value.comment() != null && value.comment().length() > 2000) {
				conflict(index, value.dataElement(), "dhis2.conflict.comment");
			}
			if (this.conflicts.size() > before) {
				return null;
			}
			Indicator indicator = this.indicators.get(indicatorCode);
			OrgUnit unit = this.units.get(unitCode);
			boolean allowed = this.options.strategy() == Strategy.DELETE
					? access.canApprove(this.user, indicator.agencyId(), unit.id())
					: access.canEnter(this.user, indicator.agencyId(), unit.id());
			if (!allowed) {
				this.outsideScope = true;
				conflict(index, value.orgUnit(), this.options.strategy() == Strategy.DELETE
						? "dhis2.conflict.scope.delete" : "dhis2.conflict.scope", value.dataElement(), value.orgUnit());
				return null;
			}
			// the figure's history records who sent it (the signed-in user), not a storedBy the client claims
			return new Figure(index, value, indicator, unit, month, new DataValueRow(indicator.code(), unit.code(),
					month.toString(), number, blankToNull(value.comment())));
		}

		private YearMonth month(int index, String period) {
			Dhis2Period parsed;
			try {
				parsed = Dhis2Period.parse(period);
			}
			catch (IllegalArgumentException ex) {
				conflict(index, String.valueOf(period), "dhis2.conflict.period", String.valueOf(period));
				return null;
			}
			if (!parsed.monthly()) {
				conflict(index, period, "dhis2.conflict.notMonthly", period, parsed.monthsCovered()
					.stream()
					.map(month -> Dhis2Period.of(month).key())
					.collect(Collectors.joining(", ")));
				return null;
			}
			return parsed.first();
		}

		private void checkCombo(int index, String combo, String key) {
			if (combo != null && !combo.isBlank() && !combo.equals(DEFAULT_COMBO_UID)
					&& !combo.equalsIgnoreCase("default")) {
				conflict(index, combo, key, combo);
			}
		}

		private BigDecimal number(int index, DataValue value) {
			if (value.value() == null || value.value().isBlank()) {
				conflict(index, value.dataElement(), "dhis2.conflict.valueRequired", value.dataElement());
				return null;
			}
			try {
				return new BigDecimal(value.value().strip());
			}
			catch (NumberFormatException ex) {
				conflict(index, value.value(), "dhis2.conflict.notNumeric", value.value());
				return null;
			}
		}

		private Outcome refused(HttpStatus status, int total) {
			ImportSummary summary = new ImportSummary("ERROR", this.options.echo(), message("dhis2.import.refused"),
					new ImportCount(0, 0, total, 0), List.copyOf(this.conflicts));
			return new Outcome(status, WebMessage.of(status, summary));
		}

		private void conflict(int index, String object, String key, Object... arguments) {
			this.conflicts.add(new Conflict(object == null ? "" : object,
					messages.getMessage(key, arguments, this.locale), List.of(index)));
		}

		private String message(String key) {
			return messages.getMessage(key, null, this.locale);
		}

	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private record Figure(int index, DataValue value, Indicator indicator, OrgUnit unit, YearMonth month,
			DataValueRow row) {
	}

}
