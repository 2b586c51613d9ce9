package org.colophon.harvester.oai.internal;

import java.time.Instant;

/**
 * The envelope of one OAI-PMH response, with the resumption token of a list page.
 *
 * @param responseDate the response's responseDate, or {@code null}
 * @param errorCode the first OAI-PMH error code, or {@code null}
 * @param errorMessage the error's text (all errors joined)
 * @param token the resumption token, {@code null} or empty at the end of a list
 * @param tokenExpires the token's expirationDate, or {@code null}
 * @param completeListSize the token's completeListSize, or -1
 * @param cleaned characters not allowed in XML removed from the response
 */
public record OaiPage(
        Instant responseDate,
        String errorCode,
        String errorMessage,
        String token,
        Instant tokenExpires,
        long completeListSize,
        long cleaned) {

    OaiPage withCleaned(long n) {
        return new OaiPage(responseDate, errorCode, errorMessage, token, tokenExpires, completeListSize, n);
    }

    public boolean hasMore() {
        return token != null && !token.isEmpty();
    }
}
