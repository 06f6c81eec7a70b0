package org.chitieu.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the API is stateless (HTTP Basic or a bearer token on every request, so a
 * browser's session cookie never authenticates it and CSRF cannot reach it); the web UI signs in
 * with a form, keeps the session in the database and protects every form with a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, BearerTokenFilter bearerTokens) throws Exception {
		return http.securityMatcher("/api/**")
			// the portal's published items are public; the API answers nothing else without credentials
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge()))
			.addFilterBefore(bearerTokens, BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/actuator/health", "/webjars/**", "/css/**", "/js/**",
						"/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				// the public portal, its comment form included (CSRF still applies to it)
				.requestMatchers("/public", "/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// the report page previews the report in a frame of our own
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.build();
	}

	/** 401 with {@code WWW-Authenticate: Basic}, so clients that wait for the challenge still sign in. */
	private static BasicAuthenticationEntryPoint basicChallenge() {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("chitieu");
		return entryPoint;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm id stored so hashes can move to argon2 later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Users users) {
		return username -> users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
