package org.chitieu.dhis2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.chitieu.dhis2.DataValueSet.DataValue;
import org.chitieu.dhis2.DataValueSetExport.Query;
import org.chitieu.dhis2.DataValueSetExport.Refused;
import org.chitieu.dhis2.DataValueSetImport.Options;
import org.chitieu.dhis2.DataValueSetImport.Outcome;
import org.chitieu.dhis2.DataValueSetImport.Strategy;
import org.chitieu.dhis2.Identifiers.Scheme;
import org.chitieu.security.ChiTieuUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

/**
 * DHIS2's {@code /api/dataValueSets} at DHIS2's own path, so a client configured for a DHIS2 server
 * works unchanged: POST JSON, CSV or ADX; GET JSON, CSV or ADX by suffix or {@code Accept}.
 */
@RestController
@Tag(name = "DHIS2", description = "DHIS2's data value set resource at DHIS2's own path: a client configured for a "
		+ "DHIS2 server works unchanged. HTTP Basic or a bearer token, as for /api/v1.")
class DataValueSetController {

	static final String ADX = "application/adx+xml";

	static final String CSV = "application/csv";

	private final DataValueSetImport importer;

	private final DataValueSetExport exporter;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	DataValueSetController(DataValueSetImport importer, DataValueSetExport exporter, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.importer = importer;
		this.exporter = exporter;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/api/dataValueSets")
	@Operation(summary = "Import a DHIS2 data value set (JSON, CSV or ADX)", description = """
			Content-Type application/json ({"period"?, "orgUnit"?, "dataValues": [{"dataElement", "period", \
			"orgUnit", "categoryOptionCombo"?, "attributeOptionCombo"?, "value", "comment"?}]}), application/csv \
			(DHIS2's columns dataelement, period, orgunit, catoptcombo, attroptcombo, value, storedby, lastupdated, \
			comment, followup; a header row is skipped) or application/adx+xml. Identifiers are looked up in the \
			DHIS2 mapping (metadata document's dhis2Mappings), then among our codes. Periods: monthly 202405 \
			(ADX 2024-05-01/P1M); longer periods are conflicts. Only the default category option combo \
			(HllvX50cXC0 or default). All rows or none: one conflict (409) or one value outside the user's \
			scope (403) refuses the whole set. Answers DHIS2's import summary in the 2.38+ wrapper.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = "application/json"), @Content(mediaType = CSV),
					@Content(mediaType = ADX) }))
	ResponseEntity<WebMessage> importSet(@AuthenticationPrincipal ChiTieuUser user,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) byte[] body, @RequestParam(required = false) String idScheme,
			@RequestParam(required = false) String dataElementIdScheme,
			@RequestParam(required = false) String orgUnitIdScheme,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "CREATE_AND_UPDATE") String importStrategy) {
		Locale locale = LocaleContextHolder.getLocale();
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		boolean adx = type.contains("adx");
		DataValueSet set;
		try {
			byte[] bytes = body == null ? new byte[0] : body;
			if (adx) {
				set = DataValueSetFormats.readAdx(new ByteArrayInputStream(bytes));
			}
			else if (type.contains("csv")) {
				set = DataValueSetFormats.readCsv(new ByteArrayInputStream(bytes));
			}
			else if (type.contains("json")) {
				set = this.json.readValue(bytes, DataValueSet.class);
			}
			else {
				return answer(WebMessage.error(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						message("dhis2.import.contentType", locale, contentType)));
			}
		}
		catch (JacksonException | IllegalArgumentException | IOException ex) {
			return answer(WebMessage.error(HttpStatus.BAD_REQUEST, message("dhis2.import.unreadable", locale,
					String.valueOf(ex.getMessage()).lines().findFirst().orElse(""))));
		}
		if (set == null) {
			set = DataValueSet.of(List.of());
		}
		// DHIS2's precedence: the payload's schemes over the request's, a specific scheme over idScheme
		Scheme otherwise = adx ? Scheme.CODE : Scheme.UID;
		Options options;
		try {
			Scheme general = Scheme.parse(set.idScheme(), Scheme.parse(idScheme, otherwise));
			options = new Options(
					Scheme.parse(set.dataElementIdScheme(), Scheme.parse(dataElementIdScheme, general)),
					Scheme.parse(set.orgUnitIdScheme(), Scheme.parse(orgUnitIdScheme, general)), dryRun,
					strategy(importStrategy));
		}
		catch (IllegalArgumentException ex) {
			return answer(WebMessage.error(HttpStatus.CONFLICT, message("dhis2.import.option", locale, ex.getMessage())));
		}
		Outcome outcome = this.importer.run(user, set, options, locale);
		return ResponseEntity.status(outcome.status()).contentType(MediaType.APPLICATION_JSON).body(outcome.message());
	}

	@GetMapping({ "/api/dataValueSets", "/api/dataValueSets.json", "/api/dataValueSets.csv",
			"/api/dataValueSets.adx" })
	@Operation(summary = "Export counted figures as a DHIS2 data value set (JSON, CSV or ADX)", description = """
			Format by suffix (.json, .csv, .adx) or Accept (application/json, application/csv, \
			application/adx+xml). orgUnit (repeatable, children=true for the subtree) and period (repeatable; \
			202405, 2024Q2, 2024S1, 2024) or startDate and endDate are required; dataElement (repeatable) and \
			dataElementGroup (a sector code) choose indicators. A quarter, half year or year is derived from the \
			months by each indicator's time aggregation. idScheme UID (default; CODE for ADX) writes the mapped \
			DHIS2 identifiers.""")
	ResponseEntity<?> exportSet(@AuthenticationPrincipal ChiTieuUser user, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(name = "dataElement", required = false) List<String> dataElements,
			@RequestParam(name = "dataElementGroup", required = false) List<String> dataElementGroups,
			@RequestParam(name = "orgUnit", required = false) List<String> orgUnits,
			@RequestParam(defaultValue = "false") boolean children,
			@RequestParam(name = "period", required = false) List<String> periods,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
			@RequestParam(required = false) String idScheme, @RequestParam(required = false) String dataElementIdScheme,
			@RequestParam(required = false) String orgUnitIdScheme) {
		Locale locale = LocaleContextHolder.getLocale();
		String format = format(request.getRequestURI(), accept);
		List<DataValue> values;
		try {
			Scheme general = Scheme.parse(idScheme, "adx".equals(format) ? Scheme.CODE : Scheme.UID);
			Query query = new Query(listOf(dataElements), listOf(dataElementGroups), listOf(orgUnits), children,
					listOf(periods), startDate, endDate, Scheme.parse(dataElementIdScheme, general),
					Scheme.parse(orgUnitIdScheme, general));
			values = this.exporter.export(user, query, locale);
		}
		catch (Refused ex) {
			return answer(ex.answer());
		}
		catch (IllegalArgumentException ex) {
			return answer(WebMessage.error(HttpStatus.CONFLICT, message("dhis2.import.option", locale, ex.getMessage())));
		}
		return switch (format) {
			case "csv" -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
				.body(DataValueSetFormats.writeCsv(values));
			case "adx" -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(ADX + ";charset=UTF-8"))
				.body(DataValueSetFormats.writeAdx(values, Instant.now(this.clock)));
			default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DataValueSet.of(values));
		};
	}

