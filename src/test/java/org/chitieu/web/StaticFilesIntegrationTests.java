package org.chitieu.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static files are served under their folders' names and the pages link the WebJars with their
 * version; no static mapping takes every address, so the links of a page are not looked up as files.
 */
@ChiTieuIntegrationTest
class StaticFilesIntegrationTests {

	private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void a_page_links_htmx_with_its_version_and_every_static_file_is_served() {
		String page = this.rest.getForObject("/public", String.class);
		Matcher htmx = HTMX.matcher(page);
		assertThat(htmx.find()).as("the versioned htmx link in %s", page).isTrue();
		for (String file : new String[] { htmx.group(1), "/webjars/htmx.org/dist/htmx.min.js",
				"/webjars/chart.js/dist/chart.umd.js", "/css/app.css", "/css/portal.css", "/js/app.js",
				"/js/indicator-chart.js" }) {
			assertThat(this.rest.getForEntity(file, byte[].class).getStatusCode()).as(file).isEqualTo(HttpStatus.OK);
		}
		assertThat(this.rest.getForEntity("/js/app.css", byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void no_static_mapping_takes_the_addresses_of_pages() {
		assertThat(this.resourceUrls.getHandlerMap()).containsKeys("/webjars/**", "/css/**", "/js/**");
		for (String page : new String[] { "/dashboard", "/indicators/RICE", "/public/articles/bao-cao" }) {
			assertThat(this.resourceUrls.getHandlerMap().keySet()).as(page)
				.noneMatch(pattern -> this.resourceUrls.getPathMatcher().match(pattern, page));
		}
	}

}
