package org.colophon.harvester.oai;

import java.time.Instant;

/**
 * What a source says about itself in its Identify response.
 *
 * @param repositoryName the repository's name
 * @param baseUrl the base URL it gives for itself
 * @param earliestDatestamp its earliest datestamp, or {@code null}
 * @param deletedRecord {@code no}, {@code transient} or {@code persistent}
 * @param secondsGranularity true for {@code YYYY-MM-DDThh:mm:ssZ}, false for {@code YYYY-MM-DD}
 */
public record RepositoryInfo(
        String repositoryName,
        String baseUrl,
        Instant earliestDatestamp,
        String deletedRecord,
        boolean secondsGranularity) {}
