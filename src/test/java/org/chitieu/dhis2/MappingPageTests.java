package org.chitieu.dhis2;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's page of DHIS2 identifiers, on the DHIS2 test locality. */
@ChiTieuIntegrationTest
class MappingPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Users users;

	@Autowired
	Dhis2Mappings mappings;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD)
			.postForEntity("/api/v1/metadata", Dhis2TestLocality.metadata(), String.class);
	}

	@Test
	void the_administrator_sees_the_mappings_of_the_metadata_document() throws Exception {
		this.mvc.perform(get("/dhis2/mappings").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ánh xạ mã DHIS2"), containsString(Dhis2TestLocality.MEASLES),
					containsString("DHT_MEASLES"), containsString("Phần tử dữ liệu → chỉ tiêu"))));
	}

	@Test
	void a_mapping_is_added_and_deleted_on_the_page() throws Exception {
		this.mvc.perform(post("/dhis2/mappings").with(csrf()).with(user(demo("admin")))
			.param("kind", "ORG_UNIT").param("dhis2", "ImspTQPwCqd").param("code", "DHT"))
			.andExpect(redirectedUrl("/dhis2/mappings"))
			.andExpect(flash().attribute("success", "dhis2.mapping.saved"));
		assertThat(this.mappings.findAll()).contains(new Dhis2Mapping(Dhis2Mapping.Kind.ORG_UNIT, "ImspTQPwCqd", "DHT"));
		this.mvc.perform(post("/dhis2/mappings/delete").with(csrf()).with(user(demo("admin")))
			.param("kind", "ORG_UNIT").param("dhis2", "ImspTQPwCqd"))
			.andExpect(redirectedUrl("/dhis2/mappings"));
		assertThat(this.mappings.findAll()).noneMatch(mapping -> mapping.dhis2().equals("ImspTQPwCqd"));
	}

	@Test
	void a_mapping_to_a_code_we_do_not_have_is_refused_with_its_reason() throws Exception {
		this.mvc.perform(post("/dhis2/mappings").with(csrf()).with(user(demo("admin")))
			.param("kind", "DATA_ELEMENT").param("dhis2", "ImspTQPwCqd").param("code", "NO_SUCH_INDICATOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có chỉ tiêu mã &quot;NO_SUCH_INDICATOR&quot;.")));
		assertThat(this.mappings.findAll()).noneMatch(mapping -> mapping.dhis2().equals("ImspTQPwCqd"));
	}

	@Test
	void only_an_administrator_reaches_the_page() throws Exception {
		this.mvc.perform(get("/dhis2/mappings").with(user(demo("nhaplieu.nn")))).andExpect(status().isForbidden());
		this.mvc.perform(post("/dhis2/mappings").with(csrf()).with(user(demo("lanhdao")))
			.param("kind", "ORG_UNIT").param("dhis2", "ImspTQPwCqd").param("code", "DHT"))
			.andExpect(status().isForbidden());
		assertThat(this.mappings.findAll()).noneMatch(mapping -> mapping.dhis2().equals("ImspTQPwCqd"));
	}

	private ChiTieuUser demo(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

}
