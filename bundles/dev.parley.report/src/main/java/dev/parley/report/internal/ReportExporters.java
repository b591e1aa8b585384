package dev.parley.report.internal;

import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.MapOptions;
import dev.parley.model.analysis.MapService;
import dev.parley.model.report.ReportExporter;
import dev.parley.model.report.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The four built-in briefing formats, each a {@link ReportExporter} service. */
public final class ReportExporters {
    private ReportExporters() {
    }

    static MapOptions map(MapOptions.View view) {
        return new MapOptions(view, 1200, 900, 1, 30);
    }

    /** HTML: one self-contained file. */
    @Component(service = ReportExporter.class)
    public static final class Html implements ReportExporter {
        private final MapService maps;

        @Activate
        public Html(@Reference MapService maps) {
            this.maps = maps;
        }

        @Override
        public String format() {
            return "html";
        }

        @Override
        public String extension() {
            return "html";
        }

        @Override
        public String description() {
            return "self-contained HTML (inline CSS and maps, no scripts, evidence links)";
        }

        @Override
        public void write(Dossier d, Analysis a, ReportOptions o, Path target) throws IOException {
            String html = HtmlReport.render(new Briefing(d, a, o), maps.svg(d, a, map(MapOptions.View.GRID)),
                    maps.svg(d, a, map(MapOptions.View.NETWORK)));
            ReportFiles.write(target, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** PDF with selectable text and the maps as images. */
    @Component(service = ReportExporter.class)
    public static final class Pdf implements ReportExporter {
        private final MapService maps;

        @Activate
        public Pdf(@Reference MapService maps) {
            this.maps = maps;
        }

        @Override
        public String format() {
            return "pdf";
        }

        @Override
        public String extension() {
            return "pdf";
        }

        @Override
        public String description() {
            return "PDF (selectable text, paginated tables, maps as images, evidence cited as [E1])";
        }

        @Override
        public void write(Dossier d, Analysis a, ReportOptions o, Path target) throws IOException {
            byte[] pdf = PdfReport.render(new Briefing(d, a, o), maps.png(d, a, map(MapOptions.View.GRID)),
                    maps.png(d, a, map(MapOptions.View.NETWORK)));
            ReportFiles.write(target, pdf);
        }
    }

    /** Markdown. */
    @Component(service = ReportExporter.class)
    public static final class Markdown implements ReportExporter {
        @Override
        public String format() {
            return "md";
        }

        @Override
        public String extension() {
            return "md";
        }

        @Override
        public String description() {
            return "Markdown (evidence cited as [E1])";
        }

        @Override
        public void write(Dossier d, Analysis a, ReportOptions o, Path target) throws IOException {
            ReportFiles.write(target, MarkdownReport.render(new Briefing(d, a, o)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** JSON: the analysis as data. */
    @Component(service = ReportExporter.class)
    public static final class Json implements ReportExporter {
        @Override
        public String format() {
            return "json";
        }

        @Override
        public String extension() {
            return "json";
        }

        @Override
        public String description() {
            return "JSON (the briefing's sections as data)";
        }

        @Override
        public void write(Dossier d, Analysis a, ReportOptions o, Path target) throws IOException {
            ReportFiles.write(target, JsonReport.render(new Briefing(d, a, o)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
