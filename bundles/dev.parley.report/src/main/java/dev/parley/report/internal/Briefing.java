package dev.parley.report.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.report.ReportOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of a briefing, independent of its format: every claim carries the numbers of the
 * evidence that supports it ("E3"), and the evidence list gives each sentence with its source.
 */
final class Briefing {

    /** A piece of evidence: a sentence of a source. */
    record Ev(String id, String sourceId, String sourceTitle, String text) {
    }

    /** A sentence of the report with the evidence behind it. */
    record Claim(String text, List<String> evidence) {
    }

    /** One row of the key actors table. */
    record Row(String name, String type, String role, String affiliation, double influence, double interest,
               double stance, int camp, String quadrant, boolean assessed, String explanation) {
    }

    /** A camp with its members and the relations that define it. */
    record Camp(int number, String label, List<String> members, List<Claim> relations) {
    }

    /** A speaker's quotes, each with its evidence number. */
    record Statements(String speaker, List<Claim> quotes) {
    }

    /** A dated line of the timeline. */
    record Dated(String date, Claim claim, boolean announced) {
    }

    /** A source with its grade. */
    record SourceLine(String id, String title, String uri, String date, String grade) {
    }

    final String title;
    final String date;
    final List<Claim> bluf = new ArrayList<>();
    final List<Row> actors = new ArrayList<>();
    final List<Camp> camps = new ArrayList<>();
    final List<Statements> statements = new ArrayList<>();
    final List<Dated> timeline = new ArrayList<>();
    final List<SourceLine> sources = new ArrayList<>();
    final List<Ev> evidence = new ArrayList<>();
    final String focus;
    final int actorCount;
    private final Map<String, String> evidenceIds = new LinkedHashMap<>();
    private final Dossier d;
    private final Map<String, Actor> actorsById = new java.util.HashMap<>();
    private final Map<String, ActorAnalysis> scores = new java.util.HashMap<>();
    private final Map<String, Source> sourcesById = new java.util.HashMap<>();

    static final String METHOD = "Actors, quotes and relations were extracted from the sources by Parley's rule-based "
            + "text importer (gazetteer matching, title and apposition patterns, speech-verb attribution, a "
            + "CAMEO-like relation lexicon with negation and modality). Influence, interest, stance and camps are "
            + "computed from the signed network of relations (PageRank, structural balance). These are "
            + "machine-made findings: every claim above cites the sentence it rests on; check the evidence before "
            + "relying on a claim, and grade the sources. Values marked * are analysts' assessments.";

    Briefing(Dossier d, Analysis a, ReportOptions o) {
        this.d = d;
        d.actors().forEach(x -> actorsById.put(x.id(), x));
        a.actors().forEach(x -> scores.put(x.actor(), x));
        d.sources().forEach(x -> sourcesById.put(x.id(), x));
        this.date = o != null && o.date() != null ? o.date() : LocalDate.now().toString();
        this.title = o != null && o.title() != null && !o.title().isBlank() ? o.title() : defaultTitle(d);
        this.focus = String.join(", ", a.focus().stream().map(this::name).toList());
        this.actorCount = d.actors().size();
        for (Source s : d.sources()) {
            sources.add(new SourceLine(s.id(), s.title() == null ? s.id() : s.title(), s.uri(), s.published(),
                    s.reliability() == null ? "not graded" : s.reliability()));
        }
        buildActors(a);
        buildBluf(a);
        buildCamps(a);
        buildStatements();
        buildTimeline();
    }

    private static String defaultTitle(Dossier d) {
        if (d.sources().size() == 1 && d.sources().get(0).title() != null) {
            return "Stakeholder briefing: " + d.sources().get(0).title();
        }
        return "Stakeholder briefing (" + d.sources().size() + " sources)";
    }

    String name(String actorId) {
        Actor a = actorsById.get(actorId);
        return a == null ? actorId : a.name();
    }

