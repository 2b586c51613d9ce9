package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointConfigTest {

    @Test
    void defaultsAreReadOnlyThirtySecondsTenThousandRowsNoFederation() {
        EndpointConfig c = EndpointConfig.defaults();
        assertFalse(c.writable());
        assertEquals(Duration.ofSeconds(30), c.queryTimeout());
        assertEquals(10_000, c.resultLimit());
        assertTrue(c.serviceAllowlist().isEmpty());
    }

    @Test
    void allowListHostsAreComparedCaseInsensitively() {
        assertEquals(
                Set.of("query.wikidata.org"),
                EndpointConfig.defaults()
                        .withServiceAllowlist(Set.of(" Query.Wikidata.org "))
                        .serviceAllowlist());
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> EndpointConfig.defaults().withResultLimit(0));
        assertThrows(
                IllegalArgumentException.class, () -> EndpointConfig.defaults().withQueryTimeout(Duration.ZERO));
        assertThrows(
                IllegalArgumentException.class, () -> EndpointConfig.defaults().withWriteToken(" "));
    }
}
