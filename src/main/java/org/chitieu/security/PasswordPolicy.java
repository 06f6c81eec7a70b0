package org.chitieu.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be wherever one is set (the users API and pages, one's own change): at least
 * {@value #MINIMUM_LENGTH} characters, not in the list of common passwords
 * ({@code security/common-passwords.txt}), and not containing the user name.
 */
@Component
public class PasswordPolicy {

	static final int MINIMUM_LENGTH = 10;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** Why the password is refused, as a message key, or empty when it is acceptable. */
	public Optional<String> problem(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of("password.common");
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
