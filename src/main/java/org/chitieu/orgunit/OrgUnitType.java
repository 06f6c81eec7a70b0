package org.chitieu.orgunit;

/** Administrative levels (đơn vị hành chính); from 1/7/2025 the district level is gone. */
public enum OrgUnitType {
	PROVINCE, CITY, DISTRICT, TOWN, COMMUNE, WARD, SPECIAL_ZONE
}
