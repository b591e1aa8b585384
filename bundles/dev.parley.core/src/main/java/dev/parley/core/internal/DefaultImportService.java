package dev.parley.core.internal;

import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Checks a file, picks the importer that accepts it, and turns every failure into a problem. */
@Component(service = ImportService.class)
public final class DefaultImportService implements ImportService {

    static final int HEAD_BYTES = 8192;

    private final List<Importer> importers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(Importer importer) {
        importers.add(importer);
    }

    void removeImporter(Importer importer) {
        importers.remove(importer);
    }

    @Override
    public List<Importer> importers() {
        return List.copyOf(importers);
    }

    @Override
    public ImportResult importFile(Path file, String displayName) {
        return importFile(file, ImportContext.named(displayName == null ? file.toString() : displayName));
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) {
        String name = context.displayName() == null ? file.toString() : context.displayName();
        if (Files.isDirectory(file)) {
            return ImportResult.failed(name, "is a directory; give the files inside it");
        }
        if (!Files.exists(file)) {
            return ImportResult.failed(name, "no such file");
        }
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(HEAD_BYTES);
        } catch (AccessDeniedException e) {
            return ImportResult.failed(name, "cannot read: permission denied");
        } catch (NoSuchFileException e) {
            return ImportResult.failed(name, "no such file");
        } catch (IOException e) {
            return ImportResult.failed(name, "cannot read: " + e.getMessage());
        }
        if (size == 0) {
            return ImportResult.failed(name, "the file is empty");
        }
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        Importer chosen = null;
        List<Importer> ordered = new ArrayList<>(importers);
        ordered.sort((x, y) -> Integer.compare(safePriority(y), safePriority(x)));
        for (Importer importer : ordered) {
            try {
                if (importer.canHandle(fileName, head)) {
                    chosen = importer;
                    break;
                }
            } catch (RuntimeException | LinkageError e) {
                // A broken plugin must not stop the others from being asked.
            }
        }
        if (chosen == null) {
            String what = looksBinary(head) ? "a binary file that no importer reads" : "no importer reads this kind of file";
            return ImportResult.failed(name, what + " (supported: " + supported() + ")");
        }
        try {
            ImportResult result = chosen.importFile(file, context);
            return result == null ? ImportResult.failed(name, "importer '" + chosen.name() + "' returned nothing") : result;
        } catch (IOException e) {
            return ImportResult.failed(name, "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | LinkageError | OutOfMemoryError e) {
            return new ImportResult(null, List.of(new Problem(name, 0, 0, Problem.Severity.ERROR,
                    "importer '" + chosen.name() + "' failed: " + e)));
        }
    }

    private static int safePriority(Importer i) {
        try {
            return i.priority();
        } catch (RuntimeException | LinkageError e) {
            return Integer.MIN_VALUE;
        }
    }

    private String supported() {
        Set<String> exts = new TreeSet<>();
        for (Importer i : importers) {
            for (String e : i.extensions()) {
                exts.add("." + e);
            }
        }
        return exts.isEmpty() ? "no importers are installed" : String.join(", ", new ArrayList<>(exts));
    }

    /** NUL bytes, or many control characters, mean the file is not text. */
    static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return head.length > 0 && control * 10 > head.length;
    }
}
