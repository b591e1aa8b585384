package dev.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A party to the story.
 *
 * @param id          unique within a dossier
 * @param name        canonical name
 * @param type        what kind of party
 * @param aliases     other names seen for it (never containing {@code name} itself)
 * @param role        a person's title as the text states it; may be null
 * @param affiliation id of the actor this one belongs to or speaks for; may be null
 * @param country     ISO 3166-1 alpha-3 code; may be null
 * @param mentions    where it is named
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, String role,
                    String affiliation, String country, List<Mention> mentions) {
    public Actor {
        Objects.requireNonNull(id, "actor id");
        Objects.requireNonNull(name, "actor name");
        type = type == null ? ActorType.OTHER : type;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A copy with other aliases. */
    public Actor withAliases(List<String> newAliases) {
        return new Actor(id, name, type, newAliases, role, affiliation, country, mentions);
    }

    /** A copy with other mentions. */
    public Actor withMentions(List<Mention> newMentions) {
        return new Actor(id, name, type, aliases, role, affiliation, country, newMentions);
    }

    /** A copy with another id and affiliation, used when merging dossiers renames actors. */
    public Actor withIds(String newId, String newAffiliation) {
        return new Actor(newId, name, type, aliases, role, newAffiliation, country, mentions);
    }
}
