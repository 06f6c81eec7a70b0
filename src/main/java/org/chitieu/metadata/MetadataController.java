package org.chitieu.metadata;

import java.util.Set;
import java.util.stream.Collectors;

import org.chitieu.metadata.MetadataService.ImportSummary;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metadata")
class MetadataController {

	private final MetadataService metadata;

	private final OrgUnits orgUnits;

	MetadataController(MetadataService metadata, OrgUnits orgUnits) {
		this.metadata = metadata;
		this.orgUnits = orgUnits;
	}

	/** The caller's subtree; an ADMIN of no unit (the root) sees the whole deployment. */
	@GetMapping
	MetadataDocument export(@AuthenticationPrincipal ChiTieuUser user) {
		MetadataDocument all = this.metadata.exportDocument();
		if (user.is(Role.ADMIN) && user.orgUnitId() == null) {
			return all;
		}
		Set<String> units = user.orgUnitId() == null ? Set.of()
				: this.orgUnits.subtree(user.orgUnitId()).stream().map(OrgUnit::code).collect(Collectors.toSet());
		return MetadataScope.within(all, units);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportSummary importDocument(@RequestBody MetadataDocument document) {
		return this.metadata.importDocument(document);
	}

}
