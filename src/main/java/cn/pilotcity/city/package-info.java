/**
 * Provinces, prefecture-level cities (GB/T 2260 codes) and the titles a city holds.
 */
package cn.pilotcity.city;
