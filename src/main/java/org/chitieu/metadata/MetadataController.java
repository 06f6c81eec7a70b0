package org.chitieu.metadata;

import org.chitieu.metadata.MetadataService.ImportSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metadata")
class MetadataController {

	private final MetadataService metadata;

	MetadataController(MetadataService metadata) {
		this.metadata = metadata;
	}

	@GetMapping
	MetadataDocument export() {
		return this.metadata.exportDocument();
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportSummary importDocument(@RequestBody MetadataDocument document) {
		return this.metadata.importDocument(document);
	}

}
