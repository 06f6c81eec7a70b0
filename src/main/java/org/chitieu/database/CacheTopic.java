package org.chitieu.database;

import java.util.Locale;

/** What a cache holds, as the database announces changes to it (see {@code V052__notify_cache_changes.sql}). */
public enum CacheTopic {

	/** Org units, their successions and agencies. */
	TREE,
	/** Indicators, sectors, plans, targets, projects and their groups. */
	CATALOGUE,
	/** Data values, period locks and project reports. */
	FIGURES,
	/** Portal items, files, comments and settings. */
	PORTAL;

	String payload() {
		return name().toLowerCase(Locale.ROOT);
	}

}
