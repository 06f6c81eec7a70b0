package org.chitieu.task;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminder job and the mail outbox run on a schedule ({@code chitieu.task.*-cron}; "-" turns one off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskConfiguration {
}
