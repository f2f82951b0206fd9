package cn.pilotcity.city;

/** A provincial-level division, e.g. 320000 江苏省. */
public record Province(String code, String name, String shortName) {
}
