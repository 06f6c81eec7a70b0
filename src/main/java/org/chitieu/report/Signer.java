package org.chitieu.report;

/**
 * Who signs for the committee, a collective body, so every signature starts "TM. ỦY BAN NHÂN DÂN"
 * (Decree 30/2020/NĐ-CP, Annex I).
 */
public enum Signer {

	/** "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" */
	CHAIRMAN,

	/** "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" */
	VICE_CHAIRMAN,

	/** "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH" */
	ACTING_CHAIRMAN

}
