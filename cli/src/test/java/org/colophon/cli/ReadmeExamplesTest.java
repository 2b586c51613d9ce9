package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code $ ./colophon …} example in the README, run in README order against one data directory, with the output
 * the README shows under it: each shown line must be what the command printed at that place (timings, rates and the
 * timed progress lines aside), up to a {@code ...} line that stands for the rest. A README that drifts from the code fails here.
 */
class ReadmeExamplesTest {
    /** Commands that read or write the data directory: the test gives them its own. */
    private static final Set<String> DATA_COMMANDS =
            Set.of("import", "delete", "stats", "sparql", "search", "check", "reindex", "review");

    @TempDir
    Path tmp;

    record Example(int line, List<String> args, List<String> expected) {}

    @Test
    void everyReadmeExamplePrintsWhatTheReadmeShows() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Example> examples = examples(Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8), root);
        assertTrue(examples.size() >= 3, "the README's examples were not found: " + examples);
        Path data = tmp.resolve("data");
        for (Example e : examples) {
            List<String> args = new ArrayList<>(e.args());
            if (DATA_COMMANDS.contains(args.get(0)) && !args.contains("--data"))
                args.addAll(1, List.of("--data", data.toString()));
            int o = args.indexOf("-o"); // output files go to the test's directory, not the checkout
            if (o >= 0) args.set(o + 1, tmp.resolve(args.get(o + 1)).toString());
            StringWriter printed = new StringWriter();
            PrintWriter w = new PrintWriter(printed, true);
            int code = Main.run(w, w, args.toArray(String[]::new));
            // progress lines ("... read 87, …") come every few seconds, so how many there are depends on the machine
            List<String> actual = printed.toString()
                    .lines()
                    .filter(l -> !l.startsWith("... "))
                    .toList();
            String where = "README.md:" + e.line() + " " + e.args() + " (exit " + code + ") printed:\n" + printed;
            assertTrue(code == 0, where);
            for (int i = 0; i < e.expected().size(); i++) {
                String want = e.expected().get(i);
                if (want.equals("...")) break;
                assertTrue(i < actual.size(), "missing line " + (i + 1) + " '" + want + "'; " + where);
                assertEquals(mask(want), mask(actual.get(i)), "line " + (i + 1) + " of " + where);
            }
            if (!e.expected().contains("..."))
                assertEquals(e.expected().size(), actual.size(), "the README shows all of the output; " + where);
        }
    }

    /** Timings and rates differ from run to run; everything else must be as shown. */
    static String mask(String line) {
        return line.replaceAll("[0-9]+(\\.[0-9]+)? s\\b", "T s").replaceAll("[0-9,]+ records/s", "R records/s");
    }

    /** The {@code $ ./colophon} commands of the README's code blocks, each with the lines shown under it. */
    static List<Example> examples(List<String> readme, Path root) throws IOException {
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < readme.size(); i++) {
            String l = readme.get(i);
            if (l.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock || !l.startsWith("$ ./colophon ")) continue;
            StringBuilder command = new StringBuilder(l.substring("$ ./colophon ".length()));
            int j = i + 1;
            // a command goes on over lines inside an open quote
            while (openQuote(command) && j < readme.size())
                command.append('\n').append(readme.get(j++).strip());
            List<String> expected = new ArrayList<>();
            while (j < readme.size()
                    && !readme.get(j).startsWith("$ ")
                    && !readme.get(j).startsWith("```")) expected.add(readme.get(j++));
            out.add(new Example(i + 1, words(command.toString(), root), expected));
            i = j - 1;
        }
        return out;
    }

    private static boolean openQuote(CharSequence s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) quote = c;
            else if (c == quote) quote = 0;
        }
        return quote != 0;
    }

    /** Splits a command as the shell does for these examples: quotes, and globs expanded against the checkout. */
    static List<String> words(String command, Path root) throws IOException {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean any = false;
        boolean glob = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any) words.addAll(expand(w.toString(), glob, root));
                w.setLength(0);
                any = false;
                glob = false;
            } else {
                w.append(c);
                any = true;
                glob |= c == '*';
            }
        }
        if (any) words.addAll(expand(w.toString(), glob, root));
        return words;
    }

    private static List<String> expand(String word, boolean glob, Path root) throws IOException {
        if (!glob) {
            // a path of the checkout, as the shell in its root would find it
            Path file = word.contains("/") && !word.contains(":") ? root.resolve(word) : null;
            return List.of(file != null && Files.isRegularFile(file) ? file.toString() : word);
        }
        int slash = word.lastIndexOf('/');
        Path dir = root.resolve(slash < 0 ? "." : word.substring(0, slash));
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, word.substring(slash + 1))) {
            for (Path p : ds) files.add(p.toString());
        }
        files.sort(null);
        assertFalse(files.isEmpty(), "no file matches " + word);
        return files;
    }
}