    /** The evidence number of a span, added to the list on first use. */
    String cite(Evidence e) {
        String key = e.source() + ":" + e.start() + ":" + e.end();
        return evidenceIds.computeIfAbsent(key, k -> {
            String id = "E" + (evidence.size() + 1);
            Optional<Source> s = Optional.ofNullable(sourcesById.get(e.source()));
            evidence.add(new Ev(id, e.source(), s.map(x -> x.title() == null ? x.id() : x.title()).orElse(e.source()),
                    e.text()));
            return id;
        });
    }

    private List<String> cite(Relation r) {
        List<String> out = new ArrayList<>();
        for (Evidence e : r.evidence()) {
            out.add(cite(e));
        }
        return out;
    }

    private void buildActors(Analysis a) {
        for (ActorAnalysis x : a.actors()) {
            Actor act = actorsById.get(x.actor());
            if (act == null) {
                continue;
            }
            actors.add(new Row(act.name(), act.type().id().replace('_', ' '), act.role(),
                    act.affiliation() == null ? null : name(act.affiliation()), x.influence(), x.interest(), x.stance(),
                    x.camp(), x.quadrant().label(), x.overridden(), x.explanation()));
        }
    }

    static String verb(Relation r) {
        String c = r.category() == null ? "" : r.category();
        if (c.startsWith("refuse to ")) {
            return "refuses to " + c.substring("refuse to ".length());
        }
        return switch (c) {
            case "demand" -> "makes demands of";
            case "expel" -> "moves to expel";
            case "sanction" -> "imposes sanctions on";
            case "suspend" -> "suspends";
            case "sever" -> "cuts ties with";
            case "withdraw" -> "withdraws from";
            case "accuse" -> "accuses";
            case "criticise" -> "criticises";
            case "condemn" -> "condemns";
            case "reject" -> "rejects";
            case "oppose" -> "opposes";
            case "dispute" -> "is in a dispute with";
            case "threaten" -> "threatens";
            case "fight" -> "is fighting";
            case "coup" -> "has ousted";
            case "detain" -> "detains";
            case "support" -> "backs";
            case "recognise" -> "recognises";
            case "defend" -> "defends";
            case "praise" -> "praises";
            case "ally" -> "is allied with";
            case "member" -> "is a member of";
            case "appeal" -> "appeals to";
            case "cooperate" -> "works with";
            case "arm" -> "arms";
            case "aid" -> "aids";
            case "deploy" -> "deploys";
            case "contribute" -> "contributes to";
            case "joint" -> "acts jointly with";
            case "agree" -> "has an agreement with";
            case "cut" -> "cuts supplies to";
            case "trade" -> "supplies";
            default -> r.polarity() == Polarity.CONFLICT ? "is in conflict with" : "cooperates with";
        };
    }

    private double salience(Relation r, Analysis a) {
        ActorAnalysis x = scores.get(r.source());
        ActorAnalysis y = scores.get(r.target());
        double s = (x == null ? 0 : x.influence()) + (y == null ? 0 : y.influence());
        return s * (1 + Math.abs(r.weight()) / 10);
    }

