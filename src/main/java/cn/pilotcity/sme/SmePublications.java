package cn.pilotcity.sme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.document.ExcelTable;
import cn.pilotcity.document.WordTemplate;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SME-6, R-X-3: what a batch's determination publishes: the admitted list as Excel (with the full
 * ranking on a second sheet) and the Word notice of CNIPA and MIIT.
 */
@Component
class SmePublications {

	private static final WordTemplate NOTICE = new WordTemplate("documents/sme-admission-notice.docx");

	private final SmeBatches batches;
	private final Applications applications;
	private final CityDirectory cities;

	SmePublications(SmeBatches batches, Applications applications, CityDirectory cities) {
		this.batches = batches;
		this.applications = applications;
		this.cities = cities;
	}

	byte[] admittedList(long batchId) {
		SmeBatch batch = published(batchId);
		List<Determination> determinations = batches.determinations(batchId);
		ExcelTable excel = new ExcelTable().sheet("实施城市名单", "中小企业知识产权战略推进工程" + batch.name() + "实施城市名单",
				List.of("序号", "城市", "省份", "中小企业集聚区", "评审得分", "实施期起", "实施期止"));
		int no = 1;
		for (Determination d : determinations) {
			if (d.admitted()) {
				Application application = applications.get(d.applicationId());
				City city = cities.city(application.cityCode());
				excel.row(no++, city.name(), city.provinceName(), String.join("、", application.clusters()), d.panelScore(),
						batch.publishedOn(), batch.publishedOn().plusYears(GrantSmePilotTitle.IMPLEMENTATION_YEARS));
			}
		}
		excel.sheet("审定结果", "审定结果(全部申报城市)", List.of("排序", "城市", "省份", "评审得分", "是否纳入", "审定意见"));
		for (Determination d : determinations) {
			City city = cities.city(applications.get(d.applicationId()).cityCode());
			excel.row(d.ranking(), city.name(), city.provinceName(), d.panelScore(), d.admitted(), d.opinion());
		}
		return excel.toBytes();
	}

	byte[] notice(long batchId) {
		SmeBatch batch = published(batchId);
		List<String> lines = new ArrayList<>();
		for (Determination d : batches.determinations(batchId)) {
			if (d.admitted()) {
				City city = cities.city(applications.get(d.applicationId()).cityCode());
				lines.add((lines.size() + 1) + ". " + city.provinceName() + " " + city.name());
			}
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("batchName", batch.name());
		values.put("noticeDocNumber", batch.noticeDocNumber() == null ? "" : batch.noticeDocNumber());
		values.put("cityCount", String.valueOf(lines.size()));
		values.put("admittedOnText", Dates.day(batch.publishedOn()));
		values.put("publishedOnText", Dates.day(batch.publishedOn()));
		values.put("cityList", lines.isEmpty() ? "(无)" : String.join("\n", lines));
		return NOTICE.fill(values);
	}

	private SmeBatch published(long batchId) {
		SmeBatch batch = batches.get(batchId);
		if (!SmeBatch.PUBLISHED.equals(batch.status())) {
			throw new InvalidInputException("「" + batch.name() + "」的审定结果尚未发布");
		}
		return batch;
	}
}
