package org.chitieu.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who manages which accounts, and every change to them. An ADMIN manages the accounts of its subtree
 * (an ADMIN of no unit: all); an OFFICE user the REPORTER and AGENCY_HEAD accounts of its own unit's
 * agencies. Nobody grants a role above their own or outside their subtree: such a request is refused
 * with 403 before anything is written. Every act goes to the {@link AuditLog}.
 */
@Service
public class UserAdministration {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** One-time passwords avoid letters that read alike (l, 1, O, 0). */
	private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccounts accounts;

	private final Users users;

	private final OrgUnits orgUnits;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(UserAccounts accounts, Users users, OrgUnits orgUnits, PasswordPolicy policy, PasswordEncoder encoder,
			AuditLog audit) {
		this.accounts = accounts;
		this.users = users;
		this.orgUnits = orgUnits;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
	}

	/** Whether the user manages any accounts at all (the users page and its menu entry). */
	public boolean managesUsers(ChiTieuUser actor) {
		return actor.is(Role.ADMIN) || actor.is(Role.OFFICE) && actor.orgUnitId() != null;
	}

	/** The roles the actor may grant, highest first. */
	public List<Role> grantableRoles(ChiTieuUser actor) {
		return List.copyOf(scope(actor).roles());
	}

	/** The units the actor may put accounts in. */
	public List<OrgUnit> grantableUnits(ChiTieuUser actor) {
		return actor.orgUnitId() == null ? this.orgUnits.findAll() : this.orgUnits.subtree(actor.orgUnitId());
	}

