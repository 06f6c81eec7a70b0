package org.chitieu.web;

import jakarta.servlet.Filter;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Spring Security's MockMvc {@code csrf()} swaps the shared context's CSRF store for a session-based
 * test one and leaves it there; tests that look at what a real visitor gets put the application's back.
 */
public final class ProductionCsrf {

	private ProductionCsrf() {
	}

	public static void restore(WebApplicationContext context) {
		FilterChainProxy chains = context.getBean(FilterChainProxy.class);
		chains.getFilterChains()
			.stream()
			.flatMap(chain -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance)
			.forEach((Filter filter) -> ReflectionTestUtils.setField(filter, "tokenRepository", new CookieCsrfTokenRepository()));
	}

}
