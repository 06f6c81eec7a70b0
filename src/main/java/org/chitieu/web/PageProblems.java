package org.chitieu.web;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The web pages' answer to what the reader got wrong: a page in the reader's language with a 4xx
 * status, never a 500 and never the name of a Java class. The API has {@link ApiProblems}, which
 * is consulted first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private static final Logger logger = LoggerFactory.getLogger(PageProblems.class);

	/** The page Spring Boot also shows for any other 4xx. */
	private static final String BAD_REQUEST_PAGE = "error/4xx";

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Locale locale, Model model) {
		model.addAttribute("problems", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		return "error/404";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException ex, Locale locale, Model model) {
		model.addAttribute("problems", ex.errors()
			.stream()
			.map(error -> this.messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
			.toList());
		model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
		return BAD_REQUEST_PAGE;
	}

	/**
	 * Addresses and forms that do not bind: a word where a number belongs, a number beyond its type, an
	 * index past what a form may hold (record binding answers it with an index out of bounds), a month or
	 * an enum value that does not exist.
	 */
	@ExceptionHandler({ TypeMismatchException.class, BindException.class, InvalidPropertyException.class,
			ServletRequestBindingException.class, HandlerMethodValidationException.class, IllegalArgumentException.class,
			DateTimeException.class, ArithmeticException.class, IndexOutOfBoundsException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badInput(Exception ex, Model model) {
		logger.debug("Refused a bad request", ex);
		model.addAttribute("problems", List.of());
		model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
		return BAD_REQUEST_PAGE;
	}

	/** A value the database refuses (out of its range, malformed): the reader's input, not our failure. */
	@ExceptionHandler
	String database(DataAccessException ex, Model model, HttpServletResponse response) {
		if (!ApiProblems.badValue(ex)) {
			throw ex;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problems", List.of());
		model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
		return BAD_REQUEST_PAGE;
	}

}
