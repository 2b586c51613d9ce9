package org.colophon.graph.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
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
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    List<Binding> bindings = new ArrayList<>();
                    // TDB2 decodes a row's terms lazily: copy each row while the read transaction is open
                    rows.forEachRemaining(b -> bindings.add(BindingFactory.copy(b)));
                    return new QueryResult.Select(rows.getResultVars(), bindings);
                }
                if (query.isAskType()) {
                    return new QueryResult.Ask(exec.ask());
                }
                if (query.isConstructType()) {
                    return new QueryResult.Triples(exec.construct());
                }
                if (query.isDescribeType()) {
                    return new QueryResult.Triples(exec.describe());
                }
                throw new IllegalArgumentException("unsupported query form: " + query.queryType());
            }
        });
    }
}
