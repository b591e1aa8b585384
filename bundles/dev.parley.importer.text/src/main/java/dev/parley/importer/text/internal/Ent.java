package dev.parley.importer.text.internal;

import dev.parley.model.ActorType;
import dev.parley.model.knowledge.KnownEntity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An actor while an article is being read. */
final class Ent {
    String name;
    ActorType type;
    final KnownEntity known;
    String country;
    final Set<String> aliases = new LinkedHashSet<>();
    /** The text of the last mention given as an alias (see {@link Extractor.Run#mention}). */
    String lastSurface;
    final List<Mention> mentions = new ArrayList<>();
    /** Roles as the text states them, in order. */
    final List<String> roles = new ArrayList<>();
    Ent affiliation;
    /** How sure the affiliation is: 3 stated with a state, 2 with a body, 1 guessed. */
    int affiliationStrength;
    /** Found by weak evidence only: dropped unless it takes part in a quote, relation or affiliation. */
    boolean weak;
    /** A person guessed from a capitalised name alone: kept only as a speaker or with a role. */
    boolean guessedPerson;
    /** Holds an office in an arm of a state the text did not name with it ("a spokesman for the air force"). */
    boolean servesState;
    /** Takes part in a quote, relation or affiliation. */
    boolean involved;
    /** Key tokens of a person's surname, e.g. ["de", "riviere"]. */
    List<String> surname = List.of();
    /** Stands for the military rulers of {@link #junta} set against its government. */
    Ent junta;
    /** Kept in the dossier, and its actor id there: set when the dossier is made ({@link TextImporter#toDossier}). */
    boolean kept;
    String id;
    /** A junta made up as "X junta" because the text had not (yet) given the rulers' own name. */
    boolean placeholder;

    Ent(String name, ActorType type, KnownEntity known) {
        this.name = name;
        this.type = type;
        this.known = known;
        this.country = known == null ? null : known.country();
    }

    boolean isPerson() {
        return type == ActorType.PERSON;
    }

    boolean isState() {
        return type == ActorType.STATE;
    }

    void alias(String surface) {
        String s = surface.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        if (!s.isEmpty() && !s.equals(name)) {
            aliases.add(s);
        }
    }

    void role(String role) {
        if (role == null || role.isBlank()) {
            return;
        }
        String stripped = role.strip();
        for (String r : roles) {
            if (r.equalsIgnoreCase(stripped)) {
                return;
            }
        }
        roles.add(stripped);
    }

    void affiliate(Ent other, int strength) {
        if (other != null && other != this && strength > affiliationStrength) {
            affiliation = other;
            affiliationStrength = strength;
        }
    }

    @Override
    public String toString() {
        return name + "/" + type.id();
    }
}
