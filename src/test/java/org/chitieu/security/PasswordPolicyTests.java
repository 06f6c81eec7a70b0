package org.chitieu.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void a_long_uncommon_password_without_the_user_name_is_accepted() {
		assertThat(this.policy.problem("nhaplieu.nn", "Lua-Long-Cang-2024")).isEmpty();
	}

	@Test
	void a_password_of_nine_characters_is_too_short_and_ten_is_enough() {
		assertThat(this.policy.problem("an", "Abcdefgh1")).contains("password.tooShort");
		assertThat(this.policy.problem("an", "Abcdefgh1!")).isEmpty();
	}

	@Test
	void a_common_password_is_refused_whatever_its_case() {
		assertThat(this.policy.problem("an", "QWERTYUIOP")).contains("password.common");
		assertThat(this.policy.problem("an", "MatKhau@123")).contains("password.common");
	}

	@Test
	void a_password_holding_the_user_name_is_refused() {
		assertThat(this.policy.problem("vanphong", "VanPhong-2024!")).contains("password.containsUsername");
	}

}
