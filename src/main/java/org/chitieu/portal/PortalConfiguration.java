package org.chitieu.portal;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the page cache before the session filter (order {@code MIN_VALUE + 50}) and Spring Security
 * (-100): a cached public page needs neither, and the security headers are kept with it. In Tomcat, a
 * valve serves the kept pages before any filter runs.
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

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageCacheValve(PublicCache cache) {
		return factory -> factory.addContextValves(new PageCacheValve(cache));
	}

}
