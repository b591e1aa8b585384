package dev.parley.cli.internal;

import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.AnalysisService;
import dev.parley.model.analysis.MapOptions;
import dev.parley.model.analysis.MapService;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code parley map INPUT... -o map.svg|map.png [--view grid|network] [--focus ACTOR]}. */
@Component(service = ParleyCommand.class)
@CommandName("map")
public final class MapCommand implements ParleyCommand {

    private final ImportService importer;
    private final DossierMerger merger;
    private final AnalysisService analysis;
    private final MapService maps;

    @Activate
    public MapCommand(@Reference ImportService importer, @Reference DossierMerger merger,
                      @Reference AnalysisService analysis, @Reference MapService maps) {
        this.importer = importer;
        this.merger = merger;
        this.analysis = analysis;
        this.maps = maps;
    }

    @Override
    public String name() {
        return "map";
    }

    @Override
    public String summary() {
        return "Draw the stakeholder map (power/interest grid or signed network) as SVG or PNG";
    }

    @Override
    public String help() {
        return """
                Usage: parley map INPUT... -o OUT.svg|OUT.png [--view grid|network] [--focus ACTOR]
                                  [--size WIDTHxHEIGHT] [--seed N] [--max N]

                Draws the stakeholder map of the dossier made from INPUT (dossiers or files to
                import). The format follows the extension of OUT.

                Views:
                  grid     power/interest grid with Mendelow's quadrants (default); markers
                           sized by how often an actor is named, coloured by camp
                  network  signed network: cooperation solid green, conflict dashed red,
                           affiliation dotted; node size by influence, colour by camp

                Options:
                  -o, --output FILE   where to write (.svg or .png; required)
                  --view VIEW         grid or network
                  --focus ACTOR       the focal actor stances are measured against
                  --size WxH          picture size in pixels (default 1200x900)
                  --seed N            layout seed (default 1): same dossier and seed, same map
                  --max N             draw the N most influential actors (default 40)
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, new String[][] {{"--output", "-o"}, {"--view"}, {"--focus"}, {"--size"}, {"--seed"},
            {"--max"}}, new String[][] {});
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one INPUT (a dossier or a file to import)");
        }
        String out = a.value("--output");
        if (out == null) {
            throw new UsageException("say where to write the map with -o map.svg or -o map.png");
        }
        String lower = out.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
            throw new UsageException("the output must end in .svg or .png: " + out);
        }
        MapOptions.View view;
        String v = a.value("--view") == null ? "grid" : a.value("--view");
        switch (v) {
            case "grid" -> view = MapOptions.View.GRID;
            case "network" -> view = MapOptions.View.NETWORK;
            default -> throw new UsageException("unknown view '" + v + "' (grid or network)");
        }
        int width = 1200;
        int height = 900;
        if (a.value("--size") != null) {
            String[] wh = a.value("--size").toLowerCase(Locale.ROOT).split("x");
            try {
                width = Integer.parseInt(wh[0]);
                height = Integer.parseInt(wh[1]);
            } catch (RuntimeException e) {
                throw new UsageException("--size takes WIDTHxHEIGHT, e.g. 1600x1200");
            }
            if (width < 200 || height < 200 || width > 10000 || height > 10000) {
                throw new UsageException("--size must be between 200x200 and 10000x10000");
            }
        }
        long seed = number(a.value("--seed"), 1, "--seed");
        int max = (int) number(a.value("--max"), 40, "--max");
        FileImports.Analysed in = FileImports.analysed(a.positional(), a.value("--focus"), "map", ctx, importer, merger,
                analysis);
        if (!in.ok()) {
            return in.status();
        }
        Analysis result = in.analysis();
        MapOptions options = new MapOptions(view, width, height, seed, max);
        byte[] bytes = lower.endsWith(".png") ? maps.png(in.dossier(), result, options)
                : maps.svg(in.dossier(), result, options).getBytes(StandardCharsets.UTF_8);
        Path target = ctx.resolve(out).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults stand
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        ctx.out().println("Wrote " + out);
        return OK;
    }

    static long number(String value, long fallback, String option) throws UsageException {
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + value + "'");
        }
    }
}
