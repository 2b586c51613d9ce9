package org.colophon.transform.compare;

/** A reference value we did not give: the record (by 001), the family, the path and the normalised value. */
public record Miss(String record, String family, String path, String value) {}
