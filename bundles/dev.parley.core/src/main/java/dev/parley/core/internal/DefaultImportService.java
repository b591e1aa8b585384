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
        return runGuarded(chosen, file, context, name);
    }

    /** Time an importer may take for one file before it is stopped (seconds); 0 for no limit. */
    private volatile long timeoutSeconds = 600;

    void setTimeoutSeconds(long seconds) {
        this.timeoutSeconds = seconds;
    }

    @org.osgi.service.component.annotations.Activate
    void activate(org.osgi.framework.BundleContext bc) {
        String t = bc.getProperty("parley.import.timeout");
        if (t != null) {
            try {
                timeoutSeconds = Long.parseLong(t.strip());
            } catch (NumberFormatException e) {
                // keep the default; the launcher's configuration is checked by the user
            }
        }
    }

    /**
     * Runs an importer so that a faulty plugin cannot take the workbench down: an exception, an
     * error, or running past the time budget fails this one file with a message naming the importer
     * and its bundle.
     */
    private ImportResult runGuarded(Importer chosen, Path file, ImportContext context, String name) {
        String who = "importer '" + chosen.name() + "'" + bundleOf(chosen);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ImportContext guarded = new ImportContext() {
            @Override
            public String displayName() {
                return context.displayName() == null ? name : context.displayName();
            }

            @Override
            public void progress(long done, long total) {
                context.progress(done, total);
            }

            @Override
            public java.util.Map<String, String> options() {
                return context.options();
            }

            @Override
            public boolean cancelled() {
                return stop.get() || context.cancelled();
            }
        };
        java.util.concurrent.FutureTask<ImportResult> task = new java.util.concurrent.FutureTask<>(
                () -> chosen.importFile(file, guarded));
        Thread worker = new Thread(task, "parley-import-" + chosen.name());
        worker.setDaemon(true);
        worker.start();
        try {
            ImportResult result = timeoutSeconds > 0 ? task.get(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)
                    : task.get();
            return result == null ? ImportResult.failed(name, who + " returned nothing") : result;
        } catch (java.util.concurrent.TimeoutException e) {
            stop.set(true);
            task.cancel(true);
            return ImportResult.failed(name, who + " did not finish within " + timeoutSeconds
                    + " s and was stopped (set parley.import.timeout in conf/parley.properties for longer imports)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            return ImportResult.failed(name, "import interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                return ImportResult.failed(name, "cannot read: " + io.getMessage());
            }
            return new ImportResult(null, List.of(new Problem(name, 0, 0, Problem.Severity.ERROR,
                    who + " failed: " + cause)));
        }
    }

    /** " (bundle NAME)" for an importer from an OSGi bundle, else nothing. */
    private static String bundleOf(Importer importer) {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(importer.getClass());
        return b == null ? "" : " (bundle " + b.getSymbolicName() + ")";
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
