package org.chitieu.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the page cache after Spring Security (order -100), so its headers and checks still apply. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PublicCache cache) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
		registration.addUrlPatterns("/public", "/public/*");
		registration.setOrder(0);
		return registration;
	}

}
