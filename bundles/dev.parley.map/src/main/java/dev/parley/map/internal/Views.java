package dev.parley.map.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.MapOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the scenes of the two views: the power/interest grid and the signed network. */
final class Views {
    private Views() {
    }

    private static final double FONT = 13;

    /** The actors drawn: the most influential first, at most {@code max}. */
    static List<ActorAnalysis> shown(Analysis a, int max) {
        return a.actors().subList(0, Math.min(max, a.actors().size()));
    }

    static Scene grid(Dossier d, Analysis a, MapOptions o) {
        Scene s = new Scene(o.width(), o.height(), "Stakeholder map: power and interest");
        double left = 80;
        double top = 60;
        double right = o.width() - 250;
        double bottom = o.height() - 70;
        double w = right - left;
        double h = bottom - top;
        s.add(new Scene.Rect(0, 0, o.width(), o.height(), "#ffffff", "none", 0));
        // quadrants, the upper right one shaded: the actors to manage closely
        s.add(new Scene.Rect(left + w / 2, top, w / 2, h / 2, "#fbeee6", "none", 0));
        s.add(new Scene.Rect(left, top, w / 2, h / 2, "#f2f2f2", "none", 0));
        s.add(new Scene.Rect(left + w / 2, top + h / 2, w / 2, h / 2, "#eef4fa", "none", 0));
        s.add(new Scene.Rect(left, top, w, h, "none", "#555555", 1));
        s.add(new Scene.Line(left + w / 2, top, left + w / 2, bottom, "#999999", 1, 4, false));
        s.add(new Scene.Line(left, top + h / 2, right, top + h / 2, "#999999", 1, 4, false));
        s.add(new Scene.Text(left + w - 8, top + 20, "Manage closely", 14, "end", "#8a3b00", true));
        s.add(new Scene.Text(left + 8, top + 20, "Keep satisfied", 14, "start", "#555555", true));
        s.add(new Scene.Text(left + w - 8, bottom - 10, "Keep informed", 14, "end", "#00527f", true));
        s.add(new Scene.Text(left + 8, bottom - 10, "Monitor", 14, "start", "#555555", true));
        s.add(new Scene.Text(left + w / 2, o.height() - 25, "Interest in the focal issue \u2192", 14, "middle", "#222222", false));
        s.add(new Scene.Text(20, top + h / 2, "Influence \u2191", 14, "start", "#222222", false));
        s.add(new Scene.Text(left, 35, "Power / interest grid", 18, "start", "#222222", true));
        Map<String, Actor> actors = byId(d);
        s.add(new Scene.Text(left + 260, 35, focusLine(actors, a), 13, "start", "#555555", false));
        List<ActorAnalysis> shown = shown(a, o.maxActors());
        int maxMentions = 1;
        for (ActorAnalysis x : shown) {
            Actor act = actors.get(x.actor());
            maxMentions = Math.max(maxMentions, act == null ? 0 : act.mentions().size());
        }
        List<double[]> taken = new ArrayList<>();
        // the quadrant names are not to be written over
        taken.add(new double[] {left + w - 130, top + 4, left + w, top + 26});
        taken.add(new double[] {left, top + 4, left + 120, top + 26});
        taken.add(new double[] {left + w - 120, bottom - 26, left + w, bottom});
        taken.add(new double[] {left, bottom - 26, left + 80, bottom});
        List<double[]> markers = new ArrayList<>();
        double pad = 0.05;
        for (ActorAnalysis x : shown) {
            Actor act = actors.get(x.actor());
            double px = left + (pad + (1 - 2 * pad) * x.interest()) * w;
            double py = bottom - (pad + (1 - 2 * pad) * x.influence()) * h;
            double r = 5 + 11 * Math.sqrt((act == null ? 0 : act.mentions().size()) / (double) maxMentions);
            markers.add(new double[] {px, py, r});
        }
        for (double[] m : markers) {
            taken.add(new double[] {m[0] - m[2], m[1] - m[2], m[0] + m[2], m[1] + m[2]});
        }
        for (int i = 0; i < shown.size(); i++) {
            ActorAnalysis x = shown.get(i);
            double[] m = markers.get(i);
            String name = label(actors, x);
            s.add(new Scene.Circle(m[0], m[1], m[2], Scene.campColour(x.camp()), "#222222", x.overridden() ? 2.5 : 1,
                    name + " \u2014 " + x.explanation()), x.actor());
            placeLabel(s, name + (x.overridden() ? " *" : ""), m[0], m[1], m[2], taken, left, top, right, bottom, x.actor());
        }
        legend(s, o, a, shown.size(), true);
        return s;
    }

