package dev.parley.model.knowledge;

import dev.parley.model.ActorType;
import java.util.List;
import java.util.Objects;

/**
 * A party the gazetteer knows by name.
 *
 * @param name      canonical name, as the press usually writes it ("Mali", "MINUSMA", "United Nations")
 * @param type      what kind of actor it is
 * @param aliases   other names, acronyms and full names ("UN", "U.N.")
 * @param demonyms  adjectives and nouns for its people that stand for it ("Malian", "French"); states only
 * @param metonyms  places that stand for it: a capital or a seat of government ("Bamako", "Kremlin")
 * @param parent    canonical name of the body it belongs to ("United Nations" for MINUSMA); may be null
 * @param country   ISO 3166-1 alpha-3 code of the state it is or belongs to; may be null
 */
public record KnownEntity(String name, ActorType type, List<String> aliases, List<String> demonyms,
                          List<String> metonyms, String parent, String country) {
    public KnownEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        metonyms = metonyms == null ? List.of() : List.copyOf(metonyms);
    }
}
