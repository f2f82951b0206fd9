package cn.pilotcity.city;

import java.time.LocalDate;

/**
 * Published (synchronously, in the granting transaction) when a city is granted a title; the title
 * lifecycle starts from it. {@code endsOn} is null for a title without a fixed term.
 */
public record TitleGranted(long titleId, String cityCode, TitleKind kind, LocalDate grantedOn, LocalDate endsOn) {
}
