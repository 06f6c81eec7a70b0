package org.chitieu.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A user who signed in with a one-time password does nothing before changing it: every page leads to
 * the change-password page, and the API answers 403 until the password is changed.
 */
@Component
class OneTimePasswordGuard implements HandlerInterceptor, WebMvcConfigurer {

	static final String CHANGE_PAGE = "/password";

	private final UserAdministration administration;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	OneTimePasswordGuard(UserAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns(CHANGE_PAGE, "/logout", "/login", "/error", "/public/**",
				"/api/v1/public/**", "/webjars/**", "/css/**", "/js/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ChiTieuUser user)
				|| !this.administration.mustChangePassword(user.username())) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Locale locale = RequestContextUtils.getLocale(request);
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("status", HttpStatus.FORBIDDEN.value());
			problem.put("title", this.messages.getMessage("problem.forbidden", null, locale));
			problem.put("detail", this.messages.getMessage("password.mustChange", null, locale));
			response.getWriter().write(this.json.writeValueAsString(problem));
			return false;
		}
		response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
		return false;
	}

}
