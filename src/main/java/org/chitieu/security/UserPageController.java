package org.chitieu.security;

import java.util.Locale;

import org.chitieu.security.UserAdministration.Created;
import org.chitieu.security.UserAdministration.UserForm;
import org.chitieu.security.UserAdministration.UserPatch;
import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users pages: the accounts one manages, a new account, editing, a password reset, disabling. */
@Controller
class UserPageController {

	private static final int PAGE_SIZE = 25;

	private final UserAdministration administration;

	private final MessageSource messages;

	UserPageController(UserAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/users")
	String list(@AuthenticationPrincipal ChiTieuUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", this.administration.list(user, q, role, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", this.administration.grantableRoles(user));
		return "security/users";
	}

	@GetMapping("/users/new")
	String newUser(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		return form(user, model, new UserForm(null, null, null, null, null, null, null), null);
	}

	@PostMapping("/users")
	String create(@AuthenticationPrincipal ChiTieuUser user, UserForm form, Model model, Locale locale) {
		try {
			Created created = this.administration.create(user, form);
			model.addAttribute("account", created.account());
			model.addAttribute("oneTimePassword", created.oneTimePassword());
			model.addAttribute("created", true);
			return "security/user-password";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.messages(this.messages, locale));
			return form(user, model, new UserForm(form.username(), form.displayName(), form.role(), form.orgUnit(),
					form.agency(), form.email(), null), null);
		}
	}

	@GetMapping("/users/{username}")
	String edit(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username, Model model) {
		UserAccount account = this.administration.find(user, username);
		return form(user, model, new UserForm(account.username(), account.displayName(), account.role().name(),
				account.orgUnit(), account.agency(), account.email(), null), account);
	}

	@PostMapping("/users/{username}")
	String update(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username, UserForm form,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.administration.update(user, username, new UserPatch(form.displayName(), form.role(), form.orgUnit(),
					form.agency(), form.email(), form.password(), null));
			redirect.addFlashAttribute("saved", username);
			return "redirect:/users";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.messages(this.messages, locale));
			return form(user, model, new UserForm(username, form.displayName(), form.role(), form.orgUnit(),
					form.agency(), form.email(), null), this.administration.find(user, username));
		}
	}

	@PostMapping("/users/{username}/reset")
	String reset(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username, Model model) {
		model.addAttribute("oneTimePassword", this.administration.resetPassword(user, username));
		model.addAttribute("account", this.administration.find(user, username));
		model.addAttribute("created", false);
		return "security/user-password";
	}

	@PostMapping("/users/{username}/enabled")
	String enable(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username, boolean enabled,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.administration.update(user, username, new UserPatch(null, null, null, null, null, null, enabled));
			redirect.addFlashAttribute("saved", username);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", ex.messages(this.messages, locale));
		}
		return "redirect:/users";
	}

	private String form(ChiTieuUser user, Model model, UserForm form, UserAccount account) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("roles", this.administration.grantableRoles(user));
		model.addAttribute("units", this.administration.grantableUnits(user));
		model.addAttribute("agencies", this.administration.grantableAgencies(user));
		return "security/user-form";
	}

}