    static Scene network(Dossier d, Analysis a, MapOptions o) {
        Scene s = new Scene(o.width(), o.height(), "Stakeholder map: signed network");
        s.add(new Scene.Rect(0, 0, o.width(), o.height(), "#ffffff", "none", 0));
        s.add(new Scene.Text(40, 35, "Alignments network", 18, "start", "#222222", true));
        Map<String, Actor> actors = byId(d);
        s.add(new Scene.Text(260, 35, focusLine(actors, a), 13, "start", "#555555", false));
        List<ActorAnalysis> shown = shown(a, o.maxActors());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            index.put(shown.get(i).actor(), i);
        }
        List<int[]> edges = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        for (Relation r : d.relations()) {
            Integer x = index.get(r.source());
            Integer y = index.get(r.target());
            if (x != null && y != null && !x.equals(y)) {
                edges.add(new int[] {x, y, r.polarity() == Polarity.COOPERATION ? 1 : r.polarity() == Polarity.CONFLICT ? -1 : 0});
                rels.add(r);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            Actor act = actors.get(shown.get(i).actor());
            Integer aff = act == null || act.affiliation() == null ? null : index.get(act.affiliation());
            if (aff != null && aff != i) {
                edges.add(new int[] {i, aff, 1});
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        int[] sign = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = edges.get(e)[0];
            to[e] = edges.get(e)[1];
            sign[e] = edges.get(e)[2];
        }
        ForceLayout.Result layout = ForceLayout.layout(shown.size(), from, to, sign, o.seed(), 300);
        double left = 70;
        double top = 70;
        double w = o.width() - 330;
        double h = o.height() - 140;
        double[] px = new double[shown.size()];
        double[] py = new double[shown.size()];
        double[] pr = new double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            px[i] = left + layout.x()[i] * w;
            py[i] = top + layout.y()[i] * h;
            pr[i] = 6 + 16 * shown.get(i).influence();
        }
        for (int e = 0; e < rels.size(); e++) {
            Relation r = rels.get(e);
            int x = from[e];
            int y = to[e];
            double ang = Math.atan2(py[y] - py[x], px[y] - px[x]);
            double x2 = px[y] - Math.cos(ang) * (pr[y] + 2);
            double y2 = py[y] - Math.sin(ang) * (pr[y] + 2);
            boolean coop = r.polarity() == Polarity.COOPERATION;
            boolean conflict = r.polarity() == Polarity.CONFLICT;
            s.add(new Scene.Line(px[x], py[x], x2, y2, coop ? "#009e73" : conflict ? "#cc3311" : "#999999",
                    1 + Math.abs(r.weight()) / 4, coop ? 0 : conflict ? 6 : 2, true), r.source(), r.target());
        }
        for (int e = rels.size(); e < edges.size(); e++) {
            s.add(new Scene.Line(px[from[e]], py[from[e]], px[to[e]], py[to[e]], "#bbbbbb", 1, 2, false),
                    shown.get(from[e]).actor(), shown.get(to[e]).actor());
        }
        List<double[]> taken = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            taken.add(new double[] {px[i] - pr[i], py[i] - pr[i], px[i] + pr[i], py[i] + pr[i]});
        }
        for (int i = 0; i < shown.size(); i++) {
            ActorAnalysis x = shown.get(i);
            String name = label(actors, x);
            s.add(new Scene.Circle(px[i], py[i], pr[i], Scene.campColour(x.camp()), "#222222", x.overridden() ? 2.5 : 1,
                    name + " \u2014 " + x.explanation()), x.actor());
            placeLabel(s, name, px[i], py[i], pr[i], taken, 10, 50, o.width() - 240, o.height() - 10, x.actor());
        }
        legend(s, o, a, shown.size(), false);
        return s;
    }

    private static String focusLine(Map<String, Actor> actors, Analysis a) {
        List<String> names = new ArrayList<>();
        for (String id : a.focus()) {
            Actor act = actors.get(id);
            names.add(act == null ? id : act.name());
        }
        return names.isEmpty() ? "" : "Stances and camps relative to " + String.join(", ", names);
    }

    private static Map<String, Actor> byId(Dossier d) {
        Map<String, Actor> m = new HashMap<>();
        for (Actor a : d.actors()) {
            m.put(a.id(), a);
        }
        return m;
    }

    private static String label(Map<String, Actor> actors, ActorAnalysis x) {
        Actor a = actors.get(x.actor());
        String name = a == null ? x.actor() : a.name();
        return name.length() > 28 ? name.substring(0, 27) + "\u2026" : name;
    }

    static double textWidth(String text, double size) {
        return text.length() * size * 0.58;
    }

    /** Puts a label beside its marker where it overlaps no other label or marker; tries 12 spots. */
    static void placeLabel(Scene s, String text, double x, double y, double r, List<double[]> taken,
                           double minX, double minY, double maxX, double maxY, String actorId) {
        double tw = textWidth(text, FONT);
        double th = FONT + 2;
        double[][] offsets = {
            {r + 4, th / 3}, {-r - 4 - tw, th / 3}, {-tw / 2, -r - 5}, {-tw / 2, r + th},
            {r + 4, -r}, {r + 4, r + th / 2}, {-r - 4 - tw, -r}, {-r - 4 - tw, r + th / 2},
            {-tw / 2, -r - 5 - th}, {-tw / 2, r + 2 * th}, {r + 14, th / 3 - th}, {-r - 14 - tw, th / 3 + th}};
        double[] chosen = null;
        for (double[] off : offsets) {
            double lx = x + off[0];
            double ly = y + off[1];
            double[] box = {lx, ly - th + 3, lx + tw, ly + 3};
            if (box[0] < minX || box[2] > maxX || box[1] < minY || box[3] > maxY) {
                continue;
            }
            boolean free = true;
            for (double[] t : taken) {
                if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen = box;
                break;
            }
        }
        if (chosen == null) {
            return; // no room: the actor keeps its marker and tooltip, the legend says labels may be missing
        }
        taken.add(chosen);
        s.add(new Scene.Text(chosen[0], chosen[3] - 3, text, FONT, "start", "#111111", false), actorId);
    }

    private static void legend(Scene s, MapOptions o, Analysis a, int shownCount, boolean grid) {
        double x = o.width() - 215;
        double y = 70;
        s.add(new Scene.Rect(x - 10, y - 25, 210, grid ? 160 : 230, "#fafafa", "#cccccc", 1));
        s.add(new Scene.Text(x, y - 6, "Legend", 14, "start", "#222222", true));
        String[] names = {"With the focal actors", "Against them", "No side"};
        int[] camps = {1, 2, 0};
        for (int i = 0; i < 3; i++) {
            s.add(new Scene.Circle(x + 8, y + 16 + i * 22, 7, Scene.campColour(camps[i]), "#222222", 1, names[i]));
            s.add(new Scene.Text(x + 22, y + 21 + i * 22, names[i], 12, "start", "#222222", false));
        }
        double ly = y + 16 + 3 * 22;
        if (grid) {
            s.add(new Scene.Text(x, ly + 4, "Size: how often named", 12, "start", "#222222", false));
            s.add(new Scene.Text(x, ly + 22, "* analyst's assessment", 12, "start", "#222222", false));
        } else {
            s.add(new Scene.Line(x, ly, x + 30, ly, "#009e73", 2, 0, true));
            s.add(new Scene.Text(x + 38, ly + 4, "cooperation (solid)", 12, "start", "#222222", false));
            s.add(new Scene.Line(x, ly + 22, x + 30, ly + 22, "#cc3311", 2, 6, true));
            s.add(new Scene.Text(x + 38, ly + 26, "conflict (dashed)", 12, "start", "#222222", false));
            s.add(new Scene.Line(x, ly + 44, x + 30, ly + 44, "#bbbbbb", 1, 2, false));
            s.add(new Scene.Text(x + 38, ly + 48, "affiliation (dotted)", 12, "start", "#222222", false));
            s.add(new Scene.Text(x, ly + 70, "Size: influence", 12, "start", "#222222", false));
        }
        int left = a.actors().size() - shownCount;
        if (left > 0) {
            s.add(new Scene.Text(x, o.height() - 40, String.format(Locale.ROOT, "%d more actors not drawn", left), 12,
                    "start", "#555555", false));
        }
    }
}
