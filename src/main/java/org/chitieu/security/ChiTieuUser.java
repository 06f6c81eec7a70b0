package org.chitieu.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with the scope of what they may do: their org unit's subtree ({@code orgUnitId},
 * null for an ADMIN, who sees everything) and, for reporters and agency heads, their agency.
 */
public record ChiTieuUser(long id, String username, String passwordHash, String displayName, Role role,
		Long orgUnitId, Long agencyId, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean is(Role other) {
		return this.role == other;
	}

}
