package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Triple;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * The conditions that look beyond the field a rule reads, {@code first}, {@code later}, {@code field=},
 * {@code nofield=} and fixed-field positions ({@code 008/06=}, {@code 008/06!=}), answer from the whole record. The
 * mapper indexes the record's fields by tag for them; the expected values here are worked out by reading the record
 * itself.
 */
class RecordConditionsTest {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";

    private final MarcRecord record = TestRecords.first("rules/6XX/loc_general-16965926.xml");

    private Set<String> notes(String rules) {
        Set<String> out = new TreeSet<>();
        for (Triple t : TestRecords.mapWith("conditions.rules", rules, record))
            if (t.getPredicate().getURI().equals(BF + "note"))
                out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }

    private List<String> all(String tag) {
        List<String> out = new ArrayList<>();
        for (Field f : record.fields())
            if (f.tag().equals(tag)) out.add(f.first('a').strip());
        return out;
    }

    @Test
    void firstAndLaterTellTheFirstFieldOfItsTagFromTheOthers() {
        List<String> subjects = all("650");
        assertEquals(6, subjects.size(), "the record has six 650s (English and French)");
        assertEquals(Set.of(subjects.get(0)), notes("650 -> Work bf:note $a | strip   if first\n"));
        assertEquals(
                new TreeSet<>(subjects.subList(1, subjects.size())),
                notes("650 -> Work bf:note $a | strip   if later\n"));
    }

    @Test
    void fieldAndNofieldAskWhetherTheRecordHasAnyOfTheTags() {
        String title = record.first("245").first('a').strip();
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if field=655|650\n"));
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if field=655|130\n"));
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if nofield=655|130\n"));
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if nofield=130|600\n"));
    }

    @Test
    void fieldAndNofieldWithSubfieldsAskWhetherAFieldOfTheTagHoldsOneOfThem() {
        // the record's 600s hold $a $d, its 651 $a $v: a 600 $v is not a 651 $v
        String title = record.first("245").first('a').strip();
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if field=600$d\n"));
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if field=600$v\n"));
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if field=600$xv|651$v\n"));
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if nofield=600$xd\n"));
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if nofield=600$v|046$k\n"));
        // with a tag alone beside it, as before: any field of that tag
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if nofield=046$k|651\n"));
    }

    @Test
    void fixedFieldPositionsAreReadFromTheRecordsFirstControlField() {
        String title = record.first("245").first('a').strip();
        char type = record.control("008").charAt(6);
        char other = type == 's' ? 'm' : 's';
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if 008/06=" + type + "\n"));
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if 008/06=" + other + "\n"));
        assertEquals(Set.of(title), notes("245 -> Work bf:note $a | strip   if 008/06!=" + other + "\n"));
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if 008/06!=" + type + "|" + other + "\n"));
        // no 007 in this record: a test of its positions is false either way
        assertEquals(Set.of(), notes("245 -> Work bf:note $a | strip   if 007/00!=z\n"));
    }
}
