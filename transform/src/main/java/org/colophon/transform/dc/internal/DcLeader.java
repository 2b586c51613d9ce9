package org.colophon.transform.dc.internal;

import java.util.List;
import java.util.Locale;
import org.colophon.transform.marc.Field;

/**
 * A MARC-shaped leader for a Dublin Core record, so leader rules run on it: status {@code n}, type of record (06)
 * from the first {@code type} naming a DCMI type ({@code Text} → {@code a}, {@code StillImage}/{@code Image} →
 * {@code k}, {@code MovingImage} → {@code g}, {@code Sound} → {@code i}, {@code Software}/{@code Dataset}/
 * {@code InteractiveResource} → {@code m}, {@code PhysicalObject} → {@code r}, {@code Collection} → {@code p}),
 * else {@code a}; bibliographic level (07) {@code c} for a Collection, else {@code m}; Unicode (09); encoding level
 * and cataloguing form unknown ({@code u}).
 */
final class DcLeader {
    private DcLeader() {}

    static String of(List<Field> fields) {
        char type = 'a';
        for (Field f : fields) {
            if (!f.tag().equals("type")) continue;
            char t = typeCode(f.first('a'));
            if (t != 0) {
                type = t;
                break;
            }
        }
        char level = type == 'p' ? 'c' : 'm';
        return "00000n" + type + level + " a2200000uu 4500";
    }

    /** Leader/06 for a DCMI type name (in any case, bare or as a dcmitype IRI or CURIE), or 0. */
    static char typeCode(String value) {
        if (value == null) return 0;
        String v = value.strip().toLowerCase(Locale.ROOT);
        v = v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf(':')) + 1);
        return switch (v) {
            case "text" -> 'a';
            case "image", "stillimage" -> 'k';
            case "movingimage" -> 'g';
            case "sound" -> 'i';
            case "software", "dataset", "interactiveresource" -> 'm';
            case "physicalobject" -> 'r';
            case "collection" -> 'p';
            default -> 0;
        };
    }
}
