package org.colophon.graph.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.colophon.graph.QueryResult;

/** Reads a query execution to its end into a {@link QueryResult}, whichever store it runs against. */
final class QueryResults {

    private QueryResults() {}

    static QueryResult materialise(Query query, QueryExec exec) {
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
}
