package org.chitieu.datavalue;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An import over the size limit: 413 with a problem detail in the reader's language. */
@RestControllerAdvice(assignableTypes = DataValueController.class)
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

}
