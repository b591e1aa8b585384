package dev.parley.importer.text.internal;

import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the extractor on a text written in a test and answers questions about the result. */
final class Fixture {
    private static final TextImporter IMPORTER = new TextImporter(new DefaultGazetteer((Path) null));

    final Dossier dossier;

    Fixture(String text) {
        Source source = new Source("s-test", "test", null, null, "text/plain", "0", text);
        this.dossier = TextImporter.toDossier(IMPORTER.extractor().read(text), source);
    }

    Optional<Actor> actor(String nameOrAlias) {
        return dossier.actors().stream()
                .filter(a -> a.name().equals(nameOrAlias) || a.aliases().contains(nameOrAlias)).findFirst();
    }

    Actor require(String nameOrAlias) {
        return actor(nameOrAlias).orElseThrow(() -> new AssertionError("no actor '" + nameOrAlias + "' in "
                + dossier.actors().stream().map(Actor::name).toList()));
    }

    String name(String id) {
        return dossier.actor(id).map(Actor::name).orElse(null);
    }

    /** Speaker name of the quote starting with these words. */
    String speakerOf(String quoteStart) {
        for (Quote q : dossier.quotes()) {
            if (q.text().startsWith(quoteStart)) {
                return name(q.speaker());
            }
        }
        throw new AssertionError("no quote starting '" + quoteStart + "' in " + dossier.quotes());
    }

    /** Relations between two actors (either direction) with a polarity. */
    List<Relation> between(String a, String b, Polarity polarity) {
        String ia = require(a).id();
        String ib = require(b).id();
        return dossier.relations().stream().filter(r -> r.polarity() == polarity
                && ((r.source().equals(ia) && r.target().equals(ib)) || (r.source().equals(ib) && r.target().equals(ia))))
                .toList();
    }

    List<String> names() {
        return dossier.actors().stream().map(Actor::name).toList();
    }
}
