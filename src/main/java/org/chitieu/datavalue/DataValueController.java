package org.chitieu.datavalue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/datavalues}: read figures (counted value and pending revision), post them, import a
 * file, and approve or return them. Numbers in JSON and import files are plain: a point as decimal
 * separator, no thousands separators.
 */
@RestController
@RequestMapping("/api/v1/datavalues")
class DataValueController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DataValueService service;

	private final FigureQuery query;

	private final FigureImport imports;

	private final ImportProgress progress;

	private final DataSize maxImportSize;

	DataValueController(DataValueService service, FigureQuery query, FigureImport imports, ImportProgress progress,
			@Value("${chitieu.import.max-size:20MB}") DataSize maxImportSize) {
		this.service = service;
		this.query = query;
		this.imports = imports;
		this.progress = progress;
		this.maxImportSize = maxImportSize;
	}

	@GetMapping
	List<FigureView> get(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam(required = false) String indicator, @RequestParam String period,
			@RequestParam(defaultValue = "false") boolean children) {
		return this.query.figures(user, orgUnit, indicator, period, children);
	}

	@PostMapping
	Written post(@AuthenticationPrincipal ChiTieuUser user, @RequestBody List<DataValueRow> rows) {
		return new Written(this.service.post(user, rows));
	}

	/** Approves or returns figures waiting for approval: all rows or none. */
	@PostMapping("/review")
	Reviewed review(@AuthenticationPrincipal ChiTieuUser user, @RequestBody ReviewRequest request) {
		boolean returning = "RETURN".equals(request.action());
		if (!returning && !"APPROVE".equals(request.action())) {
			throw new InvalidInputException("datavalue.invalid",
					InputError.of("action", "datavalue.reviewAction", String.valueOf(request.action())));
		}
		List<DataValueRow> keys = request.rows() == null ? null
				: request.rows()
					.stream()
					.map(row -> row == null ? null
							: new DataValueRow(row.indicator(), row.orgUnit(), row.period(), null, null))
					.toList();
		return new Reviewed(this.service.review(user, keys,
				returning ? (request.reason() == null ? "" : request.reason()) : null));
	}

	/**
	 * A CSV or XLSX file, as a multipart field {@code file} or as the request body itself. With {@code progress}
	 * (an id the client chooses, e.g. a UUID) its progress can be read while it runs.
	 */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Written importFile(@AuthenticationPrincipal ChiTieuUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String progress) throws IOException {
		return importUpload(this.imports, user, file, progress, this.maxImportSize);
	}

	@PostMapping(path = "/import", consumes = { "text/csv", XLSX })
	Written importBody(@AuthenticationPrincipal ChiTieuUser user, InputStream body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long length,
			@RequestParam(required = false) String progress) throws IOException {
		checkMayImport(user, length == null ? 0 : length, this.maxImportSize);
		try (InputStream input = ImportLimit.bounded(body, this.maxImportSize)) {
			return new Written(this.imports.importFile(user, rows -> read(input, null, contentType, rows), progress));
		}
	}

	/** How far the user's import with that progress id has come. */
	@GetMapping("/import/progress/{id}")
	ImportProgress.Report importProgress(@AuthenticationPrincipal ChiTieuUser user, @PathVariable String id) {
		return this.progress.find(id, user.username());
	}

	/** An uploaded file imported, from the API or the upload page. */
	static Written importUpload(FigureImport imports, ChiTieuUser user, MultipartFile file, String progress,
			DataSize maxImportSize) throws IOException {
		checkMayImport(user, file.getSize(), maxImportSize);
		try (InputStream input = file.getInputStream()) {
			return new Written(imports.importFile(user,
					rows -> read(input, file.getOriginalFilename(), file.getContentType(), rows), progress));
		}
	}

	/** Only those who may enter figures get to the rows; a body over the limit is refused before it is read. */
	private static void checkMayImport(ChiTieuUser user, long length, DataSize maxImportSize) {
		if (!DataValueService.mayEnter(user)) {
			throw new AccessDeniedException("importing figures is for those who enter them");
		}
		if (length > maxImportSize.toBytes()) {
			throw new ImportLimit.TooLargeException(maxImportSize);
		}
	}

	private static void read(InputStream input, String filename, String contentType, DataValueImport.Rows rows)
			throws IOException {
		boolean xlsx = filename != null && filename.toLowerCase().endsWith(".xlsx")
				|| XLSX.equals(contentType);
		boolean csv = filename != null && filename.toLowerCase().endsWith(".csv")
				|| contentType != null && contentType.startsWith("text/");
		if (xlsx) {
			DataValueImport.readXlsx(input, rows);
		}
		else if (csv || filename == null) {
			DataValueImport.readCsv(input, rows);
		}
		else {
			throw new InvalidInputException("datavalue.invalid", InputError.of("file", "datavalue.fileType"));
		}
	}

	record Written(int written) {
	}

	record Reviewed(int reviewed) {
	}

	record ReviewRequest(List<FigureRef> rows, String action, String reason) {
	}

	record FigureRef(String indicator, String orgUnit, String period) {
	}

	/** One figure as {@code GET /api/v1/datavalues} answers it. */
	record FigureView(String indicator, String orgUnit, String period, Counted counted, Revision revision) {
	}

	record Counted(BigDecimal value, DataValueStatus status, String comment, String by, Instant at) {
	}

	record Revision(BigDecimal value, DataValueStatus status, String comment, String returnReason, String by,
			Instant at) {
	}

}
