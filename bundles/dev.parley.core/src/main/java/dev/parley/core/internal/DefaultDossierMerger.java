package dev.parley.core.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.service.DossierMerger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Merges an importer's partial dossier (or another dossier) into a dossier. */
@Component(service = DossierMerger.class)
public final class DefaultDossierMerger implements DossierMerger {

    @Override
    public Dossier merge(Dossier base, Dossier addition) {
        return new Merge(base).add(addition);
    }

    /** State of one merge: the growing dossier and how the addition's ids map onto it. */
    private static final class Merge {
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final Map<String, String> actorByKey = new HashMap<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final Set<String> quoteKeys = new HashSet<>();
        private final Set<String> quoteIds = new HashSet<>();
        private final Map<String, Relation> relations = new LinkedHashMap<>();
        private final Set<String> relationIds = new HashSet<>();
        private final Map<String, Assessment> assessments = new LinkedHashMap<>();
        private final Map<String, Event> events = new LinkedHashMap<>();
        private final Set<String> eventIds = new HashSet<>();

        Merge(Dossier base) {
            base.sources().forEach(s -> sources.put(s.id(), s));
            base.actors().forEach(this::putActor);
            base.quotes().forEach(q -> addQuote(q, Map.of(), Map.of()));
            base.relations().forEach(r -> addRelation(r, Map.of(), Map.of()));
            base.assessments().forEach(a -> assessments.put(a.actor(), a));
            base.events().forEach(e -> addEvent(e, Map.of(), Map.of()));
        }

        private void putActor(Actor a) {
            actors.put(a.id(), a);
            index(a);
        }

        private void index(Actor a) {
            actorByKey.putIfAbsent(kindKey(a.type(), a.name()), a.id());
            for (String alias : a.aliases()) {
                if (isName(alias)) {
                    actorByKey.putIfAbsent(kindKey(a.type(), alias), a.id());
                }
            }
        }

