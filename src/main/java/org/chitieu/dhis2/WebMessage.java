package org.chitieu.dhis2;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;

/**
 * DHIS2's answer, as DHIS2 2.38 and later write it: {@code {httpStatus, httpStatusCode, status, message,
 * response}}, where an import's {@code response} is its {@code ImportSummary}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebMessage(String httpStatus, int httpStatusCode, String status, String message, ImportSummary response) {

	static WebMessage of(HttpStatus http, ImportSummary summary) {
		boolean ok = http.is2xxSuccessful();
		return new WebMessage(http.getReasonPhrase(), http.value(), ok ? "OK" : summary.status(),
				ok ? "Import was successful." : "One more conflicts encountered, please check import summary.",
				summary);
	}

	/** A refused request that has no import summary, e.g. an export without org unit. */
	static WebMessage error(HttpStatus http, String message) {
		return new WebMessage(http.getReasonPhrase(), http.value(), "ERROR", message, null);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ImportSummary(String responseType, String status, ImportOptions importOptions, String description,
			ImportCount importCount, List<Conflict> conflicts, String dataSetComplete) {

		ImportSummary(String status, ImportOptions options, String description, ImportCount count,
				List<Conflict> conflicts) {
			this("ImportSummary", status, options, description, count, conflicts, "false");
		}

	}

	/** What was asked: DHIS2 names these {@code importOptions}; {@code atomicMode} ALL is our rule, always. */
	record ImportOptions(Map<String, String> idSchemes, boolean dryRun, String importStrategy, String atomicMode) {
	}

	record ImportCount(int imported, int updated, int ignored, int deleted) {
	}

	/** DHIS2's conflict: the identifier at fault ({@code object}), why ({@code value}) and which rows. */
	record Conflict(String object, String value, List<Integer> indexes) {
	}

}
