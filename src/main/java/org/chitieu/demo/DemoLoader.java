package org.chitieu.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code java -jar chitieu.jar --demo}: loads the demo data set into an empty database. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoLoader implements ApplicationRunner {

	private final DemoDataSet demo;

	DemoLoader(DemoDataSet demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("demo")) {
			this.demo.loadIfEmpty();
		}
	}

}
