package org.chitieu.datavalue;

import java.util.List;
import java.util.Locale;

import org.chitieu.datavalue.DataValueController.FigureView;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.Spreadsheets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures as files: the import template of a unit and year (for the API and the entry page), and {@code GET /api/v1/datavalues} with
 * {@code format=xlsx|csv} (without {@code format} the same query answers JSON, in
 * {@link DataValueController}).
 */
@RestController
class DataValueFilesController {

	private final DataValueTemplate template;

	private final FigureQuery query;

	private final FigureExport export;

	DataValueFilesController(DataValueTemplate template, FigureQuery query, FigureExport export) {
		this.template = template;
		this.query = query;
		this.export = export;
	}

	/** The API's template, and the same for the entry page (whose session the API does not take). */
	@GetMapping({ "/api/v1/datavalues/template", "/entry/template.xlsx" })
	ResponseEntity<byte[]> template(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam int year, @RequestParam(required = false) String agency, Locale locale) {
		return Spreadsheets.attachment(this.template.workbook(user, orgUnit, year, agency, locale), Spreadsheets.MEDIA_TYPE,
				"mau-nhap-" + orgUnit + "-" + year + ".xlsx");
	}

	@GetMapping(path = "/api/v1/datavalues", params = "format")
	ResponseEntity<?> figures(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam(required = false) String indicator, @RequestParam String period,
			@RequestParam(defaultValue = "false") boolean children, @RequestParam String format, Locale locale) {
		List<FigureView> figures = this.query.figures(user, orgUnit, indicator, period, children);
		String name = "so-lieu-" + orgUnit + "-" + period;
		return switch (format) {
			case "json" -> ResponseEntity.ok(figures);
			case "csv" -> Spreadsheets.attachment(this.export.csv(figures), "text/csv;charset=UTF-8", name + ".csv");
			case "xlsx" -> Spreadsheets.attachment(this.export.xlsx(figures, locale), Spreadsheets.MEDIA_TYPE, name + ".xlsx");
			default -> throw new InvalidInputException("datavalue.invalid",
					InputError.of("format", "export.format", format));
		};
	}

}