    private void buildBluf(Analysis a) {
        List<Relation> byWeight = new ArrayList<>(d.relations());
        Map<Relation, Double> sal = new java.util.IdentityHashMap<>();
        byWeight.forEach(r -> sal.put(r, salience(r, a)));
        byWeight.sort(Comparator.comparingDouble((Relation r) -> -sal.get(r)));
        Relation conflict = byWeight.stream().filter(r -> r.polarity() == Polarity.CONFLICT).findFirst().orElse(null);
        if (conflict != null) {
            bluf.add(new Claim(name(conflict.source()) + " " + verb(conflict) + " " + name(conflict.target())
                    + ": the central conflict of the sources.", cite(conflict)));
        }
        List<String> side1 = new ArrayList<>();
        List<String> side2 = new ArrayList<>();
        for (ActorAnalysis x : a.actors()) {
            if (x.camp() == 1 && side1.size() < 4) {
                side1.add(name(x.actor()));
            } else if (x.camp() == 2 && side2.size() < 4) {
                side2.add(name(x.actor()));
            }
        }
        if (!side1.isEmpty() && !side2.isEmpty()) {
            // the evidence of the strongest ties across the two sides
            List<String> ev = new ArrayList<>();
            for (Relation r : byWeight) {
                ActorAnalysis x = scores.get(r.source());
                ActorAnalysis y = scores.get(r.target());
                if (x != null && y != null && x.camp() != 0 && y.camp() != 0 && x.camp() != y.camp() && ev.size() < 2) {
                    ev.addAll(cite(r));
                }
            }
            bluf.add(new Claim("Two camps: " + list(side1) + " on one side; " + list(side2) + " on the other.", ev));
        }
        List<Claim> coop = new ArrayList<>();
        for (Relation r : byWeight) {
            if (r.polarity() == Polarity.COOPERATION && coop.size() < 2 && (conflict == null
                    || !(r.source().equals(conflict.source()) && r.target().equals(conflict.target())))) {
                coop.add(new Claim(name(r.source()) + " " + verb(r) + " " + name(r.target()), cite(r)));
            }
        }
        if (!coop.isEmpty()) {
            List<String> ev = new ArrayList<>();
            coop.forEach(c -> ev.addAll(c.evidence()));
            bluf.add(new Claim("Key support: " + String.join("; ", coop.stream().map(Claim::text).toList()) + ".", ev));
        }
        Relation second = byWeight.stream().filter(r -> r.polarity() == Polarity.CONFLICT && r != conflict)
                .filter(r -> conflict == null || !(r.source().equals(conflict.source()) && r.target().equals(conflict.target())))
                .findFirst().orElse(null);
        if (second != null) {
            bluf.add(new Claim("Also: " + name(second.source()) + " " + verb(second) + " " + name(second.target()) + ".",
                    cite(second)));
        }
        if (bluf.isEmpty()) {
            bluf.add(new Claim("The sources name " + d.actors().size() + " actors but state no relation between them.",
                    List.of()));
        }
    }

    static String list(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void buildCamps(Analysis a) {
        for (int c : new int[] {1, 2, 0}) {
            List<String> members = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (ActorAnalysis x : a.actors()) {
                if (x.camp() == c) {
                    members.add(name(x.actor()));
                    ids.add(x.actor());
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            List<Claim> rels = new ArrayList<>();
            for (Relation r : d.relations()) {
                if (ids.contains(r.source()) && rels.size() < 30) {
                    rels.add(new Claim(name(r.source()) + " " + verb(r) + " " + name(r.target()) + " ("
                            + r.polarity().id() + ", " + r.category() + ")", cite(r)));
                }
            }
            String label = c == 1 ? "With " + focus : c == 2 ? "Against " + focus : "No clear side";
            camps.add(new Camp(c, label, members, rels));
        }
    }

    private void buildStatements() {
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : d.quotes()) {
            String ev = cite(new Evidence(q.source() == null ? "" : q.source(), q.start(), q.end(), q.text()));
            bySpeaker.computeIfAbsent(name(q.speaker()), k -> new ArrayList<>()).add(new Claim(q.text(), List.of(ev)));
        }
        bySpeaker.forEach((k, v) -> statements.add(new Statements(k, v)));
    }

    private void buildTimeline() {
        for (Event e : d.events()) {
            String ev = cite(new Evidence(e.source() == null ? "" : e.source(), e.start(), e.end(), e.description()));
            timeline.add(new Dated(e.date(), new Claim(e.kind() + ": " + e.description(), List.of(ev)), true));
        }
        for (Relation r : d.relations()) {
            if (r.date() != null) {
                timeline.add(new Dated(r.date(), new Claim(name(r.source()) + " " + verb(r) + " " + name(r.target()),
                        cite(r)), false));
            }
        }
        // an event without a date (a hand-edited dossier) goes last rather than failing the whole briefing
        timeline.sort(Comparator.comparing(Dated::date, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}
