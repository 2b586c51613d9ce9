package org.colophon.vocab.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.vocab.CodeTable;
import org.colophon.vocab.CodeTableException;

/**
 * Reads one code table from TSV. Lines starting with {@code #} and blank lines are comments. The first other line
 * is the header: {@code code} first, then optionally {@code iri}, any number of {@code label@LANG} columns, an
 * optional {@code variants} column ({@code |}-separated extra labels for label lookup) and any other columns, which
 * become entry attributes. Every row has exactly as many cells as the header.
 */
public final class TsvCodeTableParser {

    private final String resource;
    private final String tableName;

    /**
     * @param resource how errors name the file, e.g. {@code codes/relators.tsv}
     * @param tableName the table's name
     */
    public TsvCodeTableParser(String resource, String tableName) {
        this.resource = resource;
        this.tableName = tableName;
    }

    public CodeTable parse(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String[] header = null;
        List<CodeTable.Entry> entries = new ArrayList<>();
        List<String[]> variantsByEntry = new ArrayList<>();
        Map<String, CodeTable.Entry> byCode = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = checkHeader(cells, lineNo);
                continue;
            }
            if (cells.length != header.length) {
                throw error(lineNo, "expected " + header.length + " tab-separated columns, found " + cells.length);
            }
            CodeTable.Entry entry = toEntry(header, cells, lineNo, variantsByEntry);
            String key = LabelKey.ofCode(entry.code());
            Integer earlier = firstLine.putIfAbsent(key, lineNo);
            if (earlier != null) {
                throw error(lineNo, "duplicate code '" + entry.code() + "' (first on line " + earlier + ")");
            }
            byCode.put(key, entry);
            entries.add(entry);
        }
        if (header == null) {
            throw error(lineNo, "no header row");
        }
        return new CodeTable(tableName, entries, byCode, labelIndex(entries, variantsByEntry));
    }

    private String[] checkHeader(String[] cells, int lineNo) {
        if (!cells[0].equals("code")) {
            throw error(lineNo, "header must start with 'code', found '" + cells[0] + "'");
        }
        Map<String, Boolean> seen = new HashMap<>();
        for (String column : cells) {
            if (column.isBlank()) {
                throw error(lineNo, "empty column name in header");
            }
            if (column.equals("label@")) {
                throw error(lineNo, "label column without a language tag");
            }
            if (seen.put(column, Boolean.TRUE) != null) {
                throw error(lineNo, "duplicate column '" + column + "'");
            }
        }
        return cells;
    }

    private CodeTable.Entry toEntry(String[] header, String[] cells, int lineNo, List<String[]> variantsByEntry) {
        String code = cells[0].strip();
        if (code.isEmpty()) {
            throw error(lineNo, "empty code");
        }
        String iri = "";
        String[] variants = new String[0];
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < header.length; i++) {
            String value = cells[i].strip();
            if (value.isEmpty()) {
                continue;
            }
            String column = header[i];
            if (column.equals("iri")) {
                iri = checkIri(value, lineNo);
            } else if (column.startsWith("label@")) {
                labels.put(column.substring("label@".length()), value);
            } else if (column.equals("variants")) {
                variants = value.split("\\|");
            } else {
                attributes.put(column, value);
            }
        }
        variantsByEntry.add(variants);
        return new CodeTable.Entry(code, iri, labels, attributes);
    }

    private String checkIri(String value, int lineNo) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw error(lineNo, "not an absolute IRI: '" + value + "'");
            }
            return value;
        } catch (URISyntaxException e) {
            throw error(lineNo, "not an IRI: '" + value + "' (" + e.getReason() + ")");
        }
    }

    /** Current entries first, so that an obsolete code never shadows the current one for the same label. */
    private static Map<String, CodeTable.Entry> labelIndex(List<CodeTable.Entry> entries, List<String[]> variants) {
        Map<String, CodeTable.Entry> index = new HashMap<>();
        for (boolean obsoletePass : new boolean[] {false, true}) {
            for (int i = 0; i < entries.size(); i++) {
                CodeTable.Entry entry = entries.get(i);
                if (entry.obsolete() != obsoletePass) {
                    continue;
                }
                for (String label : entry.labels().values()) {
                    index.putIfAbsent(LabelKey.ofLabel(label), entry);
                }
                for (String variant : variants.get(i)) {
                    if (!variant.isBlank()) {
                        index.putIfAbsent(LabelKey.ofLabel(variant), entry);
                    }
                }
            }
        }
        index.remove("");
        return index;
    }

    private CodeTableException error(int line, String reason) {
        return new CodeTableException(resource, line, reason);
    }
}
