package cn.pilotcity.city;

/** Published when a title's status changes (rectification, active again, withdrawn, ended). */
public record TitleStatusChanged(long titleId, String cityCode, TitleKind kind, TitleStatus from, TitleStatus to) {
}
