package org.chitieu.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chitieu.period.Periods;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final TaskService tasks;

	private final TaskOversight oversight;

	private final BeforeMeetingReport renderer;

	TaskController(TaskService tasks, TaskOversight oversight, BeforeMeetingReport renderer) {
		this.tasks = tasks;
		this.oversight = oversight;
		this.renderer = renderer;
	}

	/** The user's tasks on {@code asOf} (default today); {@code dueWithinDays=7} is the "due in 7 days" view. */
	@GetMapping
	List<TaskView> list(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer dueWithinDays) {
		return this.tasks.list(user, new TaskService.TaskFilter(asOf, status, agency, dueWithinDays));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TaskView create(@AuthenticationPrincipal ChiTieuUser user, @RequestBody TaskService.TaskForm form) {
		return this.tasks.create(user, form);
	}

	@GetMapping("/{id}")
	TaskView get(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.tasks.get(user, id, asOf);
	}

	@GetMapping("/{id}/reports")
	List<TaskReport> reports(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		return this.tasks.reports(user, id);
	}

	@PostMapping(path = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	TaskReport report(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestBody TaskService.ReportForm form) {
		return this.tasks.report(user, id, form, List.of());
	}

	/** A report with attachments: fields {@code text}, {@code percentDone}, {@code reportedOn} and {@code files}. */
	@PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	TaskReport reportWithFiles(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer percentDone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) throws IOException {
		return this.tasks.report(user, id, new TaskService.ReportForm(text, percentDone, reportedOn), uploads(files));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		Tasks.StoredFile file = this.tasks.attachment(user, id, attachmentId);
		return download(file.content(), file.contentType(), file.fileName());
	}

	/** Per agency the counts by status and the on-time rate, the overdue list and what is blocked. */
	@GetMapping("/oversight")
	TaskOversight.LeaderView oversight(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.oversight.leaderView(user, asOf);
	}

	/** The "before the meeting" report: {@code format} json (default), docx or xlsx. */
	@GetMapping("/before-meeting")
	ResponseEntity<?> beforeMeeting(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "json") String format, Locale locale) {
		YearMonth month = month(period);
		TaskOversight.BeforeMeeting report = this.oversight.beforeMeeting(user, orgUnit, month, asOf);
		String name = "nhiem-vu-truoc-hop-" + orgUnit + "-" + month;
		return switch (format) {
			case "docx" -> download(this.renderer.docx(report, locale), DOCX, name + ".docx");
			case "xlsx" -> download(this.renderer.xlsx(report, locale), XLSX, name + ".xlsx");
			case "json" -> ResponseEntity.ok(report);
			default -> throw new InvalidInputException("task.invalid", InputError.of("format", "task.format", format));
		};
	}

	static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("task.invalid", InputError.of("period", "task.period", period));
		}
	}

	static List<TaskService.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<TaskService.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()) {
					uploads.add(new TaskService.Upload(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return uploads;
	}

	static ResponseEntity<byte[]> download(byte[] content, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
