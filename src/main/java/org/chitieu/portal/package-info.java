/**
 * The public portal: articles and monthly reports the office publishes (a report's figures are a
 * snapshot taken when it is published), the public pages and API, and citizens' moderated comments.
 */
package org.chitieu.portal;
