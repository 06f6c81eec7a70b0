package org.chitieu.security;

import java.util.Locale;

import org.chitieu.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own change of password; the page a one-time password leads to at sign-in. */
@Controller
class PasswordPageController {

	private final UserAdministration administration;

	private final MessageSource messages;

	PasswordPageController(UserAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping(OneTimePasswordGuard.CHANGE_PAGE)
	String page(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		model.addAttribute("forced", this.administration.mustChangePassword(user.username()));
		return "security/password";
	}

	@PostMapping(OneTimePasswordGuard.CHANGE_PAGE)
	String change(@AuthenticationPrincipal ChiTieuUser user, String current, String password, String confirmation,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.administration.changeOwnPassword(user, current, password, confirmation);
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.messages(this.messages, locale));
			return page(user, model);
		}
	}

}
