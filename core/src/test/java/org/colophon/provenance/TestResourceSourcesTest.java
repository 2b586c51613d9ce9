package org.colophon.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every data file under a module's {@code src/test/resources} and under {@code samples/} is listed in a SOURCES.md
 * that says where it came from: the SOURCES.md of its own folder, or the nearest one above it in the same tree, which
 * then names it by its path relative to itself. Each row gives the upstream repository, the path in it, the commit
 * (12 to 40 hex digits, or {@code synthetic}, or {@code commit unknown}) and the licence; no SOURCES.md names a path
 * of the machine the files were copied on. Reads text only, so it runs in milliseconds.
 */
class TestResourceSourcesTest {

    static final List<String> COLUMNS = List.of("file", "repository", "path", "commit", "licence", "notes");
    static final Pattern COMMIT = Pattern.compile("[0-9a-f]{12,40}|synthetic|commit unknown");
    static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][\\w.-]*/[\\w.-]+");
    static final Pattern MACHINE_PATH = Pattern.compile("/work/|/tmp/|/root/|/home/|shared/corpus|\\.\\./shared");
    static final Pattern SEPARATOR = Pattern.compile("\\|(\\s*:?-+:?\\s*\\|)+");
    static final String ROW = "| `FILE` | owner/name | `path/in/repository` | `commit` | licence | notes |";

    @Test
    void everyTestResourceIsListedWithItsUpstreamCommit() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(
                root != null
                        && Files.isRegularFile(root.resolve("pom.xml"))
                        && Files.isDirectory(root.resolve("samples")),
                "expected the repository (pom.xml, samples/) above the module directory, got " + root);
        List<Path> trees = resourceTrees(root);
        assertTrue(trees.size() > 3, "resource trees found: " + trees);
        List<String> problems = new ArrayList<>();
        for (Path tree : trees) {
            check(root, tree, problems);
        }
        assertTrue(
                problems.isEmpty(),
                "test resources without their origin (rows look like " + ROW + "):\n  "
                        + String.join("\n  ", problems));
    }

    @Test
    void theCheckFindsUnlistedFilesRowsWithoutCommitAndMachinePaths(@TempDir Path root) throws IOException {
        Path tree = root.resolve("m/src/test/resources");
        Files.createDirectories(tree.resolve("sub/deeper"));
        Files.writeString(tree.resolve("listed.xml"), "<x/>");
        Files.writeString(tree.resolve("sub/deeper/listed-below.xml"), "<x/>");
        Files.writeString(tree.resolve("sub/deeper/unlisted.mrc"), "x");
        Files.writeString(tree.resolve("no-commit.json"), "{}");
        Files.writeString(tree.resolve("simplelogger.properties"), "org.slf4j.simpleLogger.defaultLogLevel=warn");
        Files.writeString(
                tree.resolve("SOURCES.md"),
                """
                # Test data

                Copied from /work/shared/corpus/marc21.

                | file | repository | path | commit | licence | notes |
                |---|---|---|---|---|---|
                | `listed.xml` | owner/name | `test/listed.xml` | `0123456789abcdef0123` | MIT | |
                | `sub/deeper/listed-below.xml` | - | - | synthetic | Apache-2.0 | synthetic: written by hand |
                | `no-commit.json` | owner/name | `test/x.json` | | MIT | |
                | `gone.xml` | owner/name | `test/gone.xml` | `0123456789abcdef0123` | MIT | |
                """);
        List<String> problems = new ArrayList<>();
        check(root, tree, problems);
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("machine"), problems.get(0));
        assertTrue(problems.stream().anyMatch(p -> p.contains("no-commit.json") && p.contains("commit")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("gone.xml") && p.contains("no such file")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("sub/deeper/unlisted.mrc") && p.contains("not listed")));
        assertFalse(problems.stream().anyMatch(p -> p.contains("simplelogger")));
    }

    /** Each module's src/test/resources, and samples/. */
    static List<Path> resourceTrees(Path root) throws IOException {
        List<Path> trees = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(Files::isDirectory)
                    .filter(m -> !m.getFileName().toString().startsWith("."))
                    .map(m -> m.resolve("src/test/resources"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .forEach(trees::add);
        }
        trees.add(root.resolve("samples"));
        return trees;
    }

    /** Adds to {@code problems} every unlisted data file, malformed row and machine path in one resource tree. */
    static void check(Path root, Path tree, List<String> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(tree)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Map<Path, Map<String, Row>> tables = new HashMap<>();
        for (Path f : files) {
            if (f.getFileName().toString().equals("SOURCES.md")) {
                tables.put(f, read(root, f, problems));
            }
        }
        for (Path f : files) {
            if (!isData(tree.relativize(f))) {
                continue;
            }
            Optional<Path> sources = nearestSources(tree, f.getParent());
            if (sources.isEmpty()) {
                problems.add(
                        root.relativize(f) + ": no SOURCES.md in its folder or above it in " + root.relativize(tree));
                continue;
            }
            String name = slashes(sources.get().getParent().relativize(f));
            if (!tables.get(sources.get()).containsKey(name)) {
                problems.add(root.relativize(f) + ": not listed in " + root.relativize(sources.get()) + " (as `" + name
                        + "`)");
            }
        }
    }

    /** Not data: SOURCES.md, READMEs, hidden files and test configuration (logging, service registrations). */
    static boolean isData(Path relative) {
        String name = relative.getFileName().toString();
        return !(name.equals("SOURCES.md")
                || name.equals("README.md")
                || name.startsWith(".")
                || name.endsWith(".properties")
                || name.matches("(logback|log4j2)(-test)?\\.xml")
                || slashes(relative).startsWith("META-INF/"));
    }

    static Optional<Path> nearestSources(Path tree, Path dir) {
        for (Path d = dir; d != null && d.startsWith(tree); d = d.getParent()) {
            Path s = d.resolve("SOURCES.md");
            if (Files.isRegularFile(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    record Row(String file, String repository, String path, String commit, String licence) {}

    /** The rows of every table in one SOURCES.md by file name; reports bad tables, rows and machine paths. */
    static Map<String, Row> read(Path root, Path sources, List<String> problems) throws IOException {
        String where = slashes(root.relativize(sources));
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String at = where + ":" + (i + 1);
            Matcher machine = MACHINE_PATH.matcher(line);
            if (machine.find()) {
                problems.add(at + ": names a path of the machine the files were copied on ('" + machine.group()
                        + "'); cite the upstream repository, path and commit instead");
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (SEPARATOR.matcher(line).matches()) {
                continue;
            }
            List<String> cells = cells(line);
            if (!inTable) {
                inTable = true;
                if (!cells.equals(COLUMNS)) {
                    problems.add(at + ": table columns are " + cells + ", expected " + COLUMNS);
                }
                continue;
            }
            if (cells.size() != COLUMNS.size()) {
                problems.add(at + ": " + cells.size() + " cells, expected " + COLUMNS.size());
                continue;
            }
            Row row = new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4));
            if (!COMMIT.matcher(row.commit()).matches()) {
                problems.add(at + ": `" + row.file() + "` has no commit (12 to 40 hex digits, 'synthetic' or"
                        + " 'commit unknown'), got '" + row.commit() + "'");
            } else if (!row.commit().equals("synthetic")
                    && (!REPOSITORY.matcher(row.repository()).matches()
                            || row.path().isEmpty())) {
                problems.add(at + ": `" + row.file() + "` needs its repository (owner/name) and path, got '"
                        + row.repository() + "' and '" + row.path() + "'");
            }
            if (row.licence().isEmpty()) {
                problems.add(at + ": `" + row.file() + "` has no licence");
            }
            if (!Files.exists(sources.getParent().resolve(row.file()))) {
                problems.add(at + ": `" + row.file() + "` is listed but there is no such file");
            }
            rows.put(row.file(), row);
        }
        return rows;
    }

    /** The cells of a table line, trimmed and without their backticks; "\|" stays inside a cell. */
    static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("(?<!\\\\)\\|", -1)) {
            String t = c.strip().replace("\\|", "|");
            if (t.length() >= 2 && t.startsWith("`") && t.endsWith("`")) {
                t = t.substring(1, t.length() - 1);
            }
            cells.add(t);
        }
        return cells;
    }

    static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
