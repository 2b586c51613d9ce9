package org.colophon.endpoint.internal;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * What a query will cost, judged from its form before it runs, and the rewrite that makes its regular expressions
 * stoppable ({@link GuardedRegex}).
 *
 * <p>A query is <em>heavy</em> when it must hold or compare many solutions, or may read without bound: ORDER BY,
 * GROUP BY or aggregates, DISTINCT/REDUCED, a regular expression, a property path with {@code *} or {@code +}, or an
 * OFFSET past the result limit. Heavy queries take turns ({@link HeavyQueries}); the others run at once.
 */
final class QueryShape {
    private QueryShape() {}

    /** The query with {@code REGEX} and {@code REPLACE} replaced by their stoppable versions; the same when none. */
    static Query guardRegex(Query query) {
        boolean[] found = {false};
        ExprTransformCopy swap = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    found[0] = true;
                    return new E_Function(GuardedRegex.REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    found[0] = true;
                    return new E_Function(GuardedRegex.REPLACE, args);
                }
                return super.transform(func, args);
            }
        };
        Query rewritten = QueryTransformOps.transform(query, new ElementTransformCopyBase(), swap);
        return found[0] ? rewritten : query;
    }

    /** Whether the query is heavy (see the class comment); {@code resultLimit} bounds a harmless OFFSET. */
    static boolean heavy(Query query, long resultLimit) {
        if (query.hasOrderBy()
                || query.hasGroupBy()
                || query.hasAggregators()
                || query.hasHaving()
                || query.isDistinct()
                || query.isReduced()
                || (query.hasOffset() && query.getOffset() > resultLimit)) {
            return true;
        }
        String text = query.serialize();
        if (text.contains(GuardedRegex.REGEX) || text.contains(GuardedRegex.REPLACE)) return true;
        Op op = Algebra.compile(query);
        boolean[] heavy = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpOrder opOrder) {
                heavy[0] = true;
            }

            @Override
            public void visit(OpTopN opTop) {
                heavy[0] = true;
            }

            @Override
            public void visit(OpGroup opGroup) {
                heavy[0] = true;
            }

            @Override
            public void visit(OpDistinct opDistinct) {
                heavy[0] = true;
            }

            @Override
            public void visit(OpReduced opReduced) {
                heavy[0] = true;
            }

            @Override
            public void visit(OpSlice opSlice) {
                if (opSlice.getStart() > resultLimit) heavy[0] = true;
            }

            @Override
            public void visit(OpPath opPath) {
                if (unbounded(opPath.getTriplePath().getPath())) heavy[0] = true;
            }
        });
        return heavy[0];
    }

    /** Whether a property path may follow links without a bound ({@code *}, {@code +}, {@code {n,}}). */
    static boolean unbounded(Path path) {
        if (path instanceof P_ZeroOrMore1
                || path instanceof P_ZeroOrMoreN
                || path instanceof P_OneOrMore1
                || path instanceof P_OneOrMoreN) return true;
        if (path instanceof P_Mod mod && mod.getMax() < 0) return true;
        if (path instanceof P_Path1 one) return unbounded(one.getSubPath());
        if (path instanceof P_Path2 two) return unbounded(two.getLeft()) || unbounded(two.getRight());
        return false;
    }
}
