package org.chitieu.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.SecondNode;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.plan.Plans;
import org.chitieu.portal.Publications;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL: node A is the suite's application, node B a second one started here on
 * A's embedded database. What A changes, B's caches drop within a second; A's own, at once.
 */
@ChiTieuIntegrationTest
class CacheEvictionIntegrationTests {

	private static ConfigurableApplicationContext nodeB;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Publications publications;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate rest;

	@BeforeAll
	static void noNodeYet() {
		nodeB = null;
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void an_article_withdrawn_on_node_a_is_gone_from_node_b_within_a_second() throws Exception {
		ConfigurableApplicationContext b = nodeB();
		var office = this.users.findByUsername("vanphong").orElseThrow();
		long id = this.publications.create(office, org.chitieu.portal.ArticleDraft.article("Hai máy " + System.nanoTime(),
				java.time.LocalDate.of(2024, 6, 1), "Tóm tắt", "<p>Nội dung</p>"), null);
		this.publications.publish(office, id);
		String slug = this.publications.slug(id);
		String page = "/public/articles/" + slug;
		assertThat(get(b, page)).isEqualTo(200);
		assertThat(get(b, page)).as("served from node B's cache").isEqualTo(200);

		this.publications.withdraw(office, id);
		long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		int status = get(b, page);
		while (status == 200 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			status = get(b, page);
		}
		assertThat(status).isEqualTo(404);
	}

	@Test
	void a_new_figure_and_a_catalogue_change_on_node_a_reach_the_caches_of_node_b() throws Exception {
		CacheEviction eviction = nodeB().getBean(CacheEviction.class);
		CountDownLatch figures = new CountDownLatch(1);
		CountDownLatch catalogue = new CountDownLatch(1);
		eviction.register(CacheTopic.FIGURES, figures::countDown);
		eviction.register(CacheTopic.CATALOGUE, catalogue::countDown);

		// what the data value and metadata services write, reduced to the rows themselves
		this.jdbc.sql("update data_value set comment = comment where id = (select min(id) from data_value)").update();
		this.jdbc.sql("update indicator set name = name where id = (select min(id) from indicator)").update();

		assertThat(figures.await(1, TimeUnit.SECONDS)).isTrue();
		assertThat(catalogue.await(1, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void a_catalogue_tree_and_plan_posted_on_node_a_are_read_at_once_there_and_within_a_second_on_node_b()
			throws Exception {
		String code = "CE" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		ConfigurableApplicationContext b = nodeB();
		post(locality(code, "Sản lượng lúa", 1, 9000));
		assertThat(read(b, code)).isEqualTo(new Read("Sản lượng lúa", 1, 9000));

		post(locality(code, "Sản lượng lúa cả năm", 2, 9500));
		assertThat(read(this.context, code)).as("on node A, right after the post")
			.isEqualTo(new Read("Sản lượng lúa cả năm", 2, 9500));
		long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		Read onB = read(b, code);
		while (!onB.equals(new Read("Sản lượng lúa cả năm", 2, 9500)) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			onB = read(b, code);
		}
		assertThat(onB).isEqualTo(new Read("Sản lượng lúa cả năm", 2, 9500));
	}

	/** What node's caches say of the locality: the indicator's name, how many communes, the plan's target. */
	private static Read read(ApplicationContext node, String code) {
		OrgUnits units = node.getBean(OrgUnits.class);
		long district = units.findByCode(code + "-D").orElseThrow().id();
		return new Read(node.getBean(IndicatorCatalogue.class).findByCode(code + "_RICE").orElseThrow().name(),
				units.subtree(district).size() - 1,
				node.getBean(Plans.class).find(district, 2022).orElseThrow().targets().get(0).value().intValue());
	}

	private record Read(String indicatorName, int communes, int target) {
	}

	private static String locality(String code, String indicatorName, int communes, int target) {
		StringBuilder units = new StringBuilder();
		for (int n = 1; n <= communes; n++) {
			units.append(", {\"code\": \"%s-C%d\", \"name\": \"Xã %d\", \"type\": \"COMMUNE\", \"parent\": \"%s-D\"}"
				.formatted(code, n, n, code));
		}
		return """
				{ "orgUnits": [{"code": "%1$s-D", "name": "Huyện Hai Máy", "type": "DISTRICT", "parent": null}%2$s],
				  "agencies": [{"code": "%1$s-NN", "name": "Phòng Kinh tế", "orgUnit": "%1$s-D"}],
				  "indicators": [{"code": "%1$s_RICE", "name": "%3$s", "unit": "tấn", "agency": "%1$s-NN", "kind": "RAW",
				     "timeAggregation": "SUM", "spaceAggregation": "SUM", "polarity": "HIGHER"}],
				  "plans": [{"code": "%1$s-2022", "orgUnit": "%1$s-D", "year": 2022, "resolution": "Nghị quyết hai máy",
				     "targets": [{"indicator": "%1$s_RICE", "value": %4$d}]}] }
				""".formatted(code, units, indicatorName, target);
	}

	private void post(String metadata) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> posted = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/metadata", new HttpEntity<>(metadata, headers), String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
	}

	private ConfigurableApplicationContext nodeB() {
		if (nodeB == null) {
			nodeB = SecondNode.start(this.context);
		}
		return nodeB;
	}

	private static int get(ConfigurableApplicationContext node, String path) throws Exception {
		int port = SecondNode.port(node);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
