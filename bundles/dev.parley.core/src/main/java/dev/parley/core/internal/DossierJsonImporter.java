package dev.parley.core.internal;

import dev.parley.model.Dossier;
import dev.parley.model.DossierFormatException;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.service.DossierStore;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import dev.parley.model.spi.ImporterName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads a dossier file back as itself, so dossiers can be merged and extracted like any source. */
@Component(service = Importer.class)
@ImporterName("dossier")
public final class DossierJsonImporter implements Importer {

    private final DossierStore store;

    @Activate
    public DossierJsonImporter(@Reference DossierStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "dossier";
    }

    @Override
    public String description() {
        return "Parley dossier files (.parley, or .json with \"format\": \"parley-dossier\")";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("parley", "json");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/vnd.parley.dossier+json", "application/json");
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".parley")) {
            return true;
        }
        if (!name.endsWith(".json")) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.stripLeading().startsWith("{") && text.contains("\"" + Dossier.FORMAT + "\"");
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        try {
            return new ImportResult(store.load(file), List.of());
        } catch (DossierFormatException e) {
            String msg = e.getMessage();
            String prefix = file + ": ";
            if (msg.startsWith(prefix)) {
                msg = msg.substring(prefix.length());
            }
            return new ImportResult(Dossier.empty(), List.of(new Problem(context.displayName(), e.line(),
                    e.column(), Problem.Severity.ERROR, msg)));
        }
    }
}
