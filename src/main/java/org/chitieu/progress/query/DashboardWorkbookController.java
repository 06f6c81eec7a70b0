package org.chitieu.progress.query;

import java.util.Locale;

import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.progress.query.DashboardController.DashboardFilter;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.Spreadsheets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dashboard.xlsx}: the dashboard's table, with the same filters, as a spreadsheet. */
@Controller
class DashboardWorkbookController {

	private final ProgressService progress;

	private final PageScope scope;

	private final IndicatorCatalogue catalogue;

	private final DashboardWorkbook workbook;

	DashboardWorkbookController(ProgressService progress, PageScope scope, IndicatorCatalogue catalogue,
			DashboardWorkbook workbook) {
		this.progress = progress;
		this.scope = scope;
		this.catalogue = catalogue;
		this.workbook = workbook;
	}

	@GetMapping("/dashboard.xlsx")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal ChiTieuUser user, DashboardFilter filter, Locale locale) {
		OrgUnit unit = this.scope.unit(user, filter.orgUnit());
		Period period = this.scope.reportingPeriod(unit, filter.period());
		ProgressReport report = this.progress.report(unit, period);
		byte[] bytes = this.workbook.render(report, period.last(),
				DashboardController.groups(report, filter, this.catalogue.findSectors(), locale), locale);
		return Spreadsheets.attachment(bytes, Spreadsheets.MEDIA_TYPE,
				"bang-dieu-khien-" + unit.code() + "-" + period.key() + ".xlsx");
	}

}
