package org.chitieu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chitieu.datavalue.DataValueRow;
import org.chitieu.datavalue.DataValueService;
import org.chitieu.indicator.Indicator;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.metadata.MetadataDocument;
import org.chitieu.metadata.MetadataService;
import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.project.MilestoneRow;
import org.chitieu.project.ObstacleRow;
import org.chitieu.project.ObstacleUpdate;
import org.chitieu.project.ProjectService;
import org.chitieu.project.ReportRow;
import org.chitieu.period.PeriodConvention;
import org.chitieu.report.ReportSettings;
import org.chitieu.report.ReportSettingsStore;
import org.chitieu.report.Signer;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.security.Users;
import org.chitieu.task.TaskDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Huyện Cần Đước 2024": the district, its communes and their 2025 successors, departments,
 * indicators, the 2024 plan and monthly figures for 2023 and January–May 2024, through the same
 * services as the API, and the 23/5/2024 meeting with its directives ({@link TaskDemo}). The May 2024
 * figures of the agriculture department wait for its head's approval; everything else is approved.
 * <p>
 * Then on to today: the communes' rice for the rest of 2024 and their January–June 2025 figures,
 * the six new communes' from July 2025 to November 2026, Long Cang's 2025 and 2026 plans, Rạch
 * Kiến's 2026 plan and Long Cang's November 2026 meeting. These figures are made up (generated
 * once, with a fixed seed, from the communes' 2023 pattern) to show the reorganisation; only
 * those of 2023 and January–May 2024 come from the article.
 */
@Component
public class DemoDataSet {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataSet.class);

	/** Demo accounts, one per role; the password is printed in the README (demo only). */
	static final String PASSWORD = "ChiTieu@2024";

	private static final String PENDING_PERIOD = "2024-05";

	private static final String PENDING_AGENCY = "CD-NN";

	private final MetadataService metadata;

	private final DataValueService dataValues;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final JsonMapper json;

	private final ProjectService projects;

	private final ReportSettingsStore reportSettings;

	private final TaskDemo tasks;

	private final DemoPortal portal;

	DemoDataSet(MetadataService metadata, DataValueService dataValues, IndicatorCatalogue catalogue,
			OrgUnits orgUnits, Users users, PasswordEncoder passwordEncoder, JsonMapper json, ProjectService projects,
			ReportSettingsStore reportSettings, TaskDemo tasks, DemoPortal portal) {
		this.portal = portal;
		this.metadata = metadata;
		this.projects = projects;
		this.dataValues = dataValues;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.json = json;
		this.reportSettings = reportSettings;
		this.tasks = tasks;
	}

	/** Loads the data set unless the database already holds org units. */
	@Transactional
	public boolean loadIfEmpty() {
		if (!this.orgUnits.findAll().isEmpty()) {
			return false;
		}
		this.metadata.importDocument(read("demo/can-duoc-2024.json"));
		this.metadata.importDocument(read("demo/tay-ninh-2026.json"));
		createUsers();
		List<DataValueRow> rows = new ArrayList<>(readValues("demo/can-duoc-datavalues.csv"));
		rows.addAll(readValues("demo/can-duoc-2024-rice-june-december.csv"));
		rows.addAll(readValues("demo/tay-ninh-2025-2026-datavalues.csv"));
		Map<String, Long> owners = ownerAgencies();
		long pendingAgency = this.orgUnits.findAgencies()
			.stream()
			.filter(agency -> agency.code().equals(PENDING_AGENCY))
			.map(Agency::id)
			.findFirst()
			.orElseThrow();
		Function<DataValueRow, Boolean> pending = row -> PENDING_PERIOD.equals(row.period())
				&& Long.valueOf(pendingAgency).equals(owners.get(row.indicator()));
		Map<Boolean, List<DataValueRow>> split = rows.stream().collect(Collectors.partitioningBy(pending::apply));
		this.dataValues.post(user("admin"), split.get(false));
		this.dataValues.post(user("nhaplieu.nn"), split.get(true));
		loadProjects();
		saveReportSettings();
		this.tasks.load();
		this.portal.load();
		logger.info("Loaded the demo data set: {} data values", rows.size());
		return true;
	}

	/**
	 * The May 2024 report as the office would set it: dated the day of the monthly meeting, signed by
	 * the acting chairman, tasks from his direction. The signer's name is left blank: in the demo,
	 * people appear by title only.
	 */
	private void saveReportSettings() {
		this.reportSettings.save("CD", YearMonth.of(2024, 5), new ReportSettings("Cần Đước", Signer.ACTING_CHAIRMAN, "",
				List.of("UBND tỉnh Long An (b/c)", "TT. Huyện ủy, TT. HĐND huyện (b/c)", "CT, các PCT UBND huyện",
						"Các phòng, ban, ngành huyện", "UBND các xã, thị trấn", "Lưu: VT"),
				PeriodConvention.DECREE_09, "05/BC-UBND", LocalDate.of(2024, 5, 23),
				List.of("Tập trung thực hiện công tác thu ngân sách, thu cân đối; các ngành phối hợp Chi cục Thuế đôn đốc "
						+ "thu nợ thuế, đẩy nhanh thủ tục đấu giá quyền sử dụng đất.",
						"Đẩy nhanh tiến độ các công trình xây dựng cơ bản, nhất là các công trình trọng điểm, chương trình "
								+ "đột phá; tháo gỡ vướng mắc bồi thường, giải phóng mặt bằng để giải ngân vốn đầu tư công.",
						"Tăng cường quản lý đất đai, xây dựng; đảm bảo vệ sinh môi trường, thu gom rác trên địa bàn huyện.",
						"Rà soát từng tiêu chí cụ thể trong từng lĩnh vực; tăng cường kiểm tra, giám sát tiến độ thực hiện, "
								+ "kịp thời giải quyết những khó khăn, vướng mắc.")));
	}

	private void createUsers() {
		String hash = this.passwordEncoder.encode(PASSWORD);
		this.users.create("lanhdao", hash, "Chủ tịch UBND huyện", Role.LEADER, "CD", null);
		this.users.create("vanphong", hash, "Chuyên viên Văn phòng HĐND và UBND huyện", Role.OFFICE, "CD", null);
		this.users.create("truongphong.nn", hash, "Trưởng phòng Nông nghiệp và PTNT", Role.AGENCY_HEAD, "CD", "CD-NN");
		this.users.create("nhaplieu.nn", hash, "Chuyên viên Phòng Nông nghiệp và PTNT", Role.REPORTER, "CD", "CD-NN");
		this.users.create("truongphong.tckh", hash, "Trưởng phòng Tài chính - Kế hoạch", Role.AGENCY_HEAD, "CD",
				"CD-TCKH");
		this.users.create("nhaplieu.tckh", hash, "Chuyên viên Phòng Tài chính - Kế hoạch", Role.REPORTER, "CD",
				"CD-TCKH");
		this.users.create("truongban.bqlda", hash, "Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện",
				Role.AGENCY_HEAD, "CD", "CD-BQLDA");
		this.users.create("nhaplieu.bqlda", hash, "Chuyên viên Ban Quản lý dự án đầu tư xây dựng huyện", Role.REPORTER,
				"CD", "CD-BQLDA");
		// two of the communes that replaced the district on 1/7/2025
		this.users.create("lanhdao.longcang", hash, "Chủ tịch UBND xã Long Cang", Role.LEADER, "TN-LONG-CANG", null);
		this.users.create("vanphong.longcang", hash, "Chuyên viên Văn phòng HĐND và UBND xã Long Cang", Role.OFFICE,
				"TN-LONG-CANG", null);
		this.users.create("lanhdao.rachkien", hash, "Chủ tịch UBND xã Rạch Kiến", Role.LEADER, "TN-RACH-KIEN", null);
	}

	/**
	 * The projects' monthly reports, milestones and obstacles, entered by the administrator (so
	 * approved). The five site-clearance projects' compensation sums to GPMB_APPROVED and GPMB_PAID.
	 */
	private void loadProjects() {
		ProjectData data;
		try (InputStream input = new ClassPathResource("demo/can-duoc-projects.json").getInputStream()) {
			data = this.json.readValue(input, ProjectData.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("demo resource missing: demo/can-duoc-projects.json", ex);
		}
		ChiTieuUser admin = user("admin");
		data.reports().forEach((project, reports) -> this.projects.post(admin, project, reports));
		data.milestones().forEach((project, milestones) -> this.projects.saveMilestones(admin, project, milestones));
		data.obstacles().forEach((project, obstacles) -> obstacles.forEach(obstacle -> {
			long id = this.projects.raiseObstacle(admin, project, new ObstacleRow(obstacle.description(),
					obstacle.ownerAgency(), obstacle.neededFrom(), obstacle.raisedOn()));
			if (obstacle.status() != null) {
				this.projects.updateObstacle(admin, project, id,
						new ObstacleUpdate(obstacle.status(), obstacle.statusDate(), obstacle.resolution()));
			}
		}));
	}

	private ChiTieuUser user(String username) {
		return this.users.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("demo needs the user " + username));
	}

	private Map<String, Long> ownerAgencies() {
		return this.catalogue.findAll()
			.stream()
			.filter(indicator -> indicator.agencyId() != null)
			.collect(Collectors.toMap(Indicator::code, Indicator::agencyId));
	}

	private MetadataDocument read(String resource) {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return this.json.readValue(input, MetadataDocument.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("demo resource missing: " + resource, ex);
		}
	}

	private static List<DataValueRow> readValues(String resource) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<DataValueRow> rows = new ArrayList<>();
		try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8); var parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				String comment = record.get("comment");
				rows.add(new DataValueRow(record.get("indicator"), record.get("orgUnit"), record.get("period"),
						new BigDecimal(record.get("value")), comment.isBlank() ? null : comment));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("demo resource missing: " + resource, ex);
		}
		return rows;
	}

	/** {@code can-duoc-projects.json}: by project code. */
	private record ProjectData(Map<String, List<ReportRow>> reports, Map<String, List<MilestoneRow>> milestones,
			Map<String, List<DemoObstacle>> obstacles) {
	}

	/** An obstacle as raised, and its later status if it moved on. */
	private record DemoObstacle(String description, String ownerAgency, String neededFrom, LocalDate raisedOn,
			String status, LocalDate statusDate, String resolution) {
	}

}
