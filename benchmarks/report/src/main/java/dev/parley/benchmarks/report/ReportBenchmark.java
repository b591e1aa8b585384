package dev.parley.benchmarks.report;

import dev.parley.analysis.internal.DefaultAnalysisService;
import dev.parley.map.internal.DefaultMapService;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.report.ReportOptions;
import dev.parley.report.internal.ReportExporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Time to write the HTML and the PDF briefing of generated dossiers of 50, 500 and 5,000 actors
 * (3 relations and 1 quote per actor), analysis included, best of 3 runs.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    static Dossier dossier(int n) {
        Random r = new Random(n);
        Source s = new Source("s", "Generated", "https://example.org/g", "2031-01-01", "text/plain", "0",
                "A generated source.");
        List<Actor> actors = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            actors.add(new Actor("a" + i, "Actor " + i, ActorType.values()[i % 8], null, i % 8 == 5 ? "Minister" : null,
                    null, null, List.of(new Mention("s", 0, 1))));
            quotes.add(new Quote("q" + i, "a" + i, "We will stand by our partners in every case, said actor " + i, "s", 0, 1));
            for (int k = 0; k < 3; k++) {
                int j = r.nextInt(n);
                if (j != i) {
                    rels.add(new Relation("r" + i + "-" + k, "a" + i, "a" + j, r.nextBoolean() ? Polarity.COOPERATION
                            : Polarity.CONFLICT, "support", r.nextInt(11) - 5, null,
                            List.of(new Evidence("s", 0, 1, "Actor " + i + " acted on actor " + j + "."))));
                }
            }
        }
        return new Dossier(List.of(s), actors, quotes, rels, null);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("parley-report-bench");
        ReportExporters.Html html = new ReportExporters.Html(new DefaultMapService());
        ReportExporters.Pdf pdf = new ReportExporters.Pdf(new DefaultMapService());
        // warm-up
        Dossier w = dossier(50);
        Analysis wa = new DefaultAnalysisService().analyze(w, List.of());
        html.write(w, wa, new ReportOptions("w", "2031-01-01"), dir.resolve("w.html"));
        pdf.write(w, wa, new ReportOptions("w", "2031-01-01"), dir.resolve("w.pdf"));
        for (int n : new int[] {50, 500, 5000}) {
            Dossier d = dossier(n);
            long bestA = Long.MAX_VALUE;
            long bestH = Long.MAX_VALUE;
            long bestP = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                Analysis a = new DefaultAnalysisService().analyze(d, List.of());
                long t1 = System.nanoTime();
                html.write(d, a, new ReportOptions("Bench", "2031-01-01"), dir.resolve("b.html"));
                long t2 = System.nanoTime();
                pdf.write(d, a, new ReportOptions("Bench", "2031-01-01"), dir.resolve("b.pdf"));
                long t3 = System.nanoTime();
                bestA = Math.min(bestA, t1 - t0);
                bestH = Math.min(bestH, t2 - t1);
                bestP = Math.min(bestP, t3 - t2);
            }
            System.out.printf(Locale.ROOT, "%,6d actors: analysis %8.1f ms   HTML %8.1f ms (%,d KB)   PDF %8.1f ms (%,d KB)%n",
                    n, bestA / 1e6, bestH / 1e6, Files.size(dir.resolve("b.html")) / 1024, bestP / 1e6,
                    Files.size(dir.resolve("b.pdf")) / 1024);
        }
    }
}
