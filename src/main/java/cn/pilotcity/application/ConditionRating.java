package cn.pilotcity.application;

/** The city's own rating of one condition of application, with its evidence. */
public record ConditionRating(int conditionNo, String rating, String evidence) {
}
