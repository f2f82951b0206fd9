/**
 * R-X-2: deadlines are real. Configurable durations for due and follow-up dates and timers
 * ({@code ${deadlines.due('expert-review')}}), and the notices a timer sends: a reminder to the people
 * of a task, an escalation to the supervising level ({@code ${taskNotices.escalate(execution, ...)}}).
 */
package cn.pilotcity.deadline;
