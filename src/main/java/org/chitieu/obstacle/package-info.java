/**
 * Difficulties and obstacles (khó khăn, vướng mắc), one model whether raised on a task or on a project:
 * who owns it, what is needed from whom, and its life from raised to escalated to the leaders to
 * resolved. The task and project modules check who may raise, see and settle one; this one keeps it.
 */
package org.chitieu.obstacle;
