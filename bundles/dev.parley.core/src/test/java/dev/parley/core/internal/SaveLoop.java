package dev.parley.core.internal;

import dev.parley.model.Dossier;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link FileDossierStoreTest}: saves the large dossiers A and B alternately
 * to one file until it is killed. Prints {@code saving} once both dossiers are built and the loop
 * starts; any failure is printed to standard error and ends the process with status 2.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        try {
            Path file = Path.of(args[0]);
            FileDossierStore store = new FileDossierStore(new GsonDossierCodec());
            Dossier a = TestDossiers.big("A");
            Dossier b = TestDossiers.big("B");
            System.out.println("saving");
            System.out.flush();
            for (long i = 0; ; i++) {
                store.save(i % 2 == 0 ? b : a, file);
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
    }
}
