package cn.pilotcity.sme;

import java.util.List;
import cn.pilotcity.system.EngineLimits;

/**
 * What an SME-pilot application must contain, from the implementation plan (国知发管字[2009]238号):
 * the eight sections of the application plan (R-SME-5, (1)–(7) required), the yearly targets of section
 * (5) as numbers, and the four conditions of application (R-SME-4).
 */
final class SmePlan {

	record Section(int no, String title, int minLength) {

		boolean required() {
			return minLength > 0;
		}
	}

	record Metric(String code, String label, String unit) {
	}

	static final List<Section> SECTIONS = List.of(
			new Section(1, "工程领导组织、组成成员、机制安排与任务分工", 50),
			new Section(2, "中小企业集聚区总体发展情况及其在城市产业发展和总体发展战略中的地位", 100),
			new Section(3, "集聚区内中小企业总体发展、技术创新、知识产权总体状况及发展沿革", 100),
			new Section(4, "实施工程的指导思想、原则、总体思路", 50),
			new Section(5, "总体目标及逐年实施目标", 50),
			new Section(6, "主要工作内容、总体工作计划及逐年实施计划安排", 100),
			new Section(7, "保障工程实施的政策、资金、人员等条件的安排和落实措施", 50),
			new Section(8, "申报城市认为应当说明的其他内容", 0));

	static final int MAX_SECTION_LENGTH = EngineLimits.MAX_TEXT;

	/** The implementation lasts three years (R-SME-7), so targets are set for years 1 to 3. */
	static final int YEARS = 3;

	static final List<Metric> METRICS = List.of(
			new Metric("SMES_CULTIVATED", "重点培育的知识产权优势中小企业", "家"),
			new Metric("SERVICE_AGENCIES", "中小企业知识产权辅导服务机构", "家"),
			new Metric("PEOPLE_TRAINED", "知识产权培训人员", "人次"),
			new Metric("PATENT_APPLICATIONS", "集聚区专利申请量", "件"),
			new Metric("IP_UTILISATION", "专利转化运用(许可、转让、质押)", "件"),
			new Metric("IP_PROTECTION", "知识产权维权援助案件", "件"),
			new Metric("IP_MANAGEMENT", "知识产权管理规范贯标企业", "家"));

	static final List<String> CONDITIONS = List.of(
			"中小企业知识产权工作基础较好,集聚区产业优势突出、区位优势明显",
			"市政府高度重视,建立领导组织保障,实施期间提供财政投入和政策支持",
			"实施方案目标明确、措施具体、保障有力、切实可行",
			"省、市知识产权局和中小企业主管部门给予政策等支持");

	static final List<String> RATINGS = List.of("MET", "PARTLY", "NOT_MET");

	private SmePlan() {
	}

	static String sectionVariable(int no) {
		return "section" + no;
	}

	static String targetVariable(int year, Metric metric) {
		return "target" + year + "_" + metric.code();
	}

	static String conditionVariable(int no) {
		return "condition" + no;
	}

	static String evidenceVariable(int no) {
		return "condition" + no + "Evidence";
	}
}
