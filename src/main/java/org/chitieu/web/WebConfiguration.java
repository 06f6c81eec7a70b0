package org.chitieu.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
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

	/** The folders of {@code src/main/resources/static}, each served under its name. */
	private static final List<String> STATIC_FOLDERS = List.of("css", "js");

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

	/**
	 * The static files under their own prefixes, in place of Spring Boot's {@code /**} mapping
	 * ({@code spring.web.resources.add-mappings=false}): the filter that puts the WebJars' versions into
	 * the pages' links asks every mapping whose pattern a link matches for a resource, and under
	 * {@code /**} every link of a page (each indicator's, each filter's) was a failed look-up in four
	 * classpath folders, never cached: most of the time a dashboard took to render. The chain caches
	 * what it finds and finds the WebJars' files without their version.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}

}
