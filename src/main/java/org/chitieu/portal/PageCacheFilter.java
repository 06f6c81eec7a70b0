package org.chitieu.portal;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages (home, article, indicator table) from memory once rendered: they carry no
 * session, token or user, so one rendering serves every reader of the same address and language
 * until the next publication, withdrawal or moderation empties {@link PublicCache}. Runs after
 * Spring Security, whose headers are still written on every response.
 */
class PageCacheFilter extends OncePerRequestFilter {

	private final PublicCache cache;

	PageCacheFilter(PublicCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean page = path.equals("/public") || path.equals("/public/indicators")
				|| path.startsWith("/public/articles/") && path.indexOf('/', "/public/articles/".length()) < 0;
		// ?lang= sets the language cookie, which only a rendering does
		return !"GET".equals(request.getMethod()) || !page || request.getParameter("lang") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = "page:" + language(request) + ":" + request.getRequestURI() + "?" + request.getQueryString();
		Optional<Page> cached = this.cache.peek(key);
		if (cached.isPresent()) {
			cached.get().writeTo(response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null) {
			this.cache.put(key, generation, new Page(wrapper.getContentType(), wrapper.getHeader(HttpHeaders.CACHE_CONTROL),
					wrapper.getLocale(), wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	private static String language(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("chitieu-lang".equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return "";
	}

	/** A rendered page with the headers that belong to it. */
	private record Page(String contentType, String cacheControl, Locale locale, byte[] body) {

		void writeTo(HttpServletResponse response) throws IOException {
			response.setContentType(this.contentType);
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			response.setLocale(this.locale);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
