package cn.pilotcity.sme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Target;

/**
 * R-SME-8: the programme's five-year targets against what the admitted cities bring: clusters admitted,
 * and the service agencies, trained people and cultivated SMEs their plans commit to over three years.
 */
@Component
class SmeProgramme {

	/** {@code basis}: what the actual figure is — clusters admitted, or what the admitted cities' plans commit to. */
	record Indicator(String code, String label, String unit, long target, BigDecimal actual, String basis) {
	}

	static final String ADMITTED = "已纳入试点";
	static final String COMMITTED = "试点城市方案三年承诺";

	record BatchProgress(SmeBatch batch, Map<String, Integer> applicationsByStatus, Map<String, String> statusLabels) {
	}

	static final long TARGET_CLUSTERS = 100;
	static final long TARGET_AGENCIES = 100;
	static final long TARGET_TRAINED = 10_000;
	static final long TARGET_SMES = 10_000;

	private final SmeBatches batches;
	private final Applications applications;

	SmeProgramme(SmeBatches batches, Applications applications) {
		this.batches = batches;
		this.applications = applications;
	}

	List<Indicator> indicators() {
		long clusters = 0;
		Map<String, BigDecimal> committed = new LinkedHashMap<>();
		for (SmeBatch batch : batches.all()) {
			for (Application application : applications.ofBatch(batch.id())) {
				if (application.status() != ApplicationStatus.ADMITTED) {
					continue;
				}
				clusters += application.clusters().size();
				for (Target target : applications.content(application.id()).targets()) {
					committed.merge(target.metric(), target.value(), BigDecimal::add);
				}
			}
		}
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator("CLUSTERS", "知识产权优势中小企业集聚区", "个", TARGET_CLUSTERS, BigDecimal.valueOf(clusters),
				ADMITTED));
		indicators.add(indicator("SERVICE_AGENCIES", "中小企业知识产权辅导服务机构", "家", TARGET_AGENCIES, committed));
		indicators.add(indicator("PEOPLE_TRAINED", "培训中小企业知识产权工作者和经营管理人员", "人次", TARGET_TRAINED, committed));
		indicators.add(indicator("SMES_CULTIVATED", "知识产权优势中小企业", "家", TARGET_SMES, committed));
		return indicators;
	}

	List<BatchProgress> progress() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ApplicationStatus status : ApplicationStatus.values()) {
			labels.put(status.name(), status.label());
		}
		return batches.all().stream().map(b -> new BatchProgress(b, batches.progress(b.id()), labels)).toList();
	}

	private static Indicator indicator(String code, String label, String unit, long target, Map<String, BigDecimal> committed) {
		return new Indicator(code, label, unit, target, committed.getOrDefault(code, BigDecimal.ZERO), COMMITTED);
	}
}
