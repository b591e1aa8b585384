package dev.parley.importer.text.internal;

import dev.parley.model.ActorType;
import dev.parley.model.Polarity;
import dev.parley.model.knowledge.Gazetteer;
import dev.parley.model.knowledge.KnownEntity;
import dev.parley.model.knowledge.Title;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the extractor looks words up in, compiled once per gazetteer revision: the
 * gazetteer's names as a trie, titles, outlets, speech verbs, relation triggers and word classes.
 */
final class Lexicon {

    /** How a gazetteer phrase names its entity. */
    enum Form { NAME, ALIAS, DEMONYM, METONYM }

    /** A gazetteer phrase's meaning. */
    record Known(KnownEntity entity, Form form) {
    }

    /**
     * A relation trigger, with the flags of relations.tsv: {@code direct}, the one acted for is named
     * right after the phrase ("helped Benin's army", not "helped push the alliance out"); {@code wronged},
     * the side is named only as the owner of what can be wronged ("commitment to Somalia's territorial
     * integrity").
     */
    record Trigger(String category, Polarity polarity, double weight, boolean noun, boolean mutual,
                   boolean flipWhenNegated, boolean agentAfter, boolean direct, boolean wronged) {

        /** A trigger made by a rule rather than read from the lexicon, with neither of the last two flags. */
        Trigger(String category, Polarity polarity, double weight, boolean noun, boolean mutual,
                boolean flipWhenNegated, boolean agentAfter) {
            this(category, polarity, weight, noun, mutual, flipWhenNegated, agentAfter, false, false);
        }
    }

    final Trie<Known> names = new Trie<>();
    final Trie<Title> titles = new Trie<>();
    final Trie<Boolean> outlets = new Trie<>();
    final Trie<Boolean> speech = new Trie<>();
    final Trie<Trigger> triggers = new Trie<>();
    final Trie<String> words = new Trie<>();
    final Map<String, ActorType> orgHeads = new HashMap<>();
    /** The organisations (canonical names) seated in a city, by the city's key ("jakarta": ASEAN). */
    final Map<String, Set<String>> seats = new HashMap<>();
    final Map<String, KnownEntity> byName = new HashMap<>();
    final Map<String, KnownEntity> byCountry = new HashMap<>();
    final Set<String> titleWords = new HashSet<>();
    /** Military ranks as lower-case keys ("colonel", "brigadier general", "brig gen"). */
    final Set<String> ranks = new HashSet<>();

    /**
     * The actor id ({@link TextImporter#slug}) of each known entity's name, made when an article first keeps the
     * entity: most kept actors are known ones, and their ids are the same in every article. Bounded by the
     * gazetteer; shared by the threads that read with this lexicon.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> slugs =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link TextImporter#slug} of a known entity's name (keyed by the gazetteer's own string, whose hash it keeps). */
    String slugOf(KnownEntity known) {
        String name = known.name();
        String s = slugs.get(name);
        if (s == null) {
            s = TextImporter.slug(name);
            slugs.putIfAbsent(name, s);
        }
        return s;
    }
    /** Forms of address ("Mr.", "Dr."), titles of kind honorific, as keys without dots: they are no role. */
    final Set<String> honorifics = new HashSet<>();
    /** Every title as a lower-case key without dots ("director general", "foreign minister"). */
    final Set<String> titleKeys = new HashSet<>();
    /** The lexicons' words, which every token of an article is looked up in once. */
    final Vocabulary vocabulary;
    final long revision;

    Lexicon(Gazetteer gazetteer) {
        this.revision = gazetteer.revision();
        for (KnownEntity e : gazetteer.entities()) {
            byName.put(e.name(), e);
            if (e.type() == ActorType.STATE && e.country() != null) {
                byCountry.put(e.country(), e);
            }
            names.put(e.name(), new Known(e, Form.NAME));
            for (String a : e.aliases()) {
                names.put(a, new Known(e, Form.ALIAS));
                shortenedUn(a, e);
            }
            shortenedUn(e.name(), e);
            for (String d : e.demonyms()) {
                names.put(d, new Known(e, Form.DEMONYM));
            }
            for (String m : e.metonyms()) {
                names.put(m, new Known(e, Form.METONYM));
            }
        }
        for (Title t : gazetteer.titles()) {
            titles.put(t.title(), t);
            titleKeys.add(Doc.key(t.title()).replace(".", ""));
            if (t.kind().equals("military")) {
                ranks.add(Doc.key(t.title()).replace(".", ""));
            } else if (t.kind().equals("honorific")) {
                honorifics.add(Doc.key(t.title()).replace(".", ""));
            }
            for (Token tok : new Doc(t.title()).tokens) {
                titleWords.add(tok.key());
            }
        }
        for (String o : gazetteer.outlets()) {
            outlets.put(o, Boolean.TRUE);
        }
        for (String line : lines("speech.txt")) {
            speech.put(line, Boolean.TRUE);
        }
        for (String line : lines("relations.tsv")) {
            String[] f = line.split("\t", -1);
            Set<String> flags = f.length > 4 ? Set.of(f[4].split(",")) : Set.of();
            Trigger t = new Trigger(f[1], Polarity.of(f[2]), Double.parseDouble(f[3]), flags.contains("noun"),
                    flags.contains("mutual"), flags.contains("coop-if-negated"), flags.contains("agent-after"),
                    flags.contains("direct"), flags.contains("wronged"));
            for (String form : f[0].split("\\|")) {
                triggers.put(form, t);
            }
        }
        for (String line : lines("words.tsv")) {
            String[] f = line.split("\t", -1);
            if (f[1].startsWith("org-head:")) {
                orgHeads.put(Doc.key(f[0]), ActorType.of(f[1].substring("org-head:".length())));
            } else if (f[1].startsWith("seat:")) {
                seats.computeIfAbsent(Doc.key(f[0]), k -> new HashSet<>()).add(f[1].substring("seat:".length()));
            } else {
                words.put(f[0], f[1]);
            }
        }
        Map<String, Integer> firstWords = new HashMap<>();
        Set<String> written = new LinkedHashSet<>(PUNCTUATION);
        int bit = 1;
        for (Trie<?> t : List.of(names, titles, outlets, speech, triggers, words)) {
            t.classify(bit, firstWords);
            t.words(written);
            bit <<= 1;
        }
        written.addAll(WordClass.allWords());
        written.addAll(titleWords);
        written.addAll(orgHeads.keySet());
        this.vocabulary = new Vocabulary(written, firstWords);
        for (Trie<?> t : List.of(names, titles, outlets, speech, triggers, words)) {
            t.index(vocabulary);
        }
    }

    /** Marks and possessives that articles are full of: shared rather than made again for each token. */
    private static final List<String> PUNCTUATION = List.of(",", ".", "\"", "(", ")", "-", ":", ";", "?", "!",
            "'", "'s", "'S", "\u2014", "\u2013", "\u2026", "/", "[", "]", "%", "$", "&");

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the bundle");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The press shortens "United Nations" to "UN" or "U.N." in a body's name ("the U.N. Integrated Office in Haiti"):
     * a name that starts with it is known by the short form too (the dots fall away in the key).
     */
    private void shortenedUn(String name, KnownEntity e) {
        if (name.startsWith("United Nations ")) {
            names.put("UN " + name.substring("United Nations ".length()), new Known(e, Form.ALIAS));
        }
    }
}
