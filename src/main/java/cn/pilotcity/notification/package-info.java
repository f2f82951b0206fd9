/**
 * The one way the system tells people something outside the Tasklist: reminders, escalations and
 * results, by e-mail (Spring Mail) or, with mail off, into the log; every notification is a row.
 */
package cn.pilotcity.notification;