	/** The agencies the actor may put accounts in. */
	public List<Agency> grantableAgencies(ChiTieuUser actor) {
		Scope scope = scope(actor);
		return this.orgUnits.findAgencies()
			.stream()
			.filter(agency -> scope.agencies() == null ? scope.units() == null || scope.units().contains(agency.orgUnitId())
					: scope.agencies().contains(agency.id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Page list(ChiTieuUser actor, String query, String role, int page, int size) {
		Scope scope = scope(actor);
		String roleName = role == null || role.isBlank() ? null : role.strip();
		if (roleName != null && EnumSet.allOf(Role.class).stream().noneMatch(r -> r.name().equals(roleName))) {
			throw new InvalidInputException("user.invalid", List.of(InputError.of("role", "user.roleOneOf", role,
					EnumSet.allOf(Role.class).stream().map(Role::name).collect(Collectors.joining(", ")))));
		}
		long total = this.accounts.count(scope.units(), scope.agencies(), query, roleName);
		List<UserAccount> users = this.accounts.find(scope.units(), scope.agencies(), query, roleName, page * size,
				size);
		return new Page(users, page, size, total);
	}

	/** The account, when the actor manages it; 404 when there is none, 403 when it is outside their scope. */
	@Transactional(readOnly = true)
	public UserAccount find(ChiTieuUser actor, String username) {
		UserAccount account = this.accounts.find(username)
			.orElseThrow(() -> new NotFoundException("user.unknown", username));
		if (!scope(actor).manages(account.role(), account.orgUnitId(), account.agencyId())) {
			throw new AccessDeniedException("account outside the actor's scope");
		}
		return account;
	}

	/**
	 * Creates an account. Without a password the account gets a one-time password, returned here once,
	 * that its user changes at the first sign-in.
	 */
	@Transactional
	public Created create(ChiTieuUser actor, UserForm form) {
		List<InputError> errors = new ArrayList<>();
		String username = form.username() == null ? null : form.username().strip();
		if (username == null || !USERNAME.matcher(username).matches()) {
			errors.add(InputError.of("username", "user.usernameFormat"));
		}
		else if (this.accounts.find(username).isPresent()) {
			errors.add(InputError.of("username", "user.usernameTaken", username));
		}
		Resolved resolved = resolve(form.displayName(), form.role(), form.orgUnit(), form.agency(), form.email(),
				errors);
		String password = blankToNull(form.password());
		if (password != null) {
			this.policy.problem(username, password).ifPresent(key -> errors.add(InputError.of("password", key)));
		}
		checkGrant(actor, resolved);
		refuseIfAny(errors);
		boolean oneTime = password == null;
		String chosen = oneTime ? oneTimePassword() : password;
		this.accounts.insert(username, this.encoder.encode(chosen), resolved.displayName(), resolved.role(),
				resolved.orgUnitId(), resolved.agencyId(), resolved.email(), oneTime);
		this.audit.record(actor.username(), "user.created", resolved.orgUnitId(), username, describe(resolved));
		return new Created(this.accounts.find(username).orElseThrow(), oneTime ? chosen : null);
	}

	/** Changes what the patch names; a password set here is the user's, not a one-time one. */
	@Transactional
	public UserAccount update(ChiTieuUser actor, String username, UserPatch patch) {
		UserAccount account = find(actor, username);
		List<InputError> errors = new ArrayList<>();
		Resolved resolved = resolve(patch.displayName() == null ? account.displayName() : patch.displayName(),
				patch.role() == null ? account.role().name() : patch.role(),
				patch.orgUnit() == null ? account.orgUnit() : patch.orgUnit(),
				patch.agency() == null ? account.agency() : patch.agency(),
				patch.email() == null ? account.email() : patch.email(), errors);
		String password = blankToNull(patch.password());
		if (password != null) {
			this.policy.problem(username, password).ifPresent(key -> errors.add(InputError.of("password", key)));
		}
		boolean enabled = patch.enabled() == null ? account.enabled() : patch.enabled();
		if (account.username().equals(actor.username()) && (!enabled || resolved.role() != account.role())) {
			errors.add(InputError.of("role", "user.self"));
		}
		checkGrant(actor, resolved);
		refuseIfAny(errors);
		this.accounts.update(account.id(), resolved.displayName(), resolved.role(), resolved.orgUnitId(),
				resolved.agencyId(), resolved.email(), enabled);
		List<String> changes = changes(account, resolved, enabled);
		if (password != null) {
			this.accounts.setPassword(account.id(), this.encoder.encode(password), false);
			changes.add("password");
		}
		if (!enabled) {
			this.accounts.signOutEverywhere(account.id(), username);
		}
		else if (resolved.role() != account.role() || !Objects.equals(resolved.orgUnitId(), account.orgUnitId())
				|| !Objects.equals(resolved.agencyId(), account.agencyId())) {
			this.accounts.endSessions(username);
		}
		if (account.enabled() != enabled) {
			this.audit.record(actor.username(), enabled ? "user.enabled" : "user.disabled", resolved.orgUnitId(),
					username, null);
			changes.remove("enabled");
		}
		if (!changes.isEmpty()) {
			this.audit.record(actor.username(), "user.updated", resolved.orgUnitId(), username,
					String.join("; ", changes));
		}
		return this.accounts.find(username).orElseThrow();
	}

	/** Gives the account a one-time password, returned once, and ends its sessions and tokens. */
	@Transactional
	public String resetPassword(ChiTieuUser actor, String username) {
		UserAccount account = find(actor, username);
		String password = oneTimePassword();
		this.accounts.setPassword(account.id(), this.encoder.encode(password), true);
		this.accounts.signOutEverywhere(account.id(), username);
		this.audit.record(actor.username(), "user.passwordReset", account.orgUnitId(), username, null);
		return password;
	}

	/** The user's own change of password, the one a one-time password forces at sign-in. */
	@Transactional
	public void changeOwnPassword(ChiTieuUser user, String current, String password, String confirmation) {
		UserAccount account = this.accounts.find(user.username()).orElseThrow();
		String hash = this.users.findByUsername(user.username()).map(ChiTieuUser::passwordHash).orElse(null);
		List<InputError> errors = new ArrayList<>();
		if (current == null || hash == null || !this.encoder.matches(current, hash)) {
			errors.add(InputError.of("current", "password.currentWrong"));
		}
		if (!Objects.equals(password, confirmation)) {
			errors.add(InputError.of("confirmation", "password.mismatch"));
		}
		else if (current != null && current.equals(password)) {
			errors.add(InputError.of("password", "password.same"));
		}
		else {
			this.policy.problem(user.username(), password).ifPresent(key -> errors.add(InputError.of("password", key)));
		}
		refuseIfAny(errors);
		this.accounts.setPassword(account.id(), this.encoder.encode(password), false);
		this.audit.record(user.username(), "user.passwordChanged", account.orgUnitId(), user.username(), null);
	}

	/** Whether the user signed in with a one-time password and must change it before anything else. */
	public boolean mustChangePassword(String username) {
		return this.accounts.mustChangePassword(username);
	}

	private Resolved resolve(String displayName, String role, String orgUnitCode, String agencyCode, String email,
			List<InputError> errors) {
		String name = blankToNull(displayName);
		if (name == null) {
			errors.add(InputError.of("displayName", "user.required"));
		}
		Role parsedRole = null;
		try {
			parsedRole = role == null ? null : Role.valueOf(role.strip());
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (parsedRole == null) {
			errors.add(InputError.of("role", "user.roleOneOf", role,
					EnumSet.allOf(Role.class).stream().map(Role::name).collect(Collectors.joining(", "))));
		}
		Optional<OrgUnit> unit = Optional.ofNullable(blankToNull(orgUnitCode)).flatMap(this.orgUnits::findByCode);
		if (blankToNull(orgUnitCode) != null && unit.isEmpty()) {
			errors.add(InputError.of("orgUnit", "user.unknownOrgUnit", orgUnitCode));
		}
		else if (unit.isEmpty() && parsedRole != null && parsedRole != Role.ADMIN) {
			errors.add(InputError.of("orgUnit", "user.orgUnitRequired"));
		}
		Optional<Agency> agency = Optional.ofNullable(blankToNull(agencyCode))
			.flatMap(code -> this.orgUnits.findAgencies().stream().filter(a -> a.code().equals(code)).findFirst());
		if (blankToNull(agencyCode) != null && agency.isEmpty()) {
			errors.add(InputError.of("agency", "user.unknownAgency", agencyCode));
		}
		else if (agency.isEmpty() && (parsedRole == Role.REPORTER || parsedRole == Role.AGENCY_HEAD)) {
			errors.add(InputError.of("agency", "user.agencyRequired"));
		}
		else if (agency.isPresent() && unit.isPresent()
				&& !this.orgUnits.isWithin(unit.get().id(), agency.get().orgUnitId())) {
			errors.add(InputError.of("agency", "user.agencyOutsideUnit", agency.get().code(), unit.get().code()));
		}
		String mail = blankToNull(email);
		if (mail != null && !EMAIL.matcher(mail).matches()) {
			errors.add(InputError.of("email", "user.emailFormat", mail));
		}
		boolean unknownNamed = blankToNull(orgUnitCode) != null && unit.isEmpty()
				|| blankToNull(agencyCode) != null && agency.isEmpty();
		return new Resolved(name, parsedRole, unit.map(OrgUnit::id).orElse(null), unit.map(OrgUnit::code).orElse(null),
				agency.map(Agency::id).orElse(null), agency.map(Agency::code).orElse(null), mail, unknownNamed);
	}

	/**
	 * 403 for a grant outside the actor's scope, before any other error is told: a role above one's own or a
	 * unit or agency outside one's subtree is refused as such. Only what was named and found is judged.
	 */
	private void checkGrant(ChiTieuUser actor, Resolved resolved) {
		if (resolved.role() == null || resolved.unknownNamed()) {
			return;
		}
		if (!scope(actor).manages(resolved.role(), resolved.orgUnitId(), resolved.agencyId())) {
			throw new AccessDeniedException("role or unit outside the actor's scope");
		}
	}

	private Scope scope(ChiTieuUser actor) {
		if (actor.is(Role.ADMIN)) {
			return new Scope(actor.orgUnitId() == null ? null : ids(this.orgUnits.subtree(actor.orgUnitId())), null,
					EnumSet.allOf(Role.class));
		}
		if (actor.is(Role.OFFICE) && actor.orgUnitId() != null) {
			Set<Long> agencies = this.orgUnits.findAgencies()
				.stream()
				.filter(agency -> agency.orgUnitId() == actor.orgUnitId())
				.map(Agency::id)
				.collect(Collectors.toSet());
			return new Scope(ids(this.orgUnits.subtree(actor.orgUnitId())), agencies,
					EnumSet.of(Role.AGENCY_HEAD, Role.REPORTER));
		}
		throw new AccessDeniedException("only administrators and the office manage accounts");
	}

	private static Set<Long> ids(List<OrgUnit> units) {
		return units.stream().map(OrgUnit::id).collect(Collectors.toSet());
	}

	private static List<String> changes(UserAccount account, Resolved resolved, boolean enabled) {
		List<String> changes = new ArrayList<>();
		change(changes, "displayName", account.displayName(), resolved.displayName());
		change(changes, "role", account.role(), resolved.role());
		change(changes, "orgUnit", account.orgUnit(), resolved.orgUnit());
		change(changes, "agency", account.agency(), resolved.agency());
		change(changes, "email", account.email(), resolved.email());
		if (account.enabled() != enabled) {
			changes.add("enabled");
		}
		return changes;
	}

	private static void change(List<String> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field + ": " + (before == null ? "" : before) + " → " + (after == null ? "" : after));
		}
	}

	private static String describe(Resolved resolved) {
		return "role: " + resolved.role() + "; orgUnit: " + Objects.toString(resolved.orgUnit(), "")
				+ "; agency: " + Objects.toString(resolved.agency(), "");
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(ONE_TIME_ALPHABET.charAt(this.random.nextInt(ONE_TIME_ALPHABET.length())));
		}
		return password.toString();
	}

	private static void refuseIfAny(List<InputError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException("user.invalid", errors);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A new account's fields, as the API posts them and the page's form sends them. */
	public record UserForm(String username, String displayName, String role, String orgUnit, String agency,
			String email, String password) {
	}

	/** The fields to change; a null field stays as it is. */
	public record UserPatch(String displayName, String role, String orgUnit, String agency, String email,
			String password, Boolean enabled) {
	}

	/** A new account, and its one-time password when it was given none. */
	public record Created(UserAccount account, String oneTimePassword) {
	}

	/** One page of the accounts an actor manages. */
	public record Page(List<UserAccount> users, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/** The accounts an actor manages: of these units (null: all), these agencies (null: any), these roles. */
	private record Scope(Set<Long> units, Set<Long> agencies, Set<Role> roles) {

		boolean manages(Role role, Long orgUnitId, Long agencyId) {
			return role != null && this.roles.contains(role)
					&& (this.units == null || orgUnitId != null && this.units.contains(orgUnitId))
					&& (this.agencies == null || agencyId != null && this.agencies.contains(agencyId));
		}

	}

	private record Resolved(String displayName, Role role, Long orgUnitId, String orgUnit, Long agencyId,
			String agency, String email, boolean unknownNamed) {
	}

}
