/**
 * The monthly socio-economic report: one model computed from the progress of the plan and the
 * office's settings, written as Word (Decree 30/2020/NĐ-CP layout), Excel annex, PDF and web page.
 */
package org.chitieu.report;
