/**
 * Files attached to an application (signed plan, supporting documents, supplements, issued documents):
 * size and type limits checked on the content, stored in the database in chunks, readable only by those
 * entitled to the application.
 */
package cn.pilotcity.attachment;
