package org.colophon.endpoint.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

class ServiceCheckTest {

    final ServiceCheck check = new ServiceCheck(Set.of("query.wikidata.org"));

    String refusal(String query) {
        return check.refusal(QueryFactory.create(query));
    }

    @Test
    void serviceToAnAllowedHostMayRun() {
        assertNull(refusal("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"));
        assertNull(refusal("SELECT * { ?s ?p ?o }"));
    }

    @Test
    void serviceElsewhereIsRefusedWhereverItHides() {
        assertNotNull(refusal("SELECT * { SERVICE <https://example.org/sparql> { ?s ?p ?o } }"));
        assertNotNull(refusal("SELECT * { { SELECT ?s { SERVICE <http://example.org/s> { ?s ?p ?o } } } }"));
        assertNotNull(refusal("SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/s> { ?s ?q ?r } } }"));
        assertNotNull(
                refusal("SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/s> { ?s ?p ?o } } }"));
        assertNotNull(refusal("SELECT * { SERVICE ?where { ?s ?p ?o } }"));
        assertNotNull(refusal("SELECT * { SERVICE <ftp://query.wikidata.org/sparql> { ?s ?p ?o } }"));
        assertNotNull(refusal("SELECT * { SERVICE <https://query.wikidata.org.example.org/sparql> { ?s ?p ?o } }"));
    }

    @Test
    void updatesAreCheckedToo() {
        String r = check.refusal(
                UpdateFactory.create("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"));
        assertNotNull(r);
        assertTrue(r.contains("<http://example.org/sparql>"), r);
    }

    @Test
    void anEmptyAllowListRefusesEveryService() {
        String r = new ServiceCheck(Set.of())
                .refusal(QueryFactory.create("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"));
        assertNotNull(r);
        assertTrue(r.contains("allows no SERVICE calls"), r);
    }
}
