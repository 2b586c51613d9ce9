package org.colophon.transform.internal;

import java.util.List;

/**
 * Where a value comes from, as written in a rule: subfields ({@code $a} each occurrence alone, {@code $abnp} the
 * listed subfields joined in field order, {@code $$2} those of the whole field in a line read group by group), control-field positions ({@code /35-37}), an indicator ({@code ind2}), a constant literal
 * ({@code 'text'}), a constant IRI, an anchor entity ({@code =Work}), a nested node, or a named Java function
 * ({@code fn:name}); then transforms after {@code |}.
 */
public record ValueSpec(
        Kind kind,
        String codes,
        int from,
        int to,
        String constant,
        String anchor,
        NodeSpec node,
        String function,
        List<Transform> transforms,
        CodeSet codeSet) {

    /** A value spec; {@link #codeSet} is made from {@code codes}. */
    public ValueSpec(
            Kind kind,
            String codes,
            int from,
            int to,
            String constant,
            String anchor,
            NodeSpec node,
            String function,
            List<Transform> transforms) {
        this(kind, codes, from, to, constant, anchor, node, function, transforms, CodeSet.of(codes));
    }

    public enum Kind {
        SUBFIELDS,
        /** {@code $$3}: the subfields of the whole field, not only of the group the line is read in. */
        FIELD_SUBFIELDS,
        /**
         * {@code $+0}: in a line read group by group, the run of these subfields right after the group's own subfield
         * (or, in the first group, the run the field opens with: GND's {@code $0 … $a}); read whole, the field's.
         */
        AFTER_SUBFIELDS,
        POSITIONS,
        INDICATOR,
        WHOLE,
        LITERAL,
        IRI,
        ANCHOR,
        NODE,
        FUNCTION
    }

    /** True when the value comes from the record; constants, anchors and indicators alone do not make a node. */
    public boolean readsData() {
        return kind != Kind.IRI && kind != Kind.LITERAL && kind != Kind.ANCHOR && kind != Kind.INDICATOR;
    }

    /** True when the value is read from the field's text, so an 880 partner can give a parallel value. */
    public boolean parallelizable() {
        return (kind == Kind.SUBFIELDS || kind == Kind.FIELD_SUBFIELDS)
                && transforms.stream().allMatch(Transform::keepsText);
    }
}
