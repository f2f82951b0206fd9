/**
 * The lifecycle of a title (R-AA-1, R-SC-7, R-SC-8, R-SME-7): started when a title is granted (or by the
 * national office for a title granted before), a yearly annual assessment, the three-year third-party review
 * (for the SME pilot at the end of its three-year implementation), and supervised rectification or
 * withdrawal of the title. The title's status is kept current through {@code Titles.changeStatus}.
 */
package cn.pilotcity.lifecycle;
