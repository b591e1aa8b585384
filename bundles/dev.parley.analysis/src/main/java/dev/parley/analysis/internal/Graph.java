package dev.parley.analysis.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Relation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The signed actor network of a dossier: relations, and affiliations as positive ties. */
final class Graph {

    /** One tie: to whom, its sign (+1, -1, 0), weight, whether it is a relation this node started. */
    record Tie(int other, int sign, double weight, boolean relation, boolean outgoing, String category) {
    }

    private final List<Actor> actors;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<Tie>> ties = new ArrayList<>();

    Graph(Dossier d) {
        this.actors = d.actors();
        for (int i = 0; i < actors.size(); i++) {
            index.put(actors.get(i).id(), i);
            ties.add(new ArrayList<>());
        }
        for (Relation r : d.relations()) {
            Integer a = index.get(r.source());
            Integer b = index.get(r.target());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            int s = DefaultAnalysisService.sign(r);
            double w = 0.5 + Math.abs(r.weight()) / 20.0;
            ties.get(a).add(new Tie(b, s, w, true, true, r.category()));
            ties.get(b).add(new Tie(a, s, w, true, false, r.category()));
        }
        for (int i = 0; i < actors.size(); i++) {
            Integer aff = actors.get(i).affiliation() == null ? null : index.get(actors.get(i).affiliation());
            if (aff != null && aff != i) {
                ties.get(i).add(new Tie(aff, 1, 0.75, false, true, "affiliation"));
                ties.get(aff).add(new Tie(i, 1, 0.75, false, false, "affiliation"));
            }
        }
    }

    int size() {
        return actors.size();
    }

    Actor actor(int i) {
        return actors.get(i);
    }

    /** An actor by id, name or alias (case, accents and punctuation aside); -1 when none. */
    int find(String ref) {
        Integer byId = index.get(ref);
        if (byId != null) {
            return byId;
        }
        String k = key(ref);
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (key(a.name()).equals(k) || a.aliases().stream().anyMatch(x -> key(x).equals(k))) {
                return i;
            }
        }
        return -1;
    }

    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^the ", "");
    }

    int relationCount(int i) {
        int n = 0;
        for (Tie t : ties.get(i)) {
            n += t.relation() ? 1 : 0;
        }
        return n;
    }

    int initiated(int i) {
        int n = 0;
        for (Tie t : ties.get(i)) {
            n += t.relation() && t.outgoing() ? 1 : 0;
        }
        return n;
    }

    double[] weightedDegree() {
        double[] out = new double[size()];
        for (int i = 0; i < size(); i++) {
            for (Tie t : ties.get(i)) {
                out[i] += t.relation() ? t.weight() : t.weight() / 2;
            }
        }
        return out;
    }

    /** PageRank over the undirected weighted ties (damping 0.85); isolated actors keep the base rank. */
    double[] pageRank() {
        int n = size();
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        double[] strength = new double[n];
        for (int i = 0; i < n; i++) {
            for (Tie t : ties.get(i)) {
                strength[i] += t.weight();
            }
        }
        for (int iter = 0; iter < 60; iter++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (strength[i] == 0) {
                    dangling += rank[i];
                    continue;
                }
                for (Tie t : ties.get(i)) {
                    next[t.other()] += 0.85 * rank[i] * t.weight() / strength[i];
                }
            }
            for (int i = 0; i < n; i++) {
                next[i] += (0.15 + 0.85 * dangling) / n;
            }
            rank = next;
        }
        return rank;
    }

    boolean isFocus(int i, int[] focus) {
        for (int f : focus) {
            if (f == i) {
                return true;
            }
        }
        return false;
    }

    int focalRelations(int i, int[] focus) {
        int n = 0;
        for (Tie t : ties.get(i)) {
            if (t.relation() && isFocus(t.other(), focus)) {
                n++;
            }
        }
        return n;
    }

    double focalShare(int i, int[] focus) {
        int all = relationCount(i);
        return all == 0 ? 0 : focalRelations(i, focus) / (double) all;
    }

    /**
     * Stance toward the focal actors: the signed mean of direct ties with them; without any, one
     * step of alliance (the friend of an adversary is an adversary, the adversary of an adversary a
     * friend), at half strength; a person without ties of their own takes their affiliation's.
     */
    double[] stance(int[] focus) {
        int n = size();
        double[] direct = new double[n];
        boolean[] known = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (isFocus(i, focus)) {
                direct[i] = 1;
                known[i] = true;
                continue;
            }
            double sum = 0;
            int count = 0;
            for (Tie t : ties.get(i)) {
                if (isFocus(t.other(), focus) && t.sign() != 0) {
                    sum += t.sign() * Math.min(1, t.weight());
                    count++;
                }
            }
            if (count > 0) {
                direct[i] = sum / count;
                known[i] = true;
            }
        }
        double[] out = direct.clone();
        for (int i = 0; i < n; i++) {
            if (known[i]) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (Tie t : ties.get(i)) {
                if (known[t.other()] && t.sign() != 0) {
                    sum += t.sign() * direct[t.other()] * 0.5;
                    count++;
                }
            }
            if (count > 0) {
                out[i] = sum / count;
            }
        }
        return out;
    }

    /**
     * Two camps by structural balance: start from the sign of each stance, then move every actor to
     * the side that agrees with more of its signed ties (positive ties within a camp, negative ties
     * across), until nothing moves. Actors without signed ties stay in no camp.
     */
    int[] camps(int[] focus, double[] stance) {
        int n = size();
        int[] camp = new int[n];
        for (int i = 0; i < n; i++) {
            camp[i] = isFocus(i, focus) ? 1 : stance[i] > 0.01 ? 1 : stance[i] < -0.01 ? 2 : 0;
        }
        for (int iter = 0; iter < 50; iter++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                if (isFocus(i, focus)) {
                    continue;
                }
                double[] agree = new double[3];
                for (Tie t : ties.get(i)) {
                    int c = camp[t.other()];
                    if (c == 0 || t.sign() == 0) {
                        continue;
                    }
                    int other = c == 1 ? 2 : 1;
                    if (t.sign() > 0) {
                        agree[c] += t.weight();
                    } else {
                        agree[other] += t.weight();
                    }
                }
                int best = agree[1] > agree[2] ? 1 : agree[2] > agree[1] ? 2 : camp[i];
                if (agree[1] == 0 && agree[2] == 0) {
                    best = camp[i];
                }
                if (best != camp[i]) {
                    camp[i] = best;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return camp;
    }

    /** Why a stance is what it is, in words. */
    String stanceReason(int i, int[] focus) {
        if (isFocus(i, focus)) {
            return "a focal actor";
        }
        Set<String> direct = new LinkedHashSet<>();
        Set<String> indirect = new LinkedHashSet<>();
        for (Tie t : ties.get(i)) {
            String other = actor(t.other()).name();
            String what = t.sign() > 0 ? "cooperation" : t.sign() < 0 ? "conflict" : "neutral";
            if (isFocus(t.other(), focus)) {
                direct.add(what + " with " + other + " (" + t.category() + ")");
            } else if (t.sign() != 0) {
                indirect.add(what + " with " + other);
            }
        }
        if (!direct.isEmpty()) {
            return String.join(", ", direct);
        }
        if (!indirect.isEmpty()) {
            return "no direct tie with the focal actors; " + String.join(", ", indirect);
        }
        return "no tie with the focal actors";
    }
}
