package dev.parley.analysis.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.AnalysisService;
import dev.parley.model.analysis.Quadrant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Scores actors from the signed relation network. Influence mixes PageRank, weighted degree, how
 * often the actor acts on others, mentions and a prior by type; interest is the share of the actor's
 * relations, quotes and mentions that concern the focal actors; stance is the signed mean of direct
 * relations with the focal actors plus one step of alliance; camps come from a two-sided partition
 * of the signed graph that leaves as few unbalanced edges as it can (structural balance).
 */
@Component(service = AnalysisService.class)
public final class DefaultAnalysisService implements AnalysisService {

    @Override
    public Analysis analyze(Dossier d, List<String> focusNames) {
        Graph g = new Graph(d);
        int n = g.size();
        if (n == 0) {
            return new Analysis(List.of(), List.of());
        }
        double[] rank = g.pageRank();
        double[] degree = g.weightedDegree();
        double maxRank = max(rank);
        double maxDegree = max(degree);
        int maxMentions = 1;
        for (Actor a : d.actors()) {
            maxMentions = Math.max(maxMentions, a.mentions().size());
        }
        int[] focus = focus(d, g, focusNames, rank, degree);
        Map<String, Integer> quotes = new HashMap<>();
        for (Quote q : d.quotes()) {
            quotes.merge(q.speaker(), 1, Integer::sum);
        }
        double[] stance = g.stance(focus);
        int[] camp = g.camps(focus, stance);
        Map<String, Assessment> assessments = new HashMap<>();
        for (Assessment a : d.assessments()) {
            assessments.put(a.actor(), a);
        }
        double[] influence = new double[n];
        double[] interest = new double[n];
        for (int i = 0; i < n; i++) {
            Actor a = g.actor(i);
            double share = g.initiated(i) / Math.max(1.0, g.relationCount(i));
            influence[i] = 0.40 * (maxRank == 0 ? 0 : rank[i] / maxRank)
                    + 0.20 * (maxDegree == 0 ? 0 : degree[i] / maxDegree)
                    + 0.15 * share * Math.min(1, g.relationCount(i) / 3.0)
                    + 0.15 * typePrior(a.type())
                    + 0.10 * a.mentions().size() / (double) maxMentions;
            interest[i] = g.isFocus(i, focus) ? 1 : Math.min(1, 0.6 * g.focalShare(i, focus)
                    + 0.25 * a.mentions().size() / (double) maxMentions
                    + 0.15 * Math.min(1, quotes.getOrDefault(a.id(), 0) / 2.0));
        }
        normalise(influence);
        List<ActorAnalysis> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = g.actor(i);
            Assessment as = assessments.get(a.id());
            double inf = influence[i];
            double itr = interest[i];
            double st = stance[i];
            List<String> assessed = new ArrayList<>();
            if (as != null && as.power() != null) {
                inf = as.power();
                assessed.add("power");
            }
            if (as != null && as.interest() != null) {
                itr = as.interest();
                assessed.add("interest");
            }
            if (as != null && as.stance() != null) {
                st = as.stance();
                assessed.add("stance");
            }
            String why = explain(g, i, focus, inf, itr, st, camp[i], rank, quotes.getOrDefault(a.id(), 0), assessed, as);
            out.add(new ActorAnalysis(a.id(), round(inf), round(itr), round(st), camp[i], Quadrant.of(inf, itr),
                    String.join(", ", assessed), why));
        }
        out.sort(Comparator.comparingDouble(ActorAnalysis::influence).reversed().thenComparing(ActorAnalysis::actor));
        List<String> focusIds = new ArrayList<>();
        for (int f : focus) {
            focusIds.add(g.actor(f).id());
        }
        return new Analysis(focusIds, out);
    }

    private static double typePrior(ActorType t) {
        return switch (t) {
            case STATE -> 1.0;
            case IGO -> 0.8;
            case MISSION, ARMED_GROUP -> 0.6;
            case POLITICAL_GROUP, COMPANY -> 0.4;
            case PERSON -> 0.35;
            case OTHER -> 0.2;
        };
    }

    private static int[] focus(Dossier d, Graph g, List<String> names, double[] rank, double[] degree) {
        if (names != null && !names.isEmpty()) {
            int[] out = new int[names.size()];
            for (int k = 0; k < names.size(); k++) {
                int i = g.find(names.get(k));
                if (i < 0) {
                    throw new IllegalArgumentException("no actor '" + names.get(k) + "' in the dossier (actors: "
                            + String.join(", ", d.actors().stream().map(Actor::name).limit(12).toList())
                            + (d.actors().size() > 12 ? ", ..." : "") + ")");
                }
                out[k] = i;
            }
            return out;
        }
        // the most central non-person actor: the one the story is about
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < g.size(); i++) {
            double score = rank[i] + degree[i] / Math.max(1, max(degree)) + g.actor(i).mentions().size() / 100.0
                    + (g.actor(i).type() == ActorType.PERSON ? -0.5 : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return new int[] {best};
    }

    private static String explain(Graph g, int i, int[] focus, double inf, double itr, double st, int camp,
                                  double[] rank, int quotes, List<String> assessed, Assessment as) {
        int rankPos = 1;
        for (double r : rank) {
            if (r > rank[i]) {
                rankPos++;
            }
        }
        Actor a = g.actor(i);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "influence %.2f%s: %d relation%s (%d as initiator), centrality rank %d of %d, "
                        + "%d mention%s, %s", inf, assessed.contains("power") ? " (analyst's assessment)" : "",
                g.relationCount(i), g.relationCount(i) == 1 ? "" : "s", g.initiated(i), rankPos, g.size(),
                a.mentions().size(), a.mentions().size() == 1 ? "" : "s", a.type().id().replace('_', ' ')));
        sb.append(String.format(Locale.ROOT, "; interest %.2f%s: ", itr, assessed.contains("interest") ? " (analyst's assessment)" : ""));
        if (g.isFocus(i, focus)) {
            sb.append("a focal actor");
        } else {
            sb.append(g.focalRelations(i, focus)).append(" of ").append(g.relationCount(i))
                    .append(" relations concern the focal actors, ").append(quotes).append(" quote").append(quotes == 1 ? "" : "s");
        }
        sb.append(String.format(Locale.ROOT, "; stance %+.2f%s: ", st, assessed.contains("stance") ? " (analyst's assessment)" : ""));
        sb.append(g.stanceReason(i, focus));
        sb.append("; camp ").append(camp == 0 ? "none (no signed ties)" : camp == 1 ? "1 (with the focal actors)"
                : "2 (against the focal actors)");
        if (as != null && as.note() != null && !as.note().isBlank()) {
            sb.append("; analyst's note: ").append(as.note());
        }
        return sb.toString();
    }

    static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static void normalise(double[] v) {
        double m = max(v);
        if (m > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.min(1, v[i] / m);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Polarity as a sign. */
    static int sign(Relation r) {
        return r.polarity() == Polarity.COOPERATION ? 1 : r.polarity() == Polarity.CONFLICT ? -1 : 0;
    }
}
