package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.document.Downloads;
import cn.pilotcity.document.ExcelTable;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-AA-5, R-X-3: the published results of a year's annual assessments, as JSON and as an Excel list;
 * excellent cities are marked for priority support. Published results are public to every signed-in user.
 */
@RestController
class ResultsController {

	record ResultRow(int rank, String cityCode, String cityName, String provinceName, String title,
			BigDecimal objectiveScore, BigDecimal subjectiveScore, BigDecimal totalScore, String grade, String gradeLabel,
			boolean prioritySupport, String remark) {
	}

	private final Assessments assessments;
	private final CityDirectory cities;

	ResultsController(Assessments assessments, CityDirectory cities) {
		this.assessments = assessments;
		this.cities = cities;
	}

	@GetMapping("/api/assessment-results/{year}")
	List<ResultRow> results(@PathVariable int year) {
		if (year < 2000 || year > 9999) {
			throw new InvalidInputException("考核年度不正确");
		}
		List<ResultRow> rows = new ArrayList<>();
		int rank = 0;
		for (Assessment a : assessments.published(year)) {
			City city = cities.city(a.cityCode());
			rows.add(new ResultRow(++rank, a.cityCode(), city.name(), city.provinceName(), a.titleKind().label(),
					a.objectiveScore(), a.subjectiveScore(), a.totalScore(), a.grade().name(), a.grade().label(),
					a.prioritySupport(), remark(a)));
		}
		return rows;
	}

	@GetMapping("/api/assessment-results/{year}/excel")
	ResponseEntity<byte[]> excel(@PathVariable int year) {
		ExcelTable table = new ExcelTable().sheet(year + "年度考核结果", year + " 年度知识产权工作考核结果(国家知识产权局公布)",
				List.of("名次", "城市代码", "城市", "省份", "称号", "客观指标得分", "主观评价得分", "总分", "考核等级", "重点支持", "备注"));
		for (ResultRow r : results(year)) {
			table.row(r.rank(), r.cityCode(), r.cityName(), r.provinceName(), r.title(), r.objectiveScore(), r.subjectiveScore(),
					r.totalScore(), r.gradeLabel(), r.prioritySupport() ? "★ 重点支持" : "", r.remark());
		}
		return Downloads.excel(year + "年度考核结果.xlsx", table.toBytes());
	}

	private static String remark(Assessment a) {
		if (a.reportMissing()) {
			return "未按期提交年度报告";
		}
		return a.late() ? "逾期提交年度报告" : "";
	}
}