        /**
         * An alias written with a capital is a name ("Coast Guard", "U.N.", "al-Shabaab"); one all in
         * lower case is a description ("coast guard", "military", "council") that two actors may share.
         */
        private static boolean isName(String alias) {
            for (int i = 0; i < alias.length(); i++) {
                if (Character.isUpperCase(alias.charAt(i)) || Character.isDigit(alias.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Persons unify only with persons, everything else with everything else but persons. */
        private static String kindKey(ActorType type, String name) {
            return (type == ActorType.PERSON ? "p:" : "o:") + Names.key(name);
        }

        Dossier add(Dossier addition) {
            Map<String, String> sourceIds = new HashMap<>();
            for (Source s : addition.sources()) {
                Source existing = sources.get(s.id());
                if (existing == null) {
                    sources.put(s.id(), s);
                } else if (!Objects.equals(existing.sha256(), s.sha256()) || !existing.text().equals(s.text())) {
                    String id = unique(s.id(), sources.keySet());
                    sourceIds.put(s.id(), id);
                    sources.put(id, new Source(id, s.title(), s.uri(), s.published(), s.mediaType(), s.sha256(), s.text(),
                            s.reliability()));
                }
            }
            Map<String, String> actorIds = new HashMap<>();
            // Actors whose affiliation still holds an id of the addition, to be remapped at the end.
            Set<String> pending = new LinkedHashSet<>();
            // Actors an actor of the addition already went to or came from: the addition holds them
            // apart, so no second actor of it joins them.
            Set<String> claimed = new HashSet<>();
            for (Actor a : addition.actors()) {
                String match = find(a, claimed);
                List<Mention> mentions = remapMentions(a.mentions(), sourceIds);
                if (match != null) {
                    claimed.add(match);
                    actorIds.put(a.id(), match);
                    Actor into = actors.get(match);
                    Set<String> aliases = new LinkedHashSet<>(into.aliases());
                    if (!Names.key(a.name()).equals(Names.key(into.name()))) {
                        aliases.add(a.name());
                    }
                    aliases.addAll(a.aliases());
                    aliases.removeIf(x -> x.equals(into.name()));
                    Set<Mention> ms = new LinkedHashSet<>(into.mentions());
                    ms.addAll(mentions);
                    if (into.affiliation() == null && a.affiliation() != null) {
                        pending.add(into.id());
                    }
                    Actor merged = new Actor(into.id(), into.name(), into.type(), List.copyOf(aliases),
                            into.role() != null ? into.role() : a.role(),
                            into.affiliation() != null ? into.affiliation() : a.affiliation(),
                            into.country() != null ? into.country() : a.country(), List.copyOf(ms));
                    actors.put(match, merged);
                    index(merged);
                } else {
                    String id = unique(a.id(), actors.keySet());
                    actorIds.put(a.id(), id);
                    Actor added = new Actor(id, a.name(), a.type(), a.aliases(), a.role(), a.affiliation(),
                            a.country(), mentions);
                    putActor(added);
                    claimed.add(id);
                    if (a.affiliation() != null) {
                        pending.add(id);
                    }
                }
            }
            for (String id : pending) {
                Actor a = actors.get(id);
                String affiliation = actorIds.getOrDefault(a.affiliation(), a.affiliation());
                actors.put(id, a.withIds(id, affiliation.equals(id) ? null : affiliation));
            }
            addition.quotes().forEach(q -> addQuote(q, actorIds, sourceIds));
            addition.relations().forEach(r -> addRelation(r, actorIds, sourceIds));
            for (Assessment a : addition.assessments()) {
                String actor = actorIds.getOrDefault(a.actor(), a.actor());
                assessments.putIfAbsent(actor, new Assessment(actor, a.power(), a.interest(), a.stance(), a.note()));
            }
            addition.events().forEach(e -> addEvent(e, actorIds, sourceIds));
            return new Dossier(List.copyOf(sources.values()), List.copyOf(actors.values()), quotes,
                    List.copyOf(relations.values()), List.copyOf(assessments.values()), List.copyOf(events.values()));
        }

        /**
         * The actor of the dossier that {@code a} is, by name or alias: not one of another country, and
         * not one already claimed by another actor of the same addition unless it has the same name.
         */
        private String find(Actor a, Set<String> claimed) {
            String id = fits(a, actorByKey.get(kindKey(a.type(), a.name())), claimed);
            if (id != null) {
                return id;
            }
            for (String alias : a.aliases()) {
                id = isName(alias) ? fits(a, actorByKey.get(kindKey(a.type(), alias)), claimed) : null;
                if (id != null) {
                    return id;
                }
            }
            return null;
        }

        private String fits(Actor a, String id, Set<String> claimed) {
            if (id == null || claimed.contains(id) && !Names.key(actors.get(id).name()).equals(Names.key(a.name()))) {
                return null; // the very same name is the same actor, however the addition spells it
            }
            // a person's country comes from an affiliation the importer may only have guessed: names decide
            String country = a.type() == ActorType.PERSON ? null : actors.get(id).country();
            return country != null && a.country() != null && !country.equals(a.country()) ? null : id;
        }

        private static List<Mention> remapMentions(List<Mention> ms, Map<String, String> sourceIds) {
            if (sourceIds.isEmpty()) {
                return ms;
            }
            List<Mention> out = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                out.add(new Mention(sourceIds.getOrDefault(m.source(), m.source()), m.start(), m.end()));
            }
            return out;
        }

        private void addQuote(Quote q, Map<String, String> actorIds, Map<String, String> sourceIds) {
            String speaker = actorIds.getOrDefault(q.speaker(), q.speaker());
            String source = q.source() == null ? null : sourceIds.getOrDefault(q.source(), q.source());
            String key = speaker + '\u0000' + source + '\u0000' + q.start() + '\u0000' + q.end() + '\u0000' + q.text();
            if (!quoteKeys.add(key)) {
                return;
            }
            String id = unique(q.id(), quoteIds);
            quoteIds.add(id);
            quotes.add(new Quote(id, speaker, q.text(), source, q.start(), q.end()));
        }

        private void addRelation(Relation r, Map<String, String> actorIds, Map<String, String> sourceIds) {
            String from = actorIds.getOrDefault(r.source(), r.source());
            String to = actorIds.getOrDefault(r.target(), r.target());
            List<Evidence> evidence = new ArrayList<>(r.evidence().size());
            for (Evidence e : r.evidence()) {
                evidence.add(new Evidence(sourceIds.getOrDefault(e.source(), e.source()), e.start(), e.end(), e.text()));
            }
            String key = from + '\u0000' + to + '\u0000' + r.polarity() + '\u0000' + r.category() + '\u0000' + r.date();
            Relation existing = relations.get(key);
            if (existing != null) {
                Set<Evidence> all = new LinkedHashSet<>(existing.evidence());
                all.addAll(evidence);
                relations.put(key, existing.withEvidence(List.copyOf(all)));
                return;
            }
            String id = unique(r.id(), relationIds);
            relationIds.add(id);
            relations.put(key, new Relation(id, from, to, r.polarity(), r.category(), r.weight(), r.date(), evidence));
        }

        private void addEvent(Event e, Map<String, String> actorIds, Map<String, String> sourceIds) {
            String source = e.source() == null ? null : sourceIds.getOrDefault(e.source(), e.source());
            String key = e.date() + '\u0000' + e.kind() + '\u0000' + source + '\u0000' + e.start() + '\u0000' + e.end();
            if (events.containsKey(key)) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (String a : e.actors()) {
                ids.add(actorIds.getOrDefault(a, a));
            }
            String id = unique(e.id(), eventIds);
            eventIds.add(id);
            events.put(key, new Event(id, e.date(), e.kind(), e.description(), source, e.start(), e.end(), ids));
        }

        private static String unique(String id, Set<String> taken) {
            if (!taken.contains(id)) {
                return id;
            }
            for (int i = 2; ; i++) {
                String candidate = id + "-" + i;
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
