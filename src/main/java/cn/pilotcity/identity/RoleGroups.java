package cn.pilotcity.identity;

import java.util.List;

/** The regional groups that exist, derived from the reference data. */
public record RoleGroups(List<String> cityGroups, List<String> provincialIpGroups, List<String> provincialSmeGroups) {

	public List<String> provincialGroups() {
		return java.util.stream.Stream.concat(provincialIpGroups.stream(), provincialSmeGroups.stream()).toList();
	}
}