	/** The suffix decides; else the first of CSV or ADX that {@code Accept} names; else JSON. */
	private static String format(String path, String accept) {
		if (path.endsWith(".json")) {
			return "json";
		}
		if (path.endsWith(".csv")) {
			return "csv";
		}
		if (path.endsWith(".adx")) {
			return "adx";
		}
		String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
		if (wanted.contains("adx")) {
			return "adx";
		}
		if (wanted.contains("csv")) {
			return "csv";
		}
		return "json";
	}

	/** DHIS2's strategies, with the older names DHIS2 still reads. */
	private static Strategy strategy(String text) {
		return switch (text.strip().toUpperCase(Locale.ROOT)) {
			case "CREATE_AND_UPDATE", "NEW_AND_UPDATES" -> Strategy.CREATE_AND_UPDATE;
			case "CREATE", "NEW" -> Strategy.CREATE;
			case "UPDATE", "UPDATES" -> Strategy.UPDATE;
			case "DELETE", "DELETES" -> Strategy.DELETE;
			default -> throw new IllegalArgumentException("importStrategy=" + text);
		};
	}

	private static List<String> listOf(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	private static ResponseEntity<WebMessage> answer(WebMessage message) {
		return ResponseEntity.status(message.httpStatusCode()).contentType(MediaType.APPLICATION_JSON).body(message);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
