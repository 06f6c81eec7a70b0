package org.chitieu.portal;

/** A news article, or a monthly report published with its figures and files. */
public enum ItemKind {
	ARTICLE, REPORT
}
