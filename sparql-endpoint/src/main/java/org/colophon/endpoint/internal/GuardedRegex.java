package org.colophon.endpoint.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE}, as Jena evaluates them, but stoppable: Jena hands a whole string to
 * {@code java.util.regex}, and a pattern with catastrophic backtracking then runs on past the query's timeout (79 s
 * past 30 s in the test). Here the matcher reads the string through a {@link CharSequence} that checks, every
 * few thousand characters read, the query's cancel signal and its deadline, and stops the query
 * ({@link QueryCancelledException}, which the endpoint answers as a timeout). {@link QueryShape} rewrites every
 * {@code REGEX}/{@code REPLACE} of an incoming query to these functions.
 */
final class GuardedRegex {
    static final String REGEX = "urn:x-colophon:fn:regex";
    static final String REPLACE = "urn:x-colophon:fn:replace";
    /** Milliseconds a query may run (the endpoint's timeout), set in the endpoint's query context. */
    static final Symbol BUDGET = Symbol.create("urn:x-colophon:regexBudgetMillis");

    private static volatile boolean registered;

    private GuardedRegex() {}

    /** Registers both functions with Jena (once per JVM). */
    static synchronized void register() {
        if (registered) return;
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
        registered = true;
    }

    /** Common part: the deadline from the first call, and the cached pattern when it is constant. */
    abstract static class Guarded extends FunctionBase {
        private long deadline;
        private AtomicBoolean cancel;
        private String lastPattern;
        private String lastFlags;
        private Pattern compiled;

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            if (deadline == 0) {
                Context cxt = env == null ? null : env.getContext();
                long budget = cxt == null ? 30_000 : cxt.getLong(BUDGET, 30_000);
                deadline = System.nanoTime() + budget * 1_000_000L;
                cancel = cxt == null ? null : Context.getCancelSignal(cxt);
            }
            return exec(args);
        }

        Pattern pattern(String name, String pattern, String flags) {
            if (compiled == null || !pattern.equals(lastPattern) || !java.util.Objects.equals(flags, lastFlags)) {
                compiled = RegexEngine.makePattern(name, pattern, flags);
                lastPattern = pattern;
                lastFlags = flags;
            }
            return compiled;
        }

        CharSequence watched(String text) {
            return new Watched(text, cancel, deadline == 0 ? System.nanoTime() + 30_000_000_000L : deadline);
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Regex extends Guarded {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) throw new ExprEvalException("REGEX: two or three arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            String flags = args.size() > 2 ? args.get(2).getString() : null;
            Pattern p = pattern("REGEX", args.get(1).getString(), flags);
            return NodeValue.booleanReturn(
                    p.matcher(watched(text.getLiteralLexicalForm())).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}. */
    public static final class Replace extends Guarded {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) throw new ExprEvalException("REPLACE: three or four arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String flags = args.size() > 3 ? args.get(3).getString() : null;
            Pattern p = pattern("REPLACE", args.get(1).getString(), flags);
            if (p.matcher("").matches()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            String result = p.matcher(watched(text.getLiteralLexicalForm()))
                    .replaceAll(args.get(2).getString());
            String lang = text.getLiteralLanguage();
            return lang == null || lang.isEmpty()
                    ? NodeValue.makeString(result)
                    : NodeValue.makeLangString(result, lang);
        }
    }

    /** A string that stops the query when read past its deadline or after the query was cancelled. */
    static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private final long deadline;
        private int reads;

        Watched(String text, AtomicBoolean cancel, long deadline) {
            this.text = text;
            this.cancel = cancel;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && ((cancel != null && cancel.get()) || System.nanoTime() > deadline)) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
