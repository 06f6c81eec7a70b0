package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.chitieu.progress.MonthPoint;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The data of a cumulative chart by month (T1..T12) as JSON for the page's {@code data-chart}
 * attribute, which {@code /js/indicator-chart.js} draws: indicators and projects alike.
 */
@Component
public class MonthlyChart {

	private final MessageSource messages;

	private final JsonMapper json;

	MonthlyChart(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public String json(List<MonthPoint> points, int decimals, Locale locale, List<Series> series) {
		return json(points, decimals, locale, series, null);
	}

	/** With a vertical line before {@code mark}'s month (the merger of 1/7/2025), when it is not {@code null}. */
	public String json(List<MonthPoint> points, int decimals, Locale locale, List<Series> series, Mark mark) {
		List<String> labels = points.stream()
			.map(point -> this.messages.getMessage("indicator.month", new Object[] { point.month() }, locale))
			.toList();
		List<Map<String, Object>> lines = series.stream()
			.map(line -> Map.<String, Object>of("name", this.messages.getMessage(line.nameKey(), null, locale), "values",
					points.stream().map(line.value()).map(MonthlyChart::plain).toList()))
			.toList();
		Map<String, Object> chart = new LinkedHashMap<>(Map.of("labels", labels, "decimals", decimals, "series", lines));
		if (mark != null) {
			chart.put("mark", mark);
		}
		return this.json.writeValueAsString(chart);
	}

	/** Null, where the chart leaves a gap, survives into the JSON. */
	private static Double plain(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	/** A vertical line drawn just before month {@code month} (1..12), with its label. */
	public record Mark(int month, String label) {
	}

	/** One line of the chart: its name's message key and the value it takes from each month. */
	public record Series(String nameKey, Function<MonthPoint, BigDecimal> value) {
	}

}
