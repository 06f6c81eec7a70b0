package org.chitieu.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in with a bearer token: what it may do, minus issuing further tokens. */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final ChiTieuUser user;

	TokenAuthentication(ChiTieuUser user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.user;
	}

}
