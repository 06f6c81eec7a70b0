package org.chitieu.portal;

import java.time.LocalDate;

/**
 * What the office writes for an item: a news article, or (with {@code orgUnit} and {@code period},
 * e.g. "CD" and "2024-05") a monthly report whose figures and files are added when it is published.
 * {@code bodyHtml} is rich text, sanitised when saved.
 */
public record ArticleDraft(String title, LocalDate date, String summary, String bodyHtml, String orgUnit,
		String period) {

	public static ArticleDraft article(String title, LocalDate date, String summary, String bodyHtml) {
		return new ArticleDraft(title, date, summary, bodyHtml, null, null);
	}

	public boolean report() {
		return this.orgUnit != null && !this.orgUnit.isBlank();
	}

}
