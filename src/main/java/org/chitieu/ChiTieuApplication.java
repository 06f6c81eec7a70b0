package org.chitieu;

import org.chitieu.database.EmbeddedPostgresStartup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ChiTieuApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ChiTieuApplication.class);
		application.addInitializers(new EmbeddedPostgresStartup());
		application.run(args);
	}

}
