package cn.pilotcity.city;

/** A prefecture-level city, e.g. 320500 苏州市 in 320000 江苏省. */
public record City(String code, String name, String provinceCode, String provinceName) {
}
