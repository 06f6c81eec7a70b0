package org.chitieu.datavalue;

import org.chitieu.security.ChiTieuUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The upload page of the entry area: a CSV or XLSX file of figures sent whole, with a progress bar (the
 * upload, then the server's phases), and the rows refused shown with their errors. The page's script
 * ({@code import.js}) sends the file to {@link ImportUploadController}.
 */
@Controller
class ImportPageController {

	private final DataSize maxImportSize;

	ImportPageController(@Value("${chitieu.import.max-size:20MB}") DataSize maxImportSize) {
		this.maxImportSize = maxImportSize;
	}

	@GetMapping("/entry/import")
	String page(@AuthenticationPrincipal ChiTieuUser user, Model model) {
		if (!DataValueService.mayEnter(user)) {
			throw new AccessDeniedException("importing figures is for those who enter them");
		}
		model.addAttribute("header", String.join(",", DataValueImport.HEADER));
		model.addAttribute("maxSize", this.maxImportSize.toMegabytes() + " MB");
		return "datavalue/import";
	}

}
