package org.colophon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityLinker;
import org.colophon.authority.Review;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon review list|accept|reject}: the headings the linker left for a cataloguer. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Headings the import could not link alone, and a cataloguer's decisions on them.",
            "  review list                        each heading with its candidates, best first",
            "  review accept HEADING AUTHORITY    link it (now in its record, in others as they are imported)",
            "  review reject HEADING AUTHORITY    never propose that authority for it again"
        })
final class ReviewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, accept or reject")
    String action;

    @Parameters(index = "1..*", paramLabel = "IRI", arity = "0..2", description = "the heading and the authority")
    List<String> iris = List.of();

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore g = store.openExisting()) {
            // a decision relinks its record through the ingestion core: its links and its search document together
            AuthorityLinker linker = Authorities.linker(g, store.dataDir());
            try (Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, store.dataDir(), linker)
                    .build()) {
                return run(Authorities.review(ingest, linker), out);
            }
        }
    }

    private int run(Review review, PrintWriter out) {
        {
            switch (action) {
                case "list" -> {
                    List<Review.Item> items = review.list();
                    for (Review.Item i : items) {
                        out.println(i.heading() + "  " + i.kind().label() + "  \"" + i.label() + "\"");
                        for (Review.Proposal p : i.candidates()) {
                            out.printf("    %5.1f  %s  \"%s\"%n", p.score(), p.authority(), p.label());
                        }
                    }
                    out.println(items.size() + " headings wait for review");
                }
                case "accept", "reject" -> {
                    if (iris.size() != 2) throw new Main.UserError("review " + action + " needs HEADING and AUTHORITY");
                    try {
                        Review.Item i = action.equals("accept")
                                ? review.accept(iris.get(0), iris.get(1))
                                : review.reject(iris.get(0), iris.get(1));
                        out.println((action.equals("accept") ? "accepted: \"" : "rejected: \"") + i.label() + "\" -> "
                                + iris.get(1) + " (its record is linked again now, others as they are imported)");
                    } catch (IllegalArgumentException e) {
                        throw new Main.UserError(e.getMessage());
                    }
                }
                default -> throw new Main.UserError("unknown review action '" + action + "': list, accept or reject");
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
