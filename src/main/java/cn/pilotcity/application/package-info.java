/**
 * A city's application to a programme and its way through the provincial recommendation.
 */
package cn.pilotcity.application;
