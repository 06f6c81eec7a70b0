package org.chitieu.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * until the next publication, withdrawal or moderation empties {@link PublicCache}. Runs before
 * sessions and Spring Security, so that a hit costs no session lookup and no filter chain: the
 * headers Spring Security wrote on the first rendering (Content-Security-Policy and the rest) are kept
 * with the page and written again on every hit.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Headers of one response only, or that the container writes itself. */
	private static final Set<String> UNCACHED_HEADERS = Set.of("set-cookie", "content-length", "content-type",
			"content-language", "date", "transfer-encoding", "connection", "keep-alive");

	private final PublicCache cache;

	PageCacheFilter(PublicCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !cacheable(request);
	}

	/** A public page, asked for without {@code ?lang=} (which sets the language cookie, as only a rendering does). */
	static boolean cacheable(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean page = path.equals("/public") || path.equals("/public/indicators")
				|| path.startsWith("/public/articles/") && path.indexOf('/', "/public/articles/".length()) < 0;
		return "GET".equals(request.getMethod()) && page && request.getParameter("lang") == null;
	}

	/** The page kept for this request's address and language, if it was rendered since the last change. */
	static Optional<Page> cached(PublicCache cache, HttpServletRequest request) {
		return cache.peek(key(request));
	}

	private static String key(HttpServletRequest request) {
		return "page:" + language(request) + ":" + request.getRequestURI() + "?" + request.getQueryString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Optional<Page> cached = this.cache.peek(key);
		if (cached.isPresent()) {
			cached.get().writeTo(response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : wrapper.getHeaderNames()) {
				if (!UNCACHED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, List.copyOf(wrapper.getHeaders(name)));
				}
			}
			this.cache.put(key, generation,
					Page.of(wrapper.getContentType(), headers, wrapper.getLocale(), wrapper.getContentAsByteArray()));
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

	/**
	 * A rendered page with the headers that belong to it, as name and value pairs in the order written, so a
	 * hit only copies them.
	 */
	record Page(String contentType, String[] headers, Locale locale, byte[] body) {

		static Page of(String contentType, Map<String, List<String>> headers, Locale locale, byte[] body) {
			List<String> pairs = new ArrayList<>();
			headers.forEach((name, values) -> values.forEach(value -> {
				pairs.add(name);
				pairs.add(value);
			}));
			return new Page(contentType, pairs.toArray(String[]::new), locale, body);
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setContentType(this.contentType);
			for (int i = 0; i < this.headers.length; i += 2) {
				response.addHeader(this.headers[i], this.headers[i + 1]);
			}
			response.setLocale(this.locale);
			response.setContentLength(this.body.length);
			// the whole page in one buffer: written to the socket at once rather than 8 KB at a time
			if (response.getBufferSize() < this.body.length) {
				response.setBufferSize(this.body.length);
			}
			response.getOutputStream().write(this.body);
		}

	}

}
