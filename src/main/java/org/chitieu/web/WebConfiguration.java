package org.chitieu.web;

import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Vietnamese unless the reader chose English with {@code ?lang=en} (kept in a
 * cookie); the API keeps answering in the language of {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("chitieu-lang");
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
				&& request.getHeader("Accept-Language") != null ? request.getLocale() : VIETNAMESE);
		return resolver;
	}

	/** Early, before sessions and Spring Security: such a request reaches nothing. */
	@Bean
	FilterRegistrationBean<NulGuardFilter> nulGuardFilter(MessageSource messages) {
		FilterRegistrationBean<NulGuardFilter> registration = new FilterRegistrationBean<>(new NulGuardFilter(messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}

}
