package org.chitieu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chitieu.plan.Plans.TargetDefinition;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's versions, each with the resolution that issued it, when it took effect and its targets. */
@RestController
class PlanApiController {

	private final Plans plans;

	private final AccessPolicy access;

	PlanApiController(Plans plans, AccessPolicy access) {
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/api/v1/plans/{code}/versions")
	List<VersionView> versions(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code) {
		Plans.PlanKey key = this.plans.key(code).orElseThrow(() -> new NotFoundException("plan.unknown", code));
		this.access.checkRead(user, key.orgUnitId());
		return this.plans.versions(code).stream().map(VersionView::of).toList();
	}

	record VersionView(int version, String resolution, LocalDate effectiveFrom, String status,
			List<TargetView> targets) {

		static VersionView of(Plan plan) {
			return new VersionView(plan.version(), plan.resolution(), plan.effectiveFrom(),
					plan.issued() ? "ISSUED" : "DRAFT", plan.targets().stream().map(target -> {
						TargetDefinition definition = Plans.definition(target, plan.year());
						return new TargetView(definition.indicator(), definition.value(),
								definition.schedule() == null ? null : definition.schedule().name(),
								definition.planned());
					}).toList());
		}

	}

	record TargetView(String indicator, BigDecimal value, String schedule, Map<String, BigDecimal> planned) {
	}

}
