package org.chitieu.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Links the layout builds from the current request: {@code ${@links.withLanguage('en')}}. */
@Component("links")
public class Links {

	/** The page being shown, in another language. */
	public String withLanguage(String language) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String query = request.getQueryString();
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
			.replaceQueryParam("lang", language)
			.build(true)
			.toUriString();
	}

}
