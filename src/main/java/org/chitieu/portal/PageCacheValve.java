package org.chitieu.portal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Serves a public page kept by {@link PageCacheFilter} inside Tomcat, before the servlet filter chain is
 * built: a hit then costs no filter matching, no observation or metrics of the request and no filter at
 * all, which on the portal's most read page was most of the time Tomcat spent on it. A miss goes on to
 * the filters, where {@link PageCacheFilter} renders and keeps the page as before.
 */
class PageCacheValve extends ValveBase {

	private final PublicCache cache;

	PageCacheValve(PublicCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		Optional<PageCacheFilter.Page> page = PageCacheFilter.cacheable(request)
				? PageCacheFilter.cached(this.cache, request) : Optional.empty();
		if (page.isPresent()) {
			page.get().writeTo(response);
			return;
		}
		getNext().invoke(request, response);
	}

}
