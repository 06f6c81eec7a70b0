package org.chitieu.datavalue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An import over the size limit: 413 with a problem detail in the reader's language. An import refused
 * for its rows: 400 as every refusal (RFC 9457, {@code errors} naming each bad row), and beside them
 * {@code rows}, each row the errors name as the file has it ({@code at}: the errors' field prefix,
 * {@code line}, {@code indicator}, {@code orgUnit}, {@code period}, {@code value}), for a page to show.
 */
@RestControllerAdvice(assignableTypes = { DataValueController.class, ImportUploadController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

	private final MessageSource messages;

	ImportProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ImportLimit.TooLargeException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				this.messages.getMessage("datavalue.tooBig", new Object[] { ex.limit().toMegabytes() + " MB" }, locale));
		problem.setTitle(this.messages.getMessage("datavalue.fileTooBig", null, locale));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(ImportRefusal ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.titleKey(), null, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		List<String> told = ex.messages(this.messages, locale);
		problem.setProperty("errors", IntStream.range(0, told.size())
			.mapToObj(i -> Map.of("field", ex.errors().get(i).field(), "message", told.get(i)))
			.toList());
		problem.setProperty("rows", ex.rows());
		return problem;
	}

}
