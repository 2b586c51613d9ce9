package org.colophon.graph.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.colophon.graph.QueryResult;

/** Runs one SPARQL query in a read transaction with an overall timeout and materialises the answer. */
final class QueryRunner {

    private QueryRunner() {}

    static QueryResult run(DatasetGraph dsg, String sparql, Duration timeout) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg)
                    .query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                return QueryResults.materialise(query, exec);
            }
        });
    }
}
