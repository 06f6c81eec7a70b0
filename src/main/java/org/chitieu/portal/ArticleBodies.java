package org.chitieu.portal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The rich text an article body may hold: paragraphs, headings, lists, tables, emphasis and links
 * (http, https, mailto; marked nofollow). Scripts, styles, event handlers, frames and images from
 * elsewhere are dropped, so the public page can print the body as HTML.
 */
final class ArticleBodies {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr").toFactory());

	private ArticleBodies() {
	}

	static String sanitise(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

}
