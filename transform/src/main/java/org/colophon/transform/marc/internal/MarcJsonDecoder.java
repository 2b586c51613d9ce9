package org.colophon.transform.marc.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcRecord;

/**
 * Reads one MARC-in-JSON object: {@code {"leader":…,"fields":[{"001":"…"},{"245":{"ind1":…,"ind2":…,
 * "subfields":[{"a":"…"}]}}]}}. Two variants that occur in the wild are read too: fields as
 * {@code {"tag":…,"value":…}} / {@code {"tag":…,"ind1":…,"subfields":[{"code":…,"value":…}]}}, and marc4j's
 * {@code controlfield}/{@code datafield} arrays with {@code ind} and {@code subfield:[{code,data}]}.
 */
public final class MarcJsonDecoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MarcJsonDecoder() {}

    public static MarcRecord decode(byte[] raw) throws MarcDecodeException {
        Object root;
        try (JsonParser p = FACTORY.createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new MarcDecodeException("MARC-in-JSON is not an object");
            root = JsonValues.read(p);
        } catch (JsonProcessingException e) {
            throw new MarcDecodeException(
                    "MARC-in-JSON not well-formed: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
        } catch (IOException e) {
            throw new MarcDecodeException("MARC-in-JSON unreadable: " + e.getMessage(), e);
        }
        Map<?, ?> rec = (Map<?, ?>) root;
        List<Field> fields = new ArrayList<>();
        FieldBuilder fb = new FieldBuilder();
        for (Object f : list(rec.get("fields"))) if (f instanceof Map<?, ?> m) field(m, fields, fb);
        for (Object f : list(rec.get("controlfield"))) if (f instanceof Map<?, ?> m) field(m, fields, fb);
        for (Object f : list(rec.get("datafield"))) if (f instanceof Map<?, ?> m) field(m, fields, fb);
        Object leader = rec.get("leader");
        if (leader == null && fields.isEmpty())
            throw new MarcDecodeException("MARC-in-JSON object has no leader or fields");
        return new MarcRecord(leader instanceof String s ? MarcText.leader(s) : MarcText.defaultLeader(), fields);
    }

    private static void field(Map<?, ?> m, List<Field> out, FieldBuilder fb) {
        if (m.get("tag") instanceof String tag) {
            Object value = m.containsKey("value") ? m.get("value") : m.get("data");
            if (value instanceof String s && !m.containsKey("subfields") && !m.containsKey("subfield")) {
                out.add(Field.control(tag, MarcText.clean(s)));
            } else {
                out.add(datafield(tag, m, fb));
            }
            return;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String tag = String.valueOf(e.getKey());
            if (e.getValue() instanceof Map<?, ?> df) out.add(datafield(tag, df, fb));
            else out.add(Field.control(tag, MarcText.clean(String.valueOf(e.getValue()))));
        }
    }

    private static Field datafield(String tag, Map<?, ?> m, FieldBuilder fb) {
        String ind = m.get("ind") instanceof String s ? s : "";
        char ind1 = m.get("ind1") instanceof String s ? FieldBuilder.indicator(s) : at(ind, 0);
        char ind2 = m.get("ind2") instanceof String s ? FieldBuilder.indicator(s) : at(ind, 1);
        fb.start(tag, ind1, ind2);
        Object subs = m.containsKey("subfields") ? m.get("subfields") : m.get("subfield");
        for (Object o : list(subs)) {
            if (!(o instanceof Map<?, ?> sf)) continue;
            if (sf.get("code") instanceof String code) {
                Object v = sf.containsKey("value") ? sf.get("value") : sf.get("data");
                fb.add(code(code), MarcText.clean(v == null ? "" : String.valueOf(v)));
            } else {
                for (Map.Entry<?, ?> e : sf.entrySet()) {
                    fb.add(code(String.valueOf(e.getKey())), MarcText.clean(String.valueOf(e.getValue())));
                }
            }
        }
        return fb.build();
    }

    private static char at(String s, int i) {
        return i < s.length() ? FieldBuilder.indicator(s.charAt(i)) : ' ';
    }

    private static char code(String s) {
        return s.isEmpty() ? '?' : FieldBuilder.code(s.charAt(0));
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
