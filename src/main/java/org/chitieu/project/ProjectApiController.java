package org.chitieu.project;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.chitieu.period.Periods;
import org.chitieu.project.ProjectViews.ProjectDetail;
import org.chitieu.project.ProjectViews.ProjectFilter;
import org.chitieu.project.ProjectViews.ProjectList;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

	private final ProjectService service;

	private final ProjectProgress progress;

	ProjectApiController(ProjectService service, ProjectProgress progress) {
		this.service = service;
		this.progress = progress;
	}

	/** The projects the user may see, evaluated at {@code period} (default: the latest reported month). */
	@GetMapping
	ProjectList list(@AuthenticationPrincipal ChiTieuUser user, ProjectFilter filter,
			@RequestParam(required = false) String period, Locale locale) {
		return this.progress.list(user, filter, period(period), locale);
	}

	@PostMapping
	Saved define(@AuthenticationPrincipal ChiTieuUser user, @RequestBody ProjectDefinition definition) {
		return new Saved(this.service.define(user, definition));
	}

	@PostMapping("/groups")
	Saved defineGroup(@AuthenticationPrincipal ChiTieuUser user, @RequestBody ProjectGroupDefinition group) {
		return new Saved(this.service.defineGroup(user, group));
	}

	@GetMapping("/{code}")
	ProjectDetail detail(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestParam(required = false) String period, Locale locale) {
		return this.progress.detail(user, code, period(period), locale);
	}

	@PostMapping("/{code}/reports")
	Written report(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestBody List<ReportRow> rows) {
		return new Written(this.service.post(user, code, rows));
	}

	@PostMapping("/{code}/reports/review")
	Written review(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, @RequestBody Review review) {
		return new Written(this.service.review(user, code, review.periods(), review.returnReason()));
	}

	@PostMapping("/{code}/milestones")
	Written milestones(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code,
			@RequestBody List<MilestoneRow> rows) {
		return new Written(this.service.saveMilestones(user, code, rows));
	}

	@PostMapping("/{code}/obstacles")
	@ResponseStatus(HttpStatus.CREATED)
	Raised raise(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, @RequestBody ObstacleRow row) {
		return new Raised(this.service.raiseObstacle(user, code, row));
	}

	@PostMapping("/{code}/obstacles/{id}")
	Raised update(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String code, @PathVariable long id,
			@RequestBody ObstacleUpdate update) {
		this.service.updateObstacle(user, code, id, update);
		return new Raised(id);
	}

	private YearMonth period(String period) {
		if (period == null || period.isBlank()) {
			return this.progress.defaultPeriod();
		}
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("project.invalid", InputError.of("period", "project.period", period));
		}
	}

	/** Approves the reports of {@code periods}, or returns them when {@code returnReason} is given. */
	record Review(List<String> periods, String returnReason) {
	}

	record Saved(String code) {
	}

	record Written(int written) {
	}

	record Raised(long id) {
	}

}
