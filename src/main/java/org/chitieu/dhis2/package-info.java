/**
 * DHIS2's own data value set resource ({@code /api/dataValueSets}, JSON, CSV and ADX) over our figures,
 * with the mapping of DHIS2 data elements and org units to our indicators and units.
 */
package org.chitieu.dhis2;
