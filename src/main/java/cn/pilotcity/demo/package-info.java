/**
 * Demo profile only: switches that exist to show the system, never in production. The demo clock moves the
 * engine's time forward so that a year of assessments can be shown in minutes.
 */
package cn.pilotcity.demo;
