package org.chitieu.task;

import java.time.LocalDate;
import java.util.List;

import org.chitieu.security.ChiTieuUser;

import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/obstacles")
class ObstacleController {

	private final ObstacleService obstacles;

	ObstacleController(ObstacleService obstacles) {
		this.obstacles = obstacles;
	}

	@GetMapping
	List<ObstacleService.ObstacleView> list(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.obstacles.list(user, open, asOf);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ObstacleService.ObstacleView raise(@AuthenticationPrincipal ChiTieuUser user,
			@RequestBody ObstacleService.ObstacleForm form) {
		return this.obstacles.raise(user, form);
	}

	@GetMapping("/{id}")
	ObstacleService.ObstacleView get(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		return this.obstacles.get(user, id);
	}

	/** The leader's answer or decision, sent back to the agency that raised it. */
	@PostMapping("/{id}/answer")
	ObstacleService.ObstacleView answer(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestBody ObstacleService.AnswerForm form) {
		return this.obstacles.answer(user, id, form);
	}

}
