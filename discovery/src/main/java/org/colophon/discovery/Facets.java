package org.colophon.discovery;

import java.util.List;

/** The facet dimensions of the index. */
public final class Facets {
    private Facets() {}

    public static final String TYPE = "type";
    public static final String LANGUAGE = "language";
    public static final String DECADE = "decade";
    public static final String SUBJECT = "subject";
    public static final String CONTRIBUTOR = "contributor";
    public static final String LIBRARY = "library";
    public static final String CLASSIFICATION = "classification";

    public static final List<String> DIMENSIONS =
            List.of(TYPE, LANGUAGE, DECADE, SUBJECT, CONTRIBUTOR, LIBRARY, CLASSIFICATION);
}
