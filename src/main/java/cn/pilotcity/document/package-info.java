/**
 * R-X-3: documents going out. Excel lists and score sheets ({@link ExcelTable}), Word letters and notices
 * filled from templates kept in the repository ({@link WordTemplate}), and the HTTP response that
 * delivers them ({@link Downloads}).
 */
package cn.pilotcity.document;
