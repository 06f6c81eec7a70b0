package org.chitieu.metadata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.metadata.Mergers.Merger;
import org.chitieu.metadata.Mergers.Recorded;
import org.chitieu.metadata.Mergers.Share;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The units and mergers page of the office and the administrator: "from date D, these units form this
 * unit (with weights)", previewed with the figures the successor will inherit, then recorded
 * ({@link Mergers}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
class MergerPageController {

	/** Rows for predecessors on the form; a merger of more units is recorded in two steps. */
	private static final int PREDECESSOR_ROWS = 8;

	private final Mergers mergers;

	private final OrgUnits orgUnits;

	private final VietnameseFormat format;

	private final MessageSource messages;

	MergerPageController(Mergers mergers, OrgUnits orgUnits, VietnameseFormat format, MessageSource messages) {
		this.mergers = mergers;
		this.orgUnits = orgUnits;
		this.format = format;
		this.messages = messages;
	}

	@GetMapping("/catalogue/mergers")
	String page(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		return show(user, new MergerForm("", false, "", OrgUnitType.COMMUNE.name(), "", "", List.of(), true), model);
	}

	@PostMapping("/catalogue/mergers")
	String submit(@AuthenticationPrincipal ChiTieuUser user, @RequestParam MultiValueMap<String, String> fields,
			Model model, RedirectAttributes redirect, Locale locale) {
		MergerForm form = MergerForm.of(fields);
		List<String> errors = new ArrayList<>();
		Merger merger = form.merger(this.format, errors, this.messages, locale);
		if (errors.isEmpty()) {
			try {
				if ("save".equals(fields.getFirst("action"))) {
					Recorded recorded = this.mergers.record(user, merger);
					redirect.addFlashAttribute("success", this.messages.getMessage(
							recorded.movedOn().isEmpty() ? "merger.recorded" : "merger.recordedAndMoved",
							new Object[] { recorded.successor(), this.format.shortDate(recorded.date()),
									String.join(", ", form.predecessorCodes()) },
							locale));
					return "redirect:/catalogue/mergers";
				}
				model.addAttribute("preview", this.mergers.preview(user, merger));
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.messages(this.messages, locale));
			}
		}
		model.addAttribute("errors", errors.isEmpty() ? null : errors);
		return show(user, form, model);
	}

	private String show(ChiTieuUser user, MergerForm form, Model model) {
		List<OrgUnit> units = (user.orgUnitId() == null ? this.orgUnits.findAll() : this.orgUnits.subtree(user.orgUnitId()))
			.stream()
			.sorted(Comparator.comparing(OrgUnit::code))
			.toList();
		Map<Long, OrgUnit> byId = this.orgUnits.findAll()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		List<RecordedRow> recorded = this.orgUnits.findSuccessions()
			.stream()
			.filter(succession -> units.stream().anyMatch(unit -> unit.id() == succession.toId()))
			.map(succession -> new RecordedRow(byId.get(succession.fromId()), byId.get(succession.toId()),
					this.format.number(succession.weight(), Math.max(succession.weight().stripTrailingZeros().scale(), 0)),
					succession.date()))
			.sorted(Comparator.comparing(RecordedRow::date).reversed().thenComparing(row -> row.to().code()))
			.toList();
		List<PredecessorRow> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(PREDECESSOR_ROWS, form.shares().size()); i++) {
			rows.add(i < form.shares().size() ? new PredecessorRow(form.shares().get(i)[0], form.shares().get(i)[1])
					: new PredecessorRow("", "1"));
		}
		model.addAttribute("form", form);
		model.addAttribute("rows", rows);
		model.addAttribute("units", units);
		model.addAttribute("types", OrgUnitType.values());
		model.addAttribute("recorded", recorded);
		return "metadata/mergers";
	}

	/** A succession already recorded, as the page lists it. */
	record RecordedRow(OrgUnit from, OrgUnit to, String weight, LocalDate date) {
	}

	record PredecessorRow(String code, String weight) {
	}

	/** The page's form as typed: predecessors and weights are repeated fields, in the order of the rows. */
	record MergerForm(String successor, boolean create, String name, String type, String parent, String date,
			List<String[]> shares, boolean moveOn) {

		static MergerForm of(MultiValueMap<String, String> fields) {
			List<String> codes = fields.getOrDefault("predecessor", List.of());
			List<String> weights = fields.getOrDefault("weight", List.of());
			List<String[]> shares = new ArrayList<>();
			for (int i = 0; i < codes.size(); i++) {
				String code = Objects.toString(codes.get(i), "").strip();
				if (!code.isEmpty()) {
					shares.add(new String[] { code, i < weights.size() ? Objects.toString(weights.get(i), "").strip() : "" });
				}
			}
			return new MergerForm(text(fields, "successor"), fields.containsKey("create"), text(fields, "name"),
					text(fields, "type"), text(fields, "parent"), text(fields, "date"), shares, fields.containsKey("moveOn"));
		}

		List<String> predecessorCodes() {
			return this.shares.stream().map(share -> share[0]).toList();
		}

		/** The merger the form asks for; a weight left empty is 1, one that is not a number an error. */
		Merger merger(VietnameseFormat format, List<String> errors, MessageSource messages, Locale locale) {
			LocalDate day = null;
			if (!this.date.isEmpty()) {
				try {
					day = LocalDate.parse(this.date);
				}
				catch (DateTimeParseException ex) {
					errors.add(messages.getMessage("merger.dateRequired", null, locale));
				}
			}
			List<Share> parsed = new ArrayList<>();
			for (String[] share : this.shares) {
				BigDecimal weight = BigDecimal.ONE;
				if (!share[1].isEmpty()) {
					try {
						weight = format.parse(share[1]);
					}
					catch (NumberFormatException ex) {
						errors.add(messages.getMessage("merger.weight", new Object[] { share[0] }, locale));
					}
				}
				parsed.add(new Share(share[0], weight));
			}
			return new Merger(this.successor, this.create, this.name, this.type, this.parent, day, parsed, this.moveOn);
		}

		private static String text(MultiValueMap<String, String> fields, String name) {
			return Objects.toString(fields.getFirst(name), "").strip();
		}

	}

}
