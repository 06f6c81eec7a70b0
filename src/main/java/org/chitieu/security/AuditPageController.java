package org.chitieu.security;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.AuditTrail.Entry;
import org.chitieu.security.AuditTrail.Filter;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page of the office and administrators: administrative acts and every change of a
 * figure in their subtree, filtered by unit, user, indicator and dates, paginated, exported as CSV.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	/** One export holds at most this many acts; narrower filters give the rest. */
	private static final int EXPORT_LIMIT = 100_000;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final AuditTrail trail;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	private final MessageSource messages;

	AuditPageController(AuditTrail trail, OrgUnits orgUnits, AccessPolicy access, MessageSource messages) {
		this.trail = trail;
		this.orgUnits = orgUnits;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String page(@AuthenticationPrincipal ChiTieuUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Filter filter = filter(user, unit, actor, indicator, from, to);
		int current = Math.max(0, page);
		long total = this.trail.count(filter);
		model.addAttribute("entries", this.trail.find(filter, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("pageIndex", current);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("units", user.orgUnitId() == null ? this.orgUnits.findAll()
				: this.orgUnits.subtree(user.orgUnitId()));
		model.addAttribute("unit", unit);
		model.addAttribute("actor", actor);
		model.addAttribute("indicator", indicator);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "security/audit";
	}

	/** The filtered trail as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the accents). */
	@GetMapping("/audit.csv")
	void export(@AuthenticationPrincipal ChiTieuUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		List<Entry> entries = this.trail.find(filter(user, unit, actor, indicator, from, to), 0, EXPORT_LIMIT);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			csv.printRecord("at", "actor", "action", "orgUnit", "indicator", "subject", "oldValue", "newValue",
					"detail");
			for (Entry entry : entries) {
				csv.printRecord(CSV_TIME.format(entry.at().atZone(AuditTrail.ZONE)), entry.actor(),
						this.messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale),
						entry.orgUnit(), entry.indicator(), entry.subject(), plain(entry.oldValue()),
						plain(entry.newValue()), entry.detail());
			}
		}
	}

	private Filter filter(ChiTieuUser user, String unit, String actor, String indicator, LocalDate from,
			LocalDate to) {
		if (!user.is(Role.ADMIN) && user.orgUnitId() == null) {
			throw new AccessDeniedException("no unit");
		}
		List<Long> visible = user.orgUnitId() == null ? null : ids(this.orgUnits.subtree(user.orgUnitId()));
		List<Long> chosen = null;
		if (unit != null && !unit.isBlank()) {
			OrgUnit found = this.orgUnits.findByCode(unit.strip()).orElse(null);
			if (found == null) {
				chosen = List.of();
			}
			else {
				this.access.checkRead(user, found.id());
				chosen = ids(this.orgUnits.subtree(found.id()));
			}
		}
		return new Filter(visible, chosen, actor, indicator, from, to);
	}

	private static List<Long> ids(List<OrgUnit> units) {
		return units.stream().map(OrgUnit::id).toList();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

}
