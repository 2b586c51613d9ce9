package org.colophon.discovery.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that may turn one token into several: {@link #expand} rewrites the current term and queues the terms that
 * follow it, which are then given out one by one with the first token's other attributes (offsets, type) and a
 * position increment of {@code followingIncrement}: 1 for terms that follow one another ({@code luxun} → {@code lu},
 * {@code xun}), 0 for terms at the same position ({@code 行} → {@code xing}, {@code hang}).
 */
abstract class ExpandingFilter extends TokenFilter {
    protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private final int followingIncrement;
    private State state;

    ExpandingFilter(TokenStream in, int followingIncrement) {
        super(in);
        this.followingIncrement = followingIncrement;
    }

    /** Reads the current {@link #term}, may rewrite it, and adds to {@code following} the terms that come after it. */
    abstract void expand(ArrayDeque<String> following);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(followingIncrement);
            return true;
        }
        if (!input.incrementToken()) return false;
        expand(pending);
        if (!pending.isEmpty()) state = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
