package org.chitieu.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Growing delays after wrong passwords, per account and per client address: past the free failures
 * each further failure locks the key for twice as long as the last (1 s, 2 s, 4 s … at most
 * {@code chitieu.sign-in.max-delay}), and while a key is locked no password is checked, the right
 * one included. A success clears the account's failures, never the address's (an attacker's own
 * account must not reset them). Each lock is written to the {@link AuditLog}. Kept on this node: with
 * two nodes an attacker gets at most twice the attempts.
 */
@Component
class SignInThrottle {

	static final String LOCKED = "signIn.locked";

	/** Past this many keys the map is emptied rather than grown. */
	private static final int MAX_KEYS = 100_000;

	/** Failures older than this are forgotten. */
	private static final Duration MEMORY = Duration.ofHours(1);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final AuditLog audit;

	private final Clock clock;

	private final int freePerAccount;

	private final int freePerAddress;

	private final Duration maxDelay;

	SignInThrottle(AuditLog audit, Clock clock, @Value("${chitieu.sign-in.free-failures-per-account:5}") int freePerAccount,
			@Value("${chitieu.sign-in.free-failures-per-address:20}") int freePerAddress,
			@Value("${chitieu.sign-in.max-delay:15m}") Duration maxDelay) {
		this.audit = audit;
		this.clock = clock;
		this.freePerAccount = freePerAccount;
		this.freePerAddress = freePerAddress;
		this.maxDelay = maxDelay;
	}

	/** How long the account or the address must still wait; zero when a password may be tried. */
	Duration wait(String username, String address) {
		Instant now = this.clock.instant();
		Duration account = remaining(accountKey(username), now);
		Duration client = remaining(addressKey(address), now);
		return account.compareTo(client) >= 0 ? account : client;
	}

	void failed(String username, String address) {
		if (this.failures.size() > MAX_KEYS) {
			this.failures.clear();
		}
		Instant now = this.clock.instant();
		count(accountKey(username), this.freePerAccount, now, username, address);
		count(addressKey(address), this.freePerAddress, now, username, address);
	}

	void succeeded(String username) {
		this.failures.remove(accountKey(username));
	}

	/** Forgets every failure (tests that sign in wrongly on purpose). */
	void clear() {
		this.failures.clear();
	}

	private void count(String key, int free, Instant now, String username, String address) {
		Failures updated = this.failures.compute(key, (k, old) -> {
			int count = old == null || old.last().plus(MEMORY).isBefore(now) ? 1 : old.count() + 1;
			Instant lockedUntil = count < free ? now : now.plus(delay(count - free));
			return new Failures(count, now, lockedUntil);
		});
		if (updated.count() >= free) {
			this.audit.record(username == null || username.isBlank() ? address : username, LOCKED, null, address,
					key + " locked for " + Duration.between(now, updated.lockedUntil()).toSeconds() + " s after "
							+ updated.count() + " failures");
		}
	}

	private Duration delay(int beyondFree) {
		Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree, 20));
		return delay.compareTo(this.maxDelay) > 0 ? this.maxDelay : delay;
	}

	private Duration remaining(String key, Instant now) {
		Failures entry = this.failures.get(key);
		return entry == null || !entry.lockedUntil().isAfter(now) ? Duration.ZERO
				: Duration.between(now, entry.lockedUntil());
	}

	private static String accountKey(String username) {
		return "account:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Failures(int count, Instant last, Instant lockedUntil) {
	}

}
