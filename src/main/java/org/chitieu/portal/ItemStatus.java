package org.chitieu.portal;

/** Only a published item is ever shown to the public; a withdrawn one keeps its slug for republication. */
public enum ItemStatus {
	DRAFT, PUBLISHED, WITHDRAWN
}
