package org.chitieu.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Growing delays after wrong passwords, per account and per client address: past the free failures
 * each further failure locks the key for twice as long as the last (1 s, 2 s, 4 s … at most
 * {@code chitieu.sign-in.max-delay}), and while a key is locked no password is checked, the right
 * one included. A success clears the account's failures, never the address's (an attacker's own
 * account must not reset them). Each lock is written to the {@link AuditLog}. The counts are kept in
 * PostgreSQL ({@code sign_in_failure}), so every node of a deployment holds back the same keys.
 */
@Component
class SignInThrottle {

	static final String LOCKED = "signIn.locked";

	/** Failures older than this are forgotten. */
	private static final Duration MEMORY = Duration.ofHours(1);

	/** One more failure, counted from one again when the last is forgotten; the row lock orders two nodes. */
	private static final String COUNT = """
			insert into sign_in_failure as f (key, failures, last_failure, locked_until)
			values (:key, 1, :now, :now)
			on conflict (key) do update
			   set failures = case when f.last_failure < :forgetBefore then 1 else f.failures + 1 end,
			       last_failure = :now
			returning failures
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final int freePerAccount;

	private final int freePerAddress;

	private final Duration maxDelay;

	SignInThrottle(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${chitieu.sign-in.free-failures-per-account:5}") int freePerAccount,
			@Value("${chitieu.sign-in.free-failures-per-address:20}") int freePerAddress,
			@Value("${chitieu.sign-in.max-delay:15m}") Duration maxDelay) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.freePerAccount = freePerAccount;
		this.freePerAddress = freePerAddress;
		this.maxDelay = maxDelay;
	}

	/** How long the account or the address must still wait; zero when a password may be tried. */
	Duration wait(String username, String address) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select locked_until from sign_in_failure
				where key in (:keys) and locked_until > :now
				order by locked_until desc limit 1
				""")
			.param("keys", List.of(accountKey(username), addressKey(address)))
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.map(until -> Duration.between(now, until.toInstant()))
			.orElse(Duration.ZERO);
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from sign_in_failure where last_failure < ?")
			.param(Timestamp.from(now.minus(MEMORY)))
			.update();
		count(accountKey(username), this.freePerAccount, now, username, address);
		if (address != null) {
			count(addressKey(address), this.freePerAddress, now, username, address);
		}
	}

	void succeeded(String username) {
		this.jdbc.sql("delete from sign_in_failure where key = ?").param(accountKey(username)).update();
	}

	/** Forgets every failure (tests that sign in wrongly on purpose). */
	void clear() {
		this.jdbc.sql("delete from sign_in_failure").update();
	}

	private void count(String key, int free, Instant now, String username, String address) {
		int count = this.jdbc.sql(COUNT)
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("forgetBefore", Timestamp.from(now.minus(MEMORY)))
			.query(Integer.class)
			.single();
		if (count < free) {
			return;
		}
		Instant lockedUntil = now.plus(delay(count - free));
		// another node may have locked the key for longer meanwhile
		this.jdbc.sql("update sign_in_failure set locked_until = greatest(locked_until, ?) where key = ?")
			.params(Timestamp.from(lockedUntil), key)
			.update();
		this.audit.record(username == null || username.isBlank() ? address : username, LOCKED, null, address,
				key + " locked for " + Duration.between(now, lockedUntil).toSeconds() + " s after " + count
						+ " failures");
	}

	private Duration delay(int beyondFree) {
		Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree, 20));
		return delay.compareTo(this.maxDelay) > 0 ? this.maxDelay : delay;
	}

	private static String accountKey(String username) {
		return "account:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
