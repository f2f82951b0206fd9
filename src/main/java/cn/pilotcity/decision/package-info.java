/**
 * R-X-1: every decision records who, when and the written opinion. A task listener turns each decision
 * task's completion into a row of {@code pc_decision}, in the same transaction.
 */
package cn.pilotcity.decision;
