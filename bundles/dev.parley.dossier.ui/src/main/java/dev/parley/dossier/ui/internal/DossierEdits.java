package dev.parley.dossier.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Mention;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes to the actors of a dossier, as pure functions from one dossier to the next. The views run
 * them through {@code Workbench.edit}, so each is one undoable step. Bad input throws
 * {@link IllegalArgumentException} with a message meant for the analyst.
 */
final class DossierEdits {

    private DossierEdits() {
    }

    /** Renames an actor; the old name becomes an alias, so later imports still recognise it. */
    static Dossier rename(Dossier d, String actorId, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An actor's name cannot be empty.");
        }
        Actor a = actor(d, actorId);
        if (a.name().equals(name)) {
            return d;
        }
        List<String> aliases = new ArrayList<>(a.aliases());
        aliases.remove(name);
        if (!aliases.contains(a.name())) {
            aliases.add(a.name());
        }
        return replace(d, new Actor(a.id(), name, a.type(), aliases, a.role(), a.affiliation(), a.country(),
                a.mentions()));
    }

    static Dossier retype(Dossier d, String actorId, ActorType type) {
        if (type == null) {
            throw new IllegalArgumentException("Choose an actor type.");
        }
        Actor a = actor(d, actorId);
        if (a.type() == type) {
            return d;
        }
        return replace(d, new Actor(a.id(), a.name(), type, a.aliases(), a.role(), a.affiliation(), a.country(),
                a.mentions()));
    }

    /** Sets a role; blank clears it. */
    static Dossier setRole(Dossier d, String actorId, String role) {
        String r = role == null || role.isBlank() ? null : role.strip();
        Actor a = actor(d, actorId);
        if (Objects.equals(a.role(), r)) {
            return d;
        }
        return replace(d, new Actor(a.id(), a.name(), a.type(), a.aliases(), r, a.affiliation(), a.country(),
                a.mentions()));
    }

    /** Sets whom an actor belongs to or speaks for; null clears it. */
    static Dossier setAffiliation(Dossier d, String actorId, String affiliationId) {
        Actor a = actor(d, actorId);
        if (affiliationId != null) {
            if (affiliationId.equals(actorId)) {
                throw new IllegalArgumentException("'" + a.name() + "' cannot be affiliated with itself.");
            }
            actor(d, affiliationId);
        }
        if (Objects.equals(a.affiliation(), affiliationId)) {
            return d;
        }
        return replace(d, a.withIds(a.id(), affiliationId));
    }

    /**
     * Merges actors into one. The most mentioned survives (the first given on a tie); it takes the
     * others' names and aliases as aliases, their mentions, and their place in relations, quotes,
     * affiliations, events and assessments. Relations that would join the actor to itself go.
     */
    static Dossier merge(Dossier d, List<String> actorIds) {
        List<Actor> merged = new ArrayList<>();
        for (String id : new LinkedHashSet<>(actorIds)) {
            merged.add(actor(d, id));
        }
        if (merged.size() < 2) {
            throw new IllegalArgumentException("Select at least two actors to merge.");
        }
        Actor keep = actor(d, survivor(d, actorIds));
        Set<String> gone = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>(keep.aliases());
        Set<Mention> mentions = new LinkedHashSet<>(keep.mentions());
        String role = keep.role();
        String affiliation = keep.affiliation();
        String country = keep.country();
        for (Actor a : merged) {
            if (a == keep) {
                continue;
            }
            gone.add(a.id());
            aliases.add(a.name());
            aliases.addAll(a.aliases());
            mentions.addAll(a.mentions());
            role = role != null ? role : a.role();
            affiliation = affiliation != null ? affiliation : a.affiliation();
            country = country != null ? country : a.country();
        }
        aliases.remove(keep.name());
        String keepId = keep.id();
        UnaryOperator<String> point = id -> id != null && gone.contains(id) ? keepId : id;
        affiliation = point.apply(affiliation);
        if (keepId.equals(affiliation)) {
            affiliation = null;
        }
        Actor survivor = new Actor(keepId, keep.name(), keep.type(), List.copyOf(aliases), role, affiliation,
                country, List.copyOf(mentions));

        List<Actor> actors = new ArrayList<>();
        for (Actor a : d.actors()) {
            if (a.id().equals(keepId)) {
                actors.add(survivor);
            } else if (!gone.contains(a.id())) {
                String aff = point.apply(a.affiliation());
                actors.add(Objects.equals(aff, a.affiliation()) ? a : a.withIds(a.id(), aff));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation r : d.relations()) {
            String s = point.apply(r.source());
            String t = point.apply(r.target());
            if (s.equals(t)) {
                continue;
            }
            relations.add(s.equals(r.source()) && t.equals(r.target()) ? r : r.withEnds(r.id(), s, t));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : d.quotes()) {
            quotes.add(gone.contains(q.speaker())
                    ? new Quote(q.id(), keepId, q.text(), q.source(), q.start(), q.end()) : q);
        }
        // One assessment per actor: the survivor's own wins, else the first merged actor's.
        List<Assessment> assessments = new ArrayList<>();
        boolean assessed = d.assessments().stream().anyMatch(a -> a.actor().equals(keepId));
        for (Assessment a : d.assessments()) {
            if (!gone.contains(a.actor())) {
                assessments.add(a);
            } else if (!assessed) {
                assessments.add(new Assessment(keepId, a.power(), a.interest(), a.stance(), a.note()));
                assessed = true;
            }
        }
        List<Event> events = new ArrayList<>();
        for (Event e : d.events()) {
            events.add(e.actors().stream().anyMatch(gone::contains)
                    ? withActors(e, new ArrayList<>(new LinkedHashSet<>(e.actors().stream().map(point).toList())))
                    : e);
        }
        return new Dossier(d.sources(), actors, quotes, relations, assessments, events);
    }

    /** The actor a merge of these ids keeps (see {@link #merge}). */
    static String survivor(Dossier d, List<String> actorIds) {
        Actor keep = null;
        for (String id : new LinkedHashSet<>(actorIds)) {
            Actor a = actor(d, id);
            if (keep == null || a.mentions().size() > keep.mentions().size()) {
                keep = a;
            }
        }
        return keep == null ? null : keep.id();
    }

    /**
     * Deletes actors with the relations, quotes and assessments that refer to them; affiliations
     * pointing at them are cleared and events forget them.
     */
    static Dossier delete(Dossier d, Collection<String> actorIds) {
        Set<String> gone = new LinkedHashSet<>(actorIds);
        for (String id : gone) {
            actor(d, id);
        }
        if (gone.isEmpty()) {
            return d;
        }
        List<Actor> actors = new ArrayList<>();
        for (Actor a : d.actors()) {
            if (!gone.contains(a.id())) {
                actors.add(a.affiliation() != null && gone.contains(a.affiliation()) ? a.withIds(a.id(), null) : a);
            }
        }
        List<Relation> relations = d.relations().stream()
                .filter(r -> !gone.contains(r.source()) && !gone.contains(r.target())).toList();
        List<Quote> quotes = d.quotes().stream().filter(q -> !gone.contains(q.speaker())).toList();
        List<Assessment> assessments = d.assessments().stream().filter(a -> !gone.contains(a.actor())).toList();
        List<Event> events = new ArrayList<>();
        for (Event e : d.events()) {
            events.add(e.actors().stream().anyMatch(gone::contains)
                    ? withActors(e, e.actors().stream().filter(id -> !gone.contains(id)).toList()) : e);
        }
        return new Dossier(d.sources(), actors, quotes, relations, assessments, events);
    }

    /**
     * Sets the analyst's assessment of an actor, replacing any earlier one. A null value is "not
     * assessed"; with no value and no note the assessment is removed.
     */
    static Dossier assess(Dossier d, String actorId, Double power, Double interest, Double stance, String note) {
        Actor a = actor(d, actorId);
        check("Power", power, 0, 1);
        check("Interest", interest, 0, 1);
        check("Stance", stance, -1, 1);
        String n = note == null || note.isBlank() ? null : note.strip();
        List<Assessment> assessments = new ArrayList<>();
        for (Assessment x : d.assessments()) {
            if (!x.actor().equals(a.id())) {
                assessments.add(x);
            }
        }
        if (power != null || interest != null || stance != null || n != null) {
            assessments.add(new Assessment(a.id(), power, interest, stance, n));
        }
        if (assessments.equals(d.assessments())) {
            return d;
        }
        return new Dossier(d.sources(), d.actors(), d.quotes(), d.relations(), assessments, d.events());
    }

    /** Reads an assessment field as the analyst typed it: blank is null, a comma may be the decimal mark. */
    static Double parseScore(String what, String text, double lo, double hi) {
        if (text == null || text.isBlank()) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number from " + fmt(lo) + " to " + fmt(hi)
                    + ", or empty for not assessed; '" + text.strip() + "' is not a number.");
        }
        check(what, v, lo, hi);
        return v;
    }

    private static void check(String what, Double v, double lo, double hi) {
        if (v != null && (v.isNaN() || v < lo || v > hi)) {
            throw new IllegalArgumentException(what + " must be from " + fmt(lo) + " to " + fmt(hi)
                    + "; " + fmt(v) + " is outside that range.");
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Event withActors(Event e, List<String> actors) {
        return new Event(e.id(), e.date(), e.kind(), e.description(), e.source(), e.start(), e.end(), actors);
    }

    private static Actor actor(Dossier d, String id) {
        return d.actor(id).orElseThrow(() -> new IllegalArgumentException(
                "The dossier has no actor '" + id + "' any more; it may have been deleted or merged."));
    }

    private static Dossier replace(Dossier d, Actor changed) {
        List<Actor> actors = d.actors().stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList();
        return new Dossier(d.sources(), actors, d.quotes(), d.relations(), d.assessments(), d.events());
    }
}
