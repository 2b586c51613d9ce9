package org.colophon.endpoint.internal;

/** The 404 page for an IRI the store does not hold. */
final class NotFoundPage {
    private NotFoundPage() {}

    static String html(Site site, String iri) {
        return Html.page(
                site,
                "Not found — " + site.config().title(),
                "<h1>Not found</h1><p>The bibliography holds nothing under</p><p class=\"iri\">" + Html.escape(iri)
                        + "</p><p><a href=\"/\">Back to the dataset</a></p>");
    }
}
