package org.chitieu.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
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
@Order(Ordered.HIGHEST_PRECEDENCE)
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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(ex, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		return ResponseEntity.badRequest().body(problem);
	}

	/** A value the database refuses (beyond its range, malformed) is the client's input: 400, nothing stored. */
	@ExceptionHandler
	ProblemDetail database(DataAccessException ex) {
		if (!badValue(ex)) {
			return unexpected(ex);
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("problem.badValue", null, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		return problem;
	}

	/** Whether PostgreSQL refused a value itself (SQLSTATE class 22, "data exception"). */
	static boolean badValue(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
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

	/**
	 * Which field could not be read, without Jackson's own words: they name Java types. A body that is not
	 * JSON at all is said to be so.
	 */
	private String unreadable(Throwable ex, Locale locale) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				String field = databind.getPath()
					.stream()
					.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
							: "[" + reference.getIndex() + "]")
					.collect(Collectors.joining(".")).replace(".[", "[");
				return this.messages.getMessage("problem.unreadableField", new Object[] { field }, locale);
			}
		}
		return this.messages.getMessage("problem.unreadable", null, locale);
	}

	private ProblemDetail badParameter(String name) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("problem.parameter", new Object[] { name }, locale));
		problem.setTitle(this.messages.getMessage("problem.invalid", null, locale));
		return problem;
	}

}
