package org.chitieu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ChiTieuApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChiTieuApplication.class, args);
	}

}
