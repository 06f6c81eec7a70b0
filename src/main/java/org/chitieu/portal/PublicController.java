package org.chitieu.portal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chitieu.progress.Status;
import org.chitieu.progress.query.IndicatorProgress;
import org.chitieu.progress.query.ProgressReport;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages, without sign-in: home, article or report, indicator table of a published
 * period, and the comments. Pages carry no session or token, so they are cached by browsers and
 * proxies for a minute; the comments (with the form's CSRF token) load separately with htmx.
 */
@Controller
class PublicController {

	/** How long browsers and proxies may keep a public page; the in-memory cache is cleared on every change. */
	static final CacheControl PAGE_CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final PublicPortal portal;

	private final Comments comments;

	private final PortalItems items;

	private final MessageSource messages;

	PublicController(PublicPortal portal, Comments comments, PortalItems items, MessageSource messages) {
		this.portal = portal;
		this.comments = comments;
		this.items = items;
		this.messages = messages;
	}

	@GetMapping("/public")
	String home(Model model, HttpServletResponse response) {
		model.addAttribute("articles", this.portal.latest());
		model.addAttribute("headline", this.portal.headline().orElse(null));
		cache(response);
		return "portal/home";
	}

	@GetMapping("/public/articles/{slug}")
	String article(@PathVariable String slug, Model model, HttpServletResponse response) {
		PublicArticle article = this.portal.article(slug).orElseThrow(PublicController::notFound);
		model.addAttribute("article", article);
		if (article.snapshot() != null) {
			model.addAttribute("counts", counts(article.snapshot()));
		}
		cache(response);
		return "portal/article";
	}

	@GetMapping("/public/articles/{slug}/comments")
	String comments(@PathVariable String slug, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			Model model, HttpServletResponse response) {
		showComments(slug, emptyForm(), model);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return htmx ? "portal/comments :: comments" : "portal/comments";
	}

	@PostMapping("/public/articles/{slug}/comments")
	String comment(@PathVariable String slug, CommentForm form,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, HttpServletRequest request,
			Locale locale, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		try {
			CommentStatus status = this.comments
				.submit(slug, new CommentSubmission(form.name(), form.email(), form.text(), form.website()),
						request.getRemoteAddr())
				.status();
			model.addAttribute("success",
					status == CommentStatus.PENDING ? "portal.comment.pending" : "portal.comment.published");
			showComments(slug, emptyForm(), model);
		}
		catch (CommentRefusedException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("refusal", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			showComments(slug, form, model);
		}
		return htmx ? "portal/comments :: comments" : "portal/comments";
	}

	@GetMapping("/public/articles/{slug}/image")
	ResponseEntity<byte[]> image(@PathVariable String slug) {
		PortalItems.Stored image = this.items.findPublishedImage(slug).orElseThrow(PublicController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.cacheControl(PAGE_CACHE)
			.header("X-Content-Type-Options", "nosniff")
			.body(image.content());
	}

	@GetMapping("/public/articles/{slug}/files/{format}")
	ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable String format) {
		PortalItems.Stored file = this.items.findPublishedFile(slug, format).orElseThrow(PublicController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.cacheControl(PAGE_CACHE)
			.body(file.content());
	}

	/** The indicator table of a published report; without a choice, the latest. */
	@GetMapping("/public/indicators")
	String indicators(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String period,
			Model model, HttpServletResponse response) {
		List<PublicArticle> reports = this.portal.reports();
		PublicArticle report = (orgUnit == null || period == null) ? this.portal.headline().orElse(null)
				: this.portal.report(orgUnit, period).orElseThrow(PublicController::notFound);
		model.addAttribute("reports", reports);
		model.addAttribute("report", report);
		if (report != null) {
			model.addAttribute("counts", counts(report.snapshot()));
		}
		cache(response);
		return "portal/indicators";
	}

	private void showComments(String slug, CommentForm form, Model model) {
		PublicArticle article = this.portal.article(slug).orElseThrow(PublicController::notFound);
		List<PublicComment> visible = this.comments.visible(slug);
		model.addAttribute("article", article);
		model.addAttribute("comments", visible);
		model.addAttribute("form", form);
		model.addAttribute("maxLength", Comments.MAX_LENGTH);
		model.addAttribute("length", CommentText.length(CommentText.normalise(form.text())));
	}

	private static CommentForm emptyForm() {
		return new CommentForm("", "", "", "");
	}

	/** How many indicators of the snapshot have each status, for the status bar chart. */
	static List<StatusCount> counts(ProgressReport report) {
		return Arrays.stream(Status.values())
			.map(status -> new StatusCount(status,
					report.indicators().stream().map(IndicatorProgress::status).filter(status::equals).count()))
			.filter(count -> count.count() > 0)
			.toList();
	}

	private static void cache(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE.getHeaderValue());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** The comment form; {@code website} is the honeypot. */
	record CommentForm(String name, String email, String text, String website) {
	}

	record StatusCount(Status status, long count) {
	}

}
