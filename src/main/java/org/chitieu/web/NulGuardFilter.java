package org.chitieu.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request whose text carries a NUL character (U+0000): no text
 * field of ours may hold one and PostgreSQL cannot store it. Checked in the address, in form fields
 * (multipart text fields included, never uploaded files) and in JSON bodies, raw or escaped. The
 * answer is a 400 in the reader's language and nothing is changed.
 */
class NulGuardFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	NulGuardFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest checked = request;
		boolean nul = encodedNul(request.getRequestURI()) || encodedNul(request.getQueryString());
		if (!nul && isJson(request)) {
			byte[] body = request.getInputStream().readAllBytes();
			String text = new String(body, StandardCharsets.UTF_8);
			nul = text.indexOf('\0') >= 0 || text.toLowerCase(Locale.ROOT).contains("\\u0000");
			checked = new ReadBody(request, body);
		}
		else if (!nul) {
			nul = request.getParameterMap()
				.entrySet()
				.stream()
				.anyMatch(entry -> hasNul(entry.getKey()) || Arrays.stream(entry.getValue()).anyMatch(NulGuardFilter::hasNul));
		}
		if (nul) {
			refuse(request, response);
			return;
		}
		chain.doFilter(checked, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean api = request.getRequestURI().startsWith("/api/");
		Locale locale = api && request.getHeader("Accept-Language") != null ? request.getLocale()
				: WebConfiguration.VIETNAMESE;
		String title = this.messages.getMessage("problem.invalid", null, locale);
		String detail = this.messages.getMessage("problem.nul", null, locale);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setCharacterEncoding("UTF-8");
		if (api) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write(JSON.writeValueAsString(Map.of("type", "about:blank", "status", 400, "title", title, "detail", detail)));
		}
		else {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.getWriter().write(title + ": " + detail);
		}
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\0') >= 0;
	}

	private static boolean encodedNul(String raw) {
		return raw != null && (raw.indexOf('\0') >= 0 || raw.contains("%00"));
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).contains("json");
	}

	/** The request with its body, already read to be checked, to read again. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
