/**
 * The query that feeds the progress rules from the database, and the progress API. Other modules
 * use {@link org.chitieu.progress.query.ProgressService} and its result records.
 */
@org.springframework.modulith.NamedInterface("query")
package org.chitieu.progress.query;
