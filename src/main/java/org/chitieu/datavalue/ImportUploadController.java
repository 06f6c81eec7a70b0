package org.chitieu.datavalue;

import java.io.IOException;

import org.chitieu.security.ChiTieuUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload page ({@link ImportPageController}) calls from the signed-in session (the API takes
 * Basic or bearer credentials only): the same import as {@code POST /api/v1/datavalues/import}, answered
 * the same way, and its progress.
 */
@RestController
@RequestMapping("/entry/import")
class ImportUploadController {

	private final FigureImport imports;

	private final ImportProgress progress;

	private final DataSize maxImportSize;

	ImportUploadController(FigureImport imports, ImportProgress progress,
			@Value("${chitieu.import.max-size:20MB}") DataSize maxImportSize) {
		this.imports = imports;
		this.progress = progress;
		this.maxImportSize = maxImportSize;
	}

	@PostMapping
	DataValueController.Written upload(@AuthenticationPrincipal ChiTieuUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String progress) throws IOException {
		return DataValueController.importUpload(this.imports, user, file, progress, this.maxImportSize);
	}

	@GetMapping("/progress/{id}")
	ImportProgress.Report progress(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String id) {
		return this.progress.find(id, user.username());
	}

}
