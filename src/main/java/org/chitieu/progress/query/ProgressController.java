package org.chitieu.progress.query;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Periods;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgressController {

	private final ProgressService progress;

	private final AccessPolicy access;

	ProgressController(ProgressService progress, AccessPolicy access) {
		this.progress = progress;
		this.access = access;
	}

	@GetMapping("/api/v1/progress")
	ProgressReport progress(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period) {
		OrgUnit unit = this.progress.orgUnit(orgUnit);
		this.access.checkRead(user, unit.id());
		try {
			return this.progress.report(unit, Periods.parse(period));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("progress.invalid",
					InputError.of("period", "progress.period", period, Periods.FORMS));
		}
	}

}
