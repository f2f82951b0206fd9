package cn.pilotcity.decision;

import java.util.List;

import org.springframework.stereotype.Service;

/** The record of decisions (R-X-1). */
@Service
public class Decisions {

	private final DecisionMapper mapper;

	Decisions(DecisionMapper mapper) {
		this.mapper = mapper;
	}

	public void record(Decision decision) {
		mapper.insert(decision);
	}

	public List<Decision> of(String subjectType, long subjectId) {
		return mapper.findBySubject(subjectType, subjectId);
	}

	public List<Decision> ofCity(String cityCode) {
		return mapper.findByCity(cityCode);
	}
}
