package org.chitieu.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's side of the portal: items to write, publish and withdraw; comments to moderate and answer. */
@Controller
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
class PortalAdminController {

	private final Publications publications;

	private final Comments comments;

	private final MessageSource messages;

	private final Clock clock;

	PortalAdminController(Publications publications, Comments comments, MessageSource messages, Clock clock) {
		this.publications = publications;
		this.comments = comments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/admin")
	String items(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		model.addAttribute("items", this.publications.all(user));
		model.addAttribute("moderation", this.comments.moderationOn());
		model.addAttribute("pending", this.comments.byStatus(user, CommentStatus.PENDING).size());
		return "portal/admin-items";
	}

	@GetMapping("/portal/admin/new")
	String newItem(@RequestParam(defaultValue = "ARTICLE") ItemKind kind, Model model) {
		boolean report = kind == ItemKind.REPORT;
		model.addAttribute("form", new ItemForm("", LocalDate.now(this.clock), "", "", report ? "CD" : null,
				report ? "" : null, null));
		model.addAttribute("kind", kind);
		return "portal/admin-edit";
	}

	@PostMapping("/portal/admin")
	String create(@AuthenticationPrincipal ChiTieuUser user, ItemForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			long id = this.publications.create(user, form.draft(), form.upload());
			redirect.addFlashAttribute("success", "portal.admin.saved");
			return "redirect:/portal/admin/" + id;
		}
		catch (InvalidInputException ex) {
			return formWithErrors(form, form.draft().report() ? ItemKind.REPORT : ItemKind.ARTICLE, null, ex, locale, model);
		}
	}

	@GetMapping("/portal/admin/{id}")
	String edit(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, Model model) {
		PortalItem item = this.publications.find(user, id);
		model.addAttribute("item", item);
		model.addAttribute("kind", item.kind());
		model.addAttribute("form", new ItemForm(item.title(), item.date(), item.summary(), item.bodyHtml(),
				item.orgUnit(), item.period(), null));
		return "portal/admin-edit";
	}

	@PostMapping("/portal/admin/{id}")
	String update(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, ItemForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			this.publications.update(user, id, form.draft(), form.upload());
			redirect.addFlashAttribute("success", "portal.admin.saved");
			return "redirect:/portal/admin/" + id;
		}
		catch (InvalidInputException ex) {
			PortalItem item = this.publications.find(user, id);
			return formWithErrors(form, item.kind(), item, ex, locale, model);
		}
	}

	@PostMapping("/portal/admin/{id}/publish")
	String publish(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.publications.publish(user, id);
		redirect.addFlashAttribute("success", "portal.admin.published");
		return "redirect:/portal/admin/" + id;
	}

	@PostMapping("/portal/admin/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.publications.withdraw(user, id);
		redirect.addFlashAttribute("success", "portal.admin.withdrawn");
		return "redirect:/portal/admin/" + id;
	}

	@PostMapping("/portal/admin/settings")
	String settings(@AuthenticationPrincipal ChiTieuUser user, @RequestParam boolean moderation,
			RedirectAttributes redirect) {
		this.comments.setModeration(user, moderation);
		redirect.addFlashAttribute("success", moderation ? "portal.admin.moderationOn" : "portal.admin.moderationOff");
		return "redirect:/portal/admin";
	}

	@GetMapping("/portal/admin/comments")
	String comments(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(defaultValue = "PENDING") CommentStatus status, Model model) {
		model.addAttribute("comments", this.comments.byStatus(user, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", CommentStatus.values());
		return "portal/admin-comments";
	}

	@PostMapping("/portal/admin/comments/{id}/moderate")
	String moderate(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, @RequestParam CommentStatus status,
			@RequestParam(defaultValue = "PENDING") CommentStatus back, RedirectAttributes redirect) {
		this.comments.moderate(user, id, status);
		redirect.addFlashAttribute("success", "portal.admin.moderated." + status.name());
		return "redirect:/portal/admin/comments?status=" + back.name();
	}

	@PostMapping("/portal/admin/comments/{id}/reply")
	String reply(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id, @RequestParam String reply,
			@RequestParam(defaultValue = "PENDING") CommentStatus back, Locale locale, RedirectAttributes redirect) {
		try {
			this.comments.reply(user, id, reply);
			redirect.addFlashAttribute("success", "portal.admin.replied");
		}
		catch (CommentRefusedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/portal/admin/comments?status=" + back.name();
	}

	private String formWithErrors(ItemForm form, ItemKind kind, PortalItem item, InvalidInputException ex, Locale locale,
			Model model) {
		List<String> errors = ex.errors()
			.stream()
			.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
			.toList();
		model.addAttribute("item", item);
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "portal/admin-edit";
	}

	/** The item form; a report names its unit and month ("CD", "2024-05"). */
	record ItemForm(String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String summary,
			String body, String orgUnit, String period, MultipartFile image) {

		ArticleDraft draft() {
			return new ArticleDraft(this.title, this.date, this.summary, this.body, this.orgUnit, this.period);
		}

		ImageUpload upload() {
			try {
				return this.image == null || this.image.isEmpty() ? null : new ImageUpload(this.image.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
