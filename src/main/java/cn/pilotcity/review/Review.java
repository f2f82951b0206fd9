package cn.pilotcity.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.pilotcity.application.Programme;

/** One panel review of an application in one round. */
public record Review(Long id, long applicationId, Programme programme, int reviewRound, String cityCode,
		String provinceCode, String subject, String businessKey, String processInstanceId, ReviewStatus status,
		int panelSize, int reserveCount, Integer chairSeat, int scoringPass, boolean fieldVisitPlanned,
		String recommendation, BigDecimal panelScore, String guidance, String guidanceBy, LocalDateTime guidanceAt,
		LocalDateTime createdAt, LocalDateTime decidedAt, String recommendationBasis) {
}
