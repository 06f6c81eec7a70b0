package org.chitieu;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real embedded PostgreSQL with the demo data set loaded. Every
 * integration and browser test uses this one annotation, so they share one Spring context and one
 * database (and a TestRestTemplate for the API). A test that changes demo figures puts them back, or works on data of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, args = "--demo")
@AutoConfigureTestRestTemplate
@ActiveProfiles("test")
public @interface ChiTieuIntegrationTest {

	/** The demo accounts' password, printed in the README. */
	String DEMO_PASSWORD = "ChiTieu@2024";

	/** {@code admin}'s password in tests (application-test.properties). */
	String ADMIN_PASSWORD = "admin-test";

}
