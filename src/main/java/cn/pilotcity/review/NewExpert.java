package cn.pilotcity.review;

import java.time.LocalDateTime;

/** The row written when an expert joins the registry; MyBatis fills in the id. */
class NewExpert {

	Long id;
	final String userId;
	final String name;
	final String employer;
	final String title;
	final String provinceCode;
	final String cityCode;
	final Integer workloadCap;
	final LocalDateTime createdAt;

	NewExpert(String userId, String name, String employer, String title, String provinceCode, String cityCode,
			Integer workloadCap, LocalDateTime createdAt) {
		this.userId = userId;
		this.name = name;
		this.employer = employer;
		this.title = title;
		this.provinceCode = provinceCode;
		this.cityCode = cityCode;
		this.workloadCap = workloadCap;
		this.createdAt = createdAt;
	}
}
