package org.chitieu.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** Exchanges the caller's credentials for a bearer token for scripts and integrations. */
	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse issue(@AuthenticationPrincipal ChiTieuUser user, @RequestBody(required = false) TokenRequest request) {
		String name = request == null || request.name() == null || request.name().isBlank() ? "api" : request.name();
		return new TokenResponse(this.tokens.issue(user, name), "Bearer");
	}

	record TokenRequest(String name) {
	}

	record TokenResponse(String token, String type) {
	}

}
