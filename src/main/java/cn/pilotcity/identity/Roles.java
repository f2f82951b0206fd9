package cn.pilotcity.identity;

import java.util.Collection;
import java.util.Optional;

/**
 * The group ids of the roles. Regional groups carry the GB/T 2260 code of their city or province, so
 * candidate groups in the models are computed from the application's city and province.
 */
public final class Roles {

	public static final String ADMIN = "camunda-admin";
	public static final String CNIPA = "cnipa";
	public static final String MIIT = "miit";
	public static final String EXPERTS = "experts";
	public static final String EVALUATORS = "evaluators";

	static final String CITY_PREFIX = "city-";
	static final String PROV_IP_PREFIX = "prov-ip-";
	static final String PROV_SME_PREFIX = "prov-sme-";

	private Roles() {
	}

	public static String city(String cityCode) {
		return CITY_PREFIX + cityCode;
	}

	public static String provincialIpOffice(String provinceCode) {
		return PROV_IP_PREFIX + provinceCode;
	}

	public static String provincialSmeAuthority(String provinceCode) {
		return PROV_SME_PREFIX + provinceCode;
	}

	/** The city a user acts for, from his groups. */
	public static Optional<String> cityOf(Collection<String> groupIds) {
		return codeAfter(CITY_PREFIX, groupIds);
	}

	/** The province a user acts for (IP office or SME authority), from his groups. */
	public static Optional<String> provinceOf(Collection<String> groupIds) {
		return codeAfter(PROV_IP_PREFIX, groupIds).or(() -> codeAfter(PROV_SME_PREFIX, groupIds));
	}

	/** The national office, the national SME authority and the administrators see every region. */
	public static boolean isNational(Collection<String> groupIds) {
		return groupIds.contains(CNIPA) || groupIds.contains(MIIT) || groupIds.contains(ADMIN);
	}

	private static Optional<String> codeAfter(String prefix, Collection<String> groupIds) {
		return groupIds.stream().filter(g -> g.startsWith(prefix)).map(g -> g.substring(prefix.length()))
				.findFirst();
	}
}
