package org.chitieu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

/** Issues bearer tokens for the API. The token is shown once; only its SHA-256 is stored. */
@Service
public class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final Users users;

	private final Clock clock;

	ApiTokens(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	public String issue(ChiTieuUser user, String name) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.users.saveToken(user.id(), hash(token), name, this.clock.instant());
		return token;
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

}
