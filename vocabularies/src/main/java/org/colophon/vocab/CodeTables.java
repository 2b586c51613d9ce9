package org.colophon.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.vocab.internal.TsvCodeTableParser;

/**
 * The code tables bundled under {@code org/colophon/vocab/codes/}. Each is read once, on first use, and then
 * shared. Provenance of every table is in {@code codes/SOURCES.md}.
 */
public final class CodeTables {

    /** Every bundled table, by the name {@link #get(String)} takes. */
    public static final List<String> NAMES = List.of(
            "languages",
            "countries",
            "relators",
            "contentTypes",
            "mediaTypes",
            "carriers",
            "issuance",
            "workTypes",
            "formOfItem",
            "classSchemes",
            "clc",
            "unimarcRelators",
            "subjectSchemes",
            "scripts",
            "descriptionConventions",
            "marcauthen",
            "subjectThesaurus",
            "genreFormSchemes",
            "nameTitleSchemes",
            "literaryForms",
            "biographyForms",
            "contentsForms",
            "musicTextForms",
            "conferenceForms",
            "categoryOfMaterial",
            "carrier007",
            "musicCompForms",
            "mapForms",
            "visualTypes",
            "computerFileTypes",
            "festschriftForms",
            "genre007",
            "marc21Fields",
            "isbdMediaTypes",
            "isbdContentForms",
            "soundDimensions007",
            "scaleCategories034",
            "musicPerformance048");

    private static final String FOLDER = "codes/";
    private static final Map<String, CodeTable> CACHE = new ConcurrentHashMap<>();

    private CodeTables() {}

    /**
     * The named table.
     *
     * @throws IllegalArgumentException when there is no such table
     * @throws CodeTableException when the table's file is broken ({@code codes/NAME.tsv:LINE: reason})
     */
    public static CodeTable get(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no code table '" + name + "'; known: " + NAMES);
        }
        return CACHE.computeIfAbsent(name, CodeTables::load);
    }

    private static CodeTable load(String name) {
        String resource = FOLDER + name + ".tsv";
        InputStream in = CodeTables.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CodeTableException(resource, "missing from the classpath", null);
        }
        return read(resource, name, in);
    }

    /**
     * Reads a table in the bundled format from any stream (closed afterwards); {@code resource} names it in errors.
     * Input must be UTF-8.
     */
    public static CodeTable read(String resource, String name, InputStream in) {
        try (Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return new TsvCodeTableParser(resource, name).parse(reader);
        } catch (IOException e) {
            throw new CodeTableException(resource, "cannot be read: " + e.getMessage(), e);
        }
    }
}
