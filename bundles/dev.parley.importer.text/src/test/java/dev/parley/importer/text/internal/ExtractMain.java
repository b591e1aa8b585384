package dev.parley.importer.text.internal;

import dev.parley.core.internal.GsonDossierCodec;
import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.ImportResult;
import dev.parley.model.spi.ImportContext;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the text importer on files without OSGi and prints the dossier JSON (for development). */
public final class ExtractMain {
    private ExtractMain() {
    }

    public static void main(String[] args) throws Exception {
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        for (String a : args) {
            ImportResult r = importer.importFile(Paths.get(a), ImportContext.named(a));
            r.problems().forEach(System.err::println);
            System.out.println(new GsonDossierCodec().toJson(r.dossier()));
        }
    }
}
