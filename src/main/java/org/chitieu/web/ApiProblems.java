package org.chitieu.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the API, in the language of {@code Accept-Language} (Vietnamese by
 * default), with an {@code errors} list naming each bad field or row.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.titleKey(), null, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.map(error -> Map.of("field", error.field(), "message",
					this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(this.messages.getMessage("problem.notFound", null, locale));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("problem.forbidden.detail", null, locale));
		problem.setTitle(this.messages.getMessage("problem.forbidden", null, locale));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName());
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(badParameter(ex.getParameterName()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("problem.unreadable", new Object[] { rootMessage(ex) }, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		return ResponseEntity.badRequest().body(problem);
	}

	/** Anything unexpected: logged with its stack trace, answered without it. */
	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		logger.error("Unexpected error in the API", ex);
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				this.messages.getMessage("problem.unexpected.detail", null, locale));
		problem.setTitle(this.messages.getMessage("problem.unexpected", null, locale));
		return problem;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		// Jackson appends the source location on a new line; the first line says what is wrong
		return message.lines().findFirst().orElse(message);
	}

	private ProblemDetail badParameter(String name) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("problem.parameter", new Object[] { name }, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		return problem;
	}

}
