package org.chitieu.security;

import java.util.List;

import org.chitieu.security.UserAdministration.Created;
import org.chitieu.security.UserAdministration.Page;
import org.chitieu.security.UserAdministration.UserForm;
import org.chitieu.security.UserAdministration.UserPatch;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The accounts the caller manages; see {@link UserAdministration} for who manages whom. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private static final int MAX_PAGE_SIZE = 1000;

	private final UserAdministration administration;

	UserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	/** The accounts in the caller's scope, by user name; {@code X-Total-Count} counts all pages. */
	@GetMapping
	ResponseEntity<List<UserView>> list(@AuthenticationPrincipal ChiTieuUser user,
			@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		Page found = this.administration.list(user, q, role, Math.max(0, page),
				Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.users().stream().map(UserView::of).toList());
	}

	@GetMapping("/{username}")
	UserView show(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username) {
		return UserView.of(this.administration.find(user, username));
	}

	/** Creates an account; without a password it answers the one-time password to hand to its user. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedView create(@AuthenticationPrincipal ChiTieuUser user, @RequestBody UserForm form) {
		Created created = this.administration.create(user, form);
		UserAccount account = created.account();
		return new CreatedView(account.username(), account.displayName(), account.role(), account.orgUnit(),
				account.agency(), account.email(), account.enabled(), account.mustChangePassword(),
				created.oneTimePassword());
	}

	@PatchMapping("/{username}")
	UserView update(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username,
			@RequestBody UserPatch patch) {
		return UserView.of(this.administration.update(user, username, patch));
	}

	/** A one-time password, which the user must change at the next sign-in; their sessions and tokens end. */
	@PostMapping("/{username}/password-reset")
	ResetView reset(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String username) {
		return new ResetView(username, this.administration.resetPassword(user, username));
	}

	record UserView(String username, String displayName, Role role, String orgUnit, String agency, String email,
			boolean enabled, boolean mustChangePassword) {

		static UserView of(UserAccount account) {
			return new UserView(account.username(), account.displayName(), account.role(), account.orgUnit(),
					account.agency(), account.email(), account.enabled(), account.mustChangePassword());
		}

	}

	/** The new account, with its one-time password when it was given none (shown this once). */
	record CreatedView(String username, String displayName, Role role, String orgUnit, String agency, String email,
			boolean enabled, boolean mustChangePassword, String oneTimePassword) {
	}

	record ResetView(String username, String oneTimePassword) {
	}

}
