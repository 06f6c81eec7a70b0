package org.chitieu.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two filter chains: the API is stateless (HTTP Basic or a bearer token on every request, so a
 * browser's session cookie never authenticates it and CSRF cannot reach it); the web UI signs in
 * with a form, keeps the session in the database and protects every form with a CSRF token. The
 * token lives in a cookie rather than the session, so that a visitor who has not signed in (the
 * sign-in page, the portal's comment form) is given no session at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Scripts from our own origin only: every page's scripts are static files. Styles may be inline (bar widths). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, MessageSource messages) throws Exception {
		return http.securityMatcher("/api/**")
			// the portal's published items are public; the API answers nothing else without credentials
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge(messages)))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		// the sign-in page says why from the address alone: a failed sign-in creates no session
		failure.setAllowSessionCreation(false);
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
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, exception) -> {
					if (exception instanceof ThrottledSignIn.Throttled throttled) {
						response.sendRedirect(request.getContextPath() + "/login?throttled=" + throttled.retryAfterSeconds());
					}
					else {
						failure.onAuthenticationFailure(request, response, exception);
					}
				})
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			// where to go back after signing in is kept in a cookie too, not in a session made for a stranger
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.headers(SecurityConfiguration::headers)
			.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		// the report page previews the report in a frame of our own
		headers.frameOptions(frame -> frame.sameOrigin())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/**
	 * 401 with {@code WWW-Authenticate: Basic}, so clients that wait for the challenge still sign in; 429
	 * with {@code Retry-After} while the account or address is held back after wrong passwords.
	 */
	private static AuthenticationEntryPoint basicChallenge(MessageSource messages) {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("chitieu");
		return (request, response, exception) -> {
			if (exception instanceof ThrottledSignIn.Throttled throttled) {
				tooManyAttempts(response, throttled, messages, LocaleContextHolder.getLocale());
			}
			else {
				challenge.commence(request, response, exception);
			}
		};
	}

	private static void tooManyAttempts(HttpServletResponse response, ThrottledSignIn.Throttled throttled,
			MessageSource messages, Locale locale) throws IOException {
		long seconds = throttled.retryAfterSeconds();
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String title = messages.getMessage("login.throttled.title", null, locale);
		String detail = messages.getMessage("login.throttled", new Object[] { seconds }, locale);
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("type", "about:blank", "status", 429, "title", title, "detail", detail)));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm id stored so hashes can move to argon2 later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The one way a password is checked, for the form and HTTP Basic alike. */
	@Bean
	ThrottledSignIn signIn(Users users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(username -> users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user")));
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(passwords, throttle);
	}

}
