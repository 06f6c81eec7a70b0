package org.chitieu.datavalue;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.io.input.BoundedInputStream;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The size limit of an import ({@code chitieu.import.max-size}, 20 MB by default): beyond it, 413. */
final class ImportLimit {

	private ImportLimit() {
	}

	/** The body, refused with {@link TooLargeException} as soon as it passes the limit. */
	static InputStream bounded(InputStream body, DataSize limit) throws IOException {
		return BoundedInputStream.builder()
			.setInputStream(body)
			.setMaxCount(limit.toBytes() + 1)
			.setOnMaxCount((max, count) -> {
				throw new TooLargeException(limit);
			})
			.get();
	}

	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	static final class TooLargeException extends RuntimeException {

		private final DataSize limit;

		TooLargeException(DataSize limit) {
			super("import larger than " + limit);
			this.limit = limit;
		}

		DataSize limit() {
			return this.limit;
		}

	}

}
