package org.chitieu.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates {@code admin} when there are no users, with {@code CHITIEU_ADMIN_PASSWORD}; without it a
 * random password is generated and shown once on the console (standard error), never through the
 * log, whose files and collectors keep what they are given; so no deployment starts with a known one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final PasswordPolicy policy;

	FirstAdministrator(Users users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			@Value("${chitieu.admin-password:}") String configuredPassword) {
		this.users = users;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		String password = this.configuredPassword;
		if (password.isBlank()) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			System.err.println("CHITIEU_ADMIN_PASSWORD is not set; the first user 'admin' has the password " + password
					+ " (shown this once: write it down)");
			logger.warn("CHITIEU_ADMIN_PASSWORD is not set; the first user 'admin' got a random password, shown once on the console");
		}
		else {
			// kept so the README's demo (admin/admin) still starts; a real deployment is told to change it
			this.policy.problem("admin", password)
				.ifPresent(problem -> logger.warn("CHITIEU_ADMIN_PASSWORD does not meet the password policy ({}); "
						+ "change the password of 'admin' on the page /password", problem));
		}
		this.users.create("admin", this.passwordEncoder.encode(password), "Quản trị hệ thống", Role.ADMIN, null, null);
	}

}
