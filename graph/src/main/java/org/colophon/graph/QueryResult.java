package org.colophon.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The materialised answer to one SPARQL query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT and
 * DESCRIBE. Materialised so that no transaction stays open after {@link GraphStore#query} returns.
 */
public sealed interface QueryResult {

    /** SELECT: the projected variables and the rows. */
    record Select(List<Var> vars, List<Binding> rows) implements QueryResult {
        public Select {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }

        /** The rows as a fresh Jena row set, e.g. for {@code ResultsWriter}. */
        public RowSet rowSet() {
            return RowSetStream.create(vars, rows.iterator());
        }
    }

    /** ASK. */
    record Ask(boolean answer) implements QueryResult {}

    /** CONSTRUCT or DESCRIBE: an in-memory graph. */
    record Triples(Graph graph) implements QueryResult {}
}
