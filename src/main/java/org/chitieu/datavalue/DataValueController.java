package org.chitieu.datavalue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/datavalues")
class DataValueController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DataValueService service;

	DataValueController(DataValueService service) {
		this.service = service;
	}

	@PostMapping
	Written post(@AuthenticationPrincipal ChiTieuUser user, @RequestBody List<DataValueRow> rows) {
		return new Written(this.service.post(user, rows));
	}

	/** A CSV or XLSX file, as a multipart field {@code file} or as the request body itself. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Written importFile(@AuthenticationPrincipal ChiTieuUser user, @RequestParam("file") MultipartFile file)
			throws IOException {
		try (InputStream input = file.getInputStream()) {
			return new Written(this.service.post(user, read(input, file.getOriginalFilename(), file.getContentType())));
		}
	}

	@PostMapping(path = "/import", consumes = { "text/csv", XLSX })
	Written importBody(@AuthenticationPrincipal ChiTieuUser user, InputStream body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) throws IOException {
		return new Written(this.service.post(user, read(body, null, contentType)));
	}

	private static List<DataValueRow> read(InputStream input, String filename, String contentType) throws IOException {
		boolean xlsx = filename != null && filename.toLowerCase().endsWith(".xlsx")
				|| XLSX.equals(contentType);
		boolean csv = filename != null && filename.toLowerCase().endsWith(".csv")
				|| contentType != null && contentType.startsWith("text/");
		if (xlsx) {
			return DataValueImport.readXlsx(input);
		}
		if (csv || filename == null) {
			return DataValueImport.readCsv(input);
		}
		throw new InvalidInputException("datavalue.invalid", InputError.of("file", "datavalue.fileType"));
	}

	record Written(int written) {
	}

}
