package org.chitieu.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.chitieu.metadata.MetadataDocument.AgencyEntry;
import org.chitieu.metadata.MetadataDocument.IndicatorEntry;
import org.chitieu.metadata.MetadataDocument.OrgUnitEntry;
import org.chitieu.metadata.MetadataDocument.SectorEntry;
import org.chitieu.security.AuditLog;
import org.chitieu.security.ChiTieuUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue pages save through the metadata document, so a page and {@code POST /api/v1/metadata}
 * check an entry alike. Indicators and sectors are posted whole, the edited entry in its place, so
 * their order (and the indicators' project sources) stay as they were.
 */
@Service
class CatalogueEditing {

	private final MetadataService metadata;

	private final AuditLog audit;

	CatalogueEditing(MetadataService metadata, AuditLog audit) {
		this.metadata = metadata;
		this.audit = audit;
	}

	@Transactional
	void saveIndicator(ChiTieuUser user, IndicatorEntry entry) {
		List<IndicatorEntry> indicators = replaced(this.metadata.exportDocument().indicators(), entry,
				IndicatorEntry::code);
		this.metadata.importDocument(new MetadataDocument(null, null, null, null, indicators, null, null, null, null));
		this.audit.record(user.username(), "catalogue.saved", null, "indicator " + entry.code(), entry.name());
	}

	@Transactional
	void saveSector(ChiTieuUser user, SectorEntry entry) {
		List<SectorEntry> sectors = replaced(this.metadata.exportDocument().sectors(), entry, SectorEntry::code);
		this.metadata.importDocument(new MetadataDocument(null, null, sectors, null, null, null, null, null, null));
		this.audit.record(user.username(), "catalogue.saved", null, "sector " + entry.code(), entry.name());
	}

	@Transactional
	void saveAgency(ChiTieuUser user, AgencyEntry entry, Long orgUnitId) {
		this.metadata.importDocument(new MetadataDocument(null, null, null, List.of(entry), null, null, null, null, null));
		this.audit.record(user.username(), "catalogue.saved", orgUnitId, "agency " + entry.code(), entry.name());
	}

	@Transactional
	void saveUnit(ChiTieuUser user, OrgUnitEntry entry) {
		this.metadata.importDocument(new MetadataDocument(List.of(entry), null, null, null, null, null, null, null, null));
		this.audit.record(user.username(), "catalogue.saved", null, "orgUnit " + entry.code(), entry.name());
	}

	/** The entries with {@code entry} in the place of the one of its code, or at the end when new. */
	private static <T> List<T> replaced(List<T> entries, T entry, Function<T, String> code) {
		List<T> result = new ArrayList<>(entries);
		for (int i = 0; i < result.size(); i++) {
			if (code.apply(result.get(i)).equals(code.apply(entry))) {
				result.set(i, entry);
				return result;
			}
		}
		result.add(entry);
		return result;
	}

}
