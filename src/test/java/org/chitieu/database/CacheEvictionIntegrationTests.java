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
import org.chitieu.portal.Publications;
import org.chitieu.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL: node A is the suite's application, node B a second one started here on
 * A's embedded database. What A changes, B's caches drop within a second.
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
