package org.chitieu.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the page cache before the session filter (order {@code MIN_VALUE + 50}) and Spring Security
 * (-100): a cached public page needs neither, and the security headers are kept with it.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PublicCache cache) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
		registration.addUrlPatterns("/public", "/public/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
