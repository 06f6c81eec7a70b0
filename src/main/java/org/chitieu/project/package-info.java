/**
 * Projects and public investment: capital plans, monthly reports by the investor agency,
 * milestones, obstacles, progress against the plan's schedule, and indicator values taken from
 * project reports.
 */
package org.chitieu.project;
