package org.chitieu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues bearer tokens for the API. The token is shown once; only its SHA-256 is stored. Tokens
 * expire after {@code chitieu.tokens.lifetime} (30 days) and a user holds at most
 * {@code chitieu.tokens.max-per-user} live ones.
 */
@Service
public class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final Users users;

	private final Clock clock;

	private final Duration lifetime;

	private final int maxPerUser;

	ApiTokens(Users users, Clock clock, @Value("${chitieu.tokens.lifetime:30d}") Duration lifetime,
			@Value("${chitieu.tokens.max-per-user:10}") int maxPerUser) {
		this.users = users;
		this.clock = clock;
		this.lifetime = lifetime;
		this.maxPerUser = maxPerUser;
	}

	/** A new token, unless the user already holds the most live tokens allowed. */
	@Transactional
	public Issued issue(ChiTieuUser user, String name) {
		Instant now = this.clock.instant();
		this.users.lockTokens(user.id());
		if (this.users.liveTokens(user.id(), now).size() >= this.maxPerUser) {
			throw new InvalidInputException("token.invalid", InputError.of("token", "token.tooMany", this.maxPerUser));
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = now.plus(this.lifetime);
		long id = this.users.saveToken(user.id(), hash(token), name, now, expiresAt);
		return new Issued(id, token, expiresAt);
	}

	/** The user's own tokens that have not expired, newest first; never the tokens themselves. */
	public List<Users.TokenInfo> live(ChiTieuUser user) {
		return this.users.liveTokens(user.id(), this.clock.instant());
	}

	/** Revokes one of the user's own tokens; another user's is as unknown as a missing one. */
	public void revoke(ChiTieuUser user, long id) {
		if (!this.users.deleteToken(user.id(), id)) {
			throw new NotFoundException("token.notFound", id);
		}
	}

	/** The enabled user whose live token this is. */
	Optional<ChiTieuUser> authenticate(String token) {
		return this.users.findByTokenHash(hash(token), this.clock.instant()).filter(ChiTieuUser::enabled);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/** A token just issued: the only time it is shown. */
	public record Issued(long id, String token, Instant expiresAt) {
	}

}
