package org.chitieu.web;

import org.chitieu.period.PeriodConvention;
import org.chitieu.period.ReportingWindow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deployment's period convention ({@code chitieu.period-convention}: CALENDAR or DECREE_09). */
@Configuration(proxyBeanMethods = false)
class PeriodConfiguration {

	@Bean
	ReportingWindow reportingWindow(@Value("${chitieu.period-convention:DECREE_09}") PeriodConvention convention) {
		return new ReportingWindow(convention);
	}

}
