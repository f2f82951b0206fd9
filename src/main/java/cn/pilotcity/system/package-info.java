/**
 * Cross-cutting configuration: security of the REST API and of our own API, errors in Chinese,
 * the current user.
 */
package cn.pilotcity.system;
