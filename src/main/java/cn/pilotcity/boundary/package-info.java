/**
 * The engine boundary: what a user may send to the engine and make it do. A task is worked only through its
 * form — the deployed form's fields and nothing else, each checked by the rules the form declares — and the rest
 * of the engine's API that changes state is for administrators. See docs/security.md.
 */
package cn.pilotcity.boundary;
