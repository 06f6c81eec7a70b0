package org.chitieu.security;

/** An account as the users API and pages show it: unit and agency by code and name, never the password. */
public record UserAccount(long id, String username, String displayName, Role role, Long orgUnitId, String orgUnit,
		String orgUnitName, Long agencyId, String agency, String agencyName, String email, boolean enabled,
		boolean mustChangePassword) {
}
