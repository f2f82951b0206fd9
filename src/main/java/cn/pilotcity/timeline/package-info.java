/**
 * R-X-4: a city's whole history as one timeline: its applications, every decision (who, when, opinion),
 * annual assessments and indicator uploads, three-year reviews, rectifications and title changes, in order.
 */
package cn.pilotcity.timeline;
