package org.chitieu.project;

/** A named set of projects reported together, e.g. "3 cụm công nghiệp và 2 khu tái định cư". */
public record ProjectGroup(long id, String code, String name, String nameEn) {

	public String name(String language) {
		return "en".equals(language) && this.nameEn != null && !this.nameEn.isBlank() ? this.nameEn : this.name;
	}

}
