package dev.parley.core.internal;

import dev.parley.model.service.DossierStore;
import dev.parley.model.service.ImportService;

/** Test-only access to the core's package-private wiring, standing in for DS in unit tests. */
public final class DefaultImportServiceAccess {
    private final DefaultImportService service = new DefaultImportService();

    public DefaultImportServiceAccess(DossierStore store) {
        service.addImporter(new DossierJsonImporter(store));
    }

    public ImportService service() {
        return service;
    }
}
