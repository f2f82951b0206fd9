/**
 * Users, groups (one per role and region), authorizations and Tasklist filters. The engine's identity
 * service is the user store; every role is a Camunda group.
 */
package cn.pilotcity.identity;
