package cn.pilotcity.review;

/**
 * A conflict of interest an expert declared: a city ({@code kind} CITY, {@code cityCode}) or an organisation
 * ({@code kind} EMPLOYER, {@code employer}).
 */
public record ExpertConflict(Long expertId, String kind, String cityCode, String employer, String note) {

	public static final String CITY = "CITY";
	public static final String EMPLOYER = "EMPLOYER";

	public static ExpertConflict city(String cityCode, String note) {
		return new ExpertConflict(null, CITY, cityCode, null, note);
	}

	public static ExpertConflict employer(String employer, String note) {
		return new ExpertConflict(null, EMPLOYER, null, employer, note);
	}
}
