package org.chitieu.security;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	private static final int MAX_NAME = 100;

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Exchanges the caller's password (HTTP Basic) for a bearer token for scripts and integrations; a
	 * token cannot mint further tokens, so a leaked one cannot outlive its own expiry.
	 */
	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse issue(Authentication authentication, @AuthenticationPrincipal ChiTieuUser user,
			@RequestBody(required = false) TokenRequest request) {
		if (authentication instanceof TokenAuthentication) {
			throw new AccessDeniedException("a token cannot issue tokens");
		}
		String name = request == null || request.name() == null || request.name().isBlank() ? "api"
				: request.name().strip();
		ApiTokens.Issued issued = this.tokens.issue(user, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
		return new TokenResponse(issued.token(), "Bearer", issued.id(), issued.expiresAt());
	}

	/** The caller's own live tokens. */
	@GetMapping("/api/v1/tokens")
	List<Users.TokenInfo> list(@AuthenticationPrincipal ChiTieuUser user) {
		return this.tokens.live(user);
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		this.tokens.revoke(user, id);
	}

	record TokenRequest(String name) {
	}

	record TokenResponse(String token, String type, long id, Instant expiresAt) {
	}

}
