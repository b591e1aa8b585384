package dev.parley.importer.text.internal;

import static dev.parley.importer.text.internal.WordClass.APPOSITION_STOP;
import static dev.parley.importer.text.internal.WordClass.ARMED_ADJECTIVES;
import static dev.parley.importer.text.internal.WordClass.CLAUSE_BREAK;
import static dev.parley.importer.text.internal.WordClass.COMMON_CAPITALISED;
import static dev.parley.importer.text.internal.WordClass.COUP_WORDS;
import static dev.parley.importer.text.internal.WordClass.AUXILIARIES;
import static dev.parley.importer.text.internal.WordClass.PREPOSITIONS;
import static dev.parley.importer.text.internal.WordClass.DETERMINERS;
import static dev.parley.importer.text.internal.WordClass.DOCUMENT_WORDS;
import static dev.parley.importer.text.internal.WordClass.DEMONYM_HEADS;
import static dev.parley.importer.text.internal.WordClass.DESCRIPTION_STARTS;
import static dev.parley.importer.text.internal.WordClass.FUNCTION;
import static dev.parley.importer.text.internal.WordClass.MODIFIED_NOUNS;
import static dev.parley.importer.text.internal.WordClass.NOT_NAME;
import static dev.parley.importer.text.internal.WordClass.ORG_INNER;
import static dev.parley.importer.text.internal.WordClass.PARTICLES;
import static dev.parley.importer.text.internal.WordClass.PLACE_CUES;
import static dev.parley.importer.text.internal.WordClass.PLACE_NOUNS;
import static dev.parley.importer.text.internal.WordClass.PLACE_WORDS;
import static dev.parley.importer.text.internal.WordClass.POWER_VERBS;
import static dev.parley.importer.text.internal.WordClass.PRONOUNS;
import static dev.parley.importer.text.internal.WordClass.SUBORDINATORS;
import static dev.parley.importer.text.internal.WordClass.RECENT_WORDS;
import static dev.parley.importer.text.internal.WordClass.PORTFOLIOS;
import static dev.parley.importer.text.internal.WordClass.RIVALRY;
import static dev.parley.importer.text.internal.WordClass.MISSION_ADJECTIVES;
import static dev.parley.importer.text.internal.WordClass.LOCATIVE;
import static dev.parley.importer.text.internal.WordClass.MEMBERS;
import static dev.parley.importer.text.internal.WordClass.SPEAKERS;
import static dev.parley.importer.text.internal.WordClass.RELATIVE;
import static dev.parley.importer.text.internal.WordClass.STATE_INSTITUTIONS;
import static dev.parley.importer.text.internal.WordClass.COMPASS;
import static dev.parley.importer.text.internal.WordClass.WATERS;
import static dev.parley.importer.text.internal.WordClass.TITLE_SCOPES;

import dev.parley.model.ActorType;
import dev.parley.model.Polarity;
import dev.parley.model.knowledge.KnownEntity;
import dev.parley.model.knowledge.Title;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one article: finds the actors (gazetteer names, persons from titles and appositions,
 * organisations from acronym definitions and name heads), resolves short forms, pronouns and
 * descriptions, then hands quotes and relations to {@link Quotes} and {@link Relations}.
 * Every step is a rule over tokens; nothing is specific to one article.
 */
final class Extractor {

    /** Lower-case nouns after a capitalised name that make it a group: "the X gang", "X rebels". */
    static final WordMap<ActorType> GROUP_NOUNS = new WordMap<>(Map.ofEntries(
            Map.entry("gang", ActorType.ARMED_GROUP), Map.entry("gangs", ActorType.ARMED_GROUP),
            Map.entry("militia", ActorType.ARMED_GROUP), Map.entry("militias", ActorType.ARMED_GROUP),
            Map.entry("rebels", ActorType.ARMED_GROUP), Map.entry("rebel", ActorType.ARMED_GROUP),
            Map.entry("fighters", ActorType.ARMED_GROUP), Map.entry("insurgents", ActorType.ARMED_GROUP),
            Map.entry("militants", ActorType.ARMED_GROUP), Map.entry("jihadists", ActorType.ARMED_GROUP),
            Map.entry("faction", ActorType.ARMED_GROUP), Map.entry("coalition", ActorType.POLITICAL_GROUP),
            Map.entry("movement", ActorType.POLITICAL_GROUP), Map.entry("party", ActorType.POLITICAL_GROUP),
            Map.entry("platform", ActorType.POLITICAL_GROUP), Map.entry("opposition", ActorType.POLITICAL_GROUP),
            Map.entry("group", ActorType.OTHER), Map.entry("network", ActorType.OTHER)));

    /**
     * Lower-case nouns after a defined acronym that say what the body is: those of {@link #GROUP_NOUNS}
     * and a peace operation's, a firm's or a bloc's ("the Kestrel (KSM) mission").
     */
    static final WordMap<ActorType> BRACKET_NOUNS = new WordMap<>(bracketNouns());

    private static Map<String, ActorType> bracketNouns() {
        Map<String, ActorType> m = new HashMap<>(GROUP_NOUNS.asMap());
        m.put("mission", ActorType.MISSION);
        m.put("operation", ActorType.MISSION);
        m.put("force", ActorType.MISSION);
        m.put("alliance", ActorType.POLITICAL_GROUP);
        m.put("company", ActorType.COMPANY);
        m.put("bloc", ActorType.IGO);
        return Map.copyOf(m);
    }

    /** How military rulers name their body, and what they say it is for. */
    static final Words JUNTA_BODIES = Words.of("committee", "council", "movement", "front", "command");
    static final Words JUNTA_AIMS = Words.of("salvation", "safeguard", "safeguarding", "restoration", "transition",
            "transitional", "redemption", "renewal", "refoundation", "rectification", "redressement", "restauration",
            "salut", "sauvegarde", "recovery");

    final Lexicon lex;

    Extractor(Lexicon lex) {
        this.lex = lex;
    }

    Findings read(String text) {
        return new Run(lex, text).go();
    }

    /** Styles of royal and noble persons, no office: "Foreign Minister Prince X", "Emir Sheikh X", "Sir". */
    static final Words STYLES = Words.of("sheikh", "shaikh", "prince", "princess", "sir", "dame");

    /** The actors, quotes and relations found in one article. */
    record Findings(Doc doc, List<Ent> actors, List<Quotes.Found> quotes, List<Relations.Found> relations,
                    List<Dates.Event> events, Run run) {
        Lexicon lexicon() {
            return run.lex;
        }
    }

    /** The state of reading one article. */
    static final class Run {
        final Lexicon lex;
        final Doc d;
        final Mention[] at;
        final boolean[] outlet;
        final Title[] titleAt;
        final int[] titleEnd;
        final List<Ent> ents = new ArrayList<>();
        /** (sized for the actors of a long article: growing it cost 1% of a run) */
        final Map<KnownEntity, Ent> knownEnts = new IdentityHashMap<>(64);
        final Map<String, Ent> acronyms = new HashMap<>();
        final boolean coupContext;
        /** True for tokens between double quotes. */
        final boolean[] inQuote;
        /** Token index pairs [open, close] of the double-quoted spans (see {@link Quotes#spans}). */
        final List<int[]> quoteSpans;
        /** Does the text speak of a war between rivals (set on first use)? */
        private Boolean warring;
        Ent lastStatement;

        Run(Lexicon lex, String text) {
            this.lex = lex;
            this.d = new Doc(text, lex.vocabulary);
            int n = d.size();
            this.at = new Mention[n];
            this.outlet = new boolean[n];
            this.titleAt = new Title[n];
            this.titleEnd = new int[n];
            // The military rulers are a party of their own only where the text sets them against a
            // government it still treats as legitimate: a coup now, or a leader still recognised.
            boolean coupWord = false;
            boolean recentCoup = false;
            for (int i = 0; i < d.size(); i++) {
                if (!d.in(i, COUP_WORDS.bit() | RIVALRY.bit()) || !d.word(i)) {
                    continue; // "power" is a word of the rivalry class
                }
                Token t = d.tok(i);
                if (t.in(COUP_WORDS) || t.is("power") && d.tok(t.index() - 1) != null
                        && d.tok(t.index() - 1).in(POWER_VERBS)) {
                    coupWord = true;
                    // (not "50 years since the 1973 coup", whatever weekday or week is near)
                    if (!yearBefore(t.index()) && recentNear(t.index())) {
                        recentCoup = true;
                        break;
                    }
                }
            }
            this.coupContext = recentCoup || coupWord && legitimacyInText();
            this.inQuote = new boolean[n];
            this.quoteSpans = Quotes.spans(d);
            for (int[] q : quoteSpans) {
                for (int k = q[0] + 1; k < q[1] && k < n; k++) {
                    inQuote[k] = true;
                }
            }
        }

        /**
         * Is a year written right before token i, or one word before it, or after "in" right after it ("the 1973 coup",
         * "the 2021 military coup", "led a coup in 2014")?
         */
        private boolean yearBefore(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
                if (year(k)) {
                    return true;
                }
            }
            return d.is(i + 1, "in") && year(i + 2);
        }

        private boolean year(int k) {
            return d.number(k) && yearLike(d.tok(k).text());
        }

        /** A weekday or "overnight" near token i: the coup is news now, not history. */
        private boolean recentNear(int i) {
            for (int k = Math.max(0, i - 15); k < Math.min(d.size(), i + 15); k++) {
                // ("seized power last week": as recent as a weekday)
                if (d.tok(k).in(RECENT_WORDS) || d.tok(k).is("week") && d.is(k - 1, "last")) {
                    return true;
                }
            }
            return false;
        }

        /** "reinstate", "restore constitutional order", "recognises X as head of state" anywhere in the text. */
        private boolean legitimacyInText() {
            for (int k = 0; k < d.size(); k++) {
                Token t = d.tok(k);
                if (t.is("reinstate") || t.is("reinstated") || t.is("reinstatement") || t.is("restoration")) {
                    return true;
                }
                if ((t.is("recognises") || t.is("recognizes")) && k + 8 < d.size()) {
                    for (int j = k + 1; j <= k + 8; j++) {
                        if (d.tok(j).is("as")) {
                            for (int h = j + 1; h <= j + 4 && h < d.size(); h++) {
                                if (d.tok(h).is("head") || d.tok(h).is("president") || d.tok(h).is("legitimate")) {
                                    return true;
                                }
                            }
                        }
                    }
                }
            }
            return false;
        }

        Findings go() {
            gazetteer();
            datelineOutlet();
            acronymDefinitions();
            provinces();
            localNames();
            armies();
            governmentPhrases();
            governmentAcronyms();
            titles();
            names();
            partyShortNames();
            initialisms();
            shortHeads();
            loyalForces();
            selfNamedGroups();
            surnames();
            surnamesLikeStates();
            counterparts();
            descriptions();
            titleDescriptions();
            peopleTitles();
            partyMembers();
            appositionBodies();
            expertPanels();
            electoralBodies();
            defaultAffiliations();
            missionHeads();
            pronouns();
            missionBases();
            Quotes quotes = new Quotes(this);
            List<Quotes.Found> q = quotes.find();
            Dates dates = new Dates(this);
            List<Relations.Found> r = new Relations(this, quotes, dates).find();
            List<Dates.Event> events = dates.events();
            return new Findings(d, ents, q, r, events, this);
        }

        // ---- helpers ------------------------------------------------------------------------

        Token tok(int i) {
            return d.tok(i);
        }

        /**
         * For a comma at k closing ", which/who ...," or ", of which ...,": the index of the clause's first
         * word, "which", "who" or the preposition (looking back at most {@code limit} tokens, not before
         * {@code from}), else -1.
         */
        int relativeOpening(int k, int from, int limit) {
            for (int j = k - 1; j > from && j >= k - limit; j--) {
                Token t = d.tok(j);
                if (t.isPunct(',') && j > 0 && at[j - 1] != null && at[j + 1] != null && !at[j + 1].ent().isPerson()) {
                    continue; // "personnel from Jamaica, Guatemala and El Salvador": a list inside the clause
                }
                if (t.isPunct(',') && isTitle(j - 1) && at[j + 1] != null && at[j + 1].ent().isPerson()
                        && d.tok(at[j + 1].last() + 1) != null && d.tok(at[j + 1].last() + 1).isPunct(',')) {
                    continue; // "who signed the deal with China's ambassador, Cai Wenliang,": a name inside the clause
                }
                if (t.isPunct(',')) {
                    // "NATO, of which Romania is a member, said": a preposition may lead the clause ("Russia, whose
                    // instructors train the army, has criticised": "whose" opens one too)
                    boolean led = d.word(j + 1) && d.in(j + 1, PREPOSITIONS)
                            && (d.is(j + 2, "which") || d.is(j + 2, "whom"));
                    return led || d.is(j + 1, "which") || d.is(j + 1, "who") || d.is(j + 1, "whose") ? j + 1 : -1;
                }
                if (t.isPunct('.') || t.isPunct(';') || t.kind() == Token.Kind.QUOTE) {
                    return -1;
                }
            }
            return -1;
        }

        boolean free(int a, int b) {
            for (int i = a; i <= b; i++) {
                if (i < 0 || i >= d.size() || at[i] != null || outlet[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Takes away every mention that has a token in [a, b] (none when b < a). */
        private void unmention(int a, int b) {
            for (int i = Math.max(0, a); i <= b && i < at.length; i++) {
                if (at[i] != null) {
                    drop(at[i]);
                }
            }
        }

        /** Takes the mention away from its actor and from every token it covers. */
        private void drop(Mention old) {
            old.ent().mentions.remove(old);
            for (int k = old.first(); k <= old.last(); k++) {
                if (at[k] == old) {
                    at[k] = null;
                }
            }
        }

        Mention mention(int a, int b, Ent e, Mention.Form form) {
            Mention m = new Mention(a, b, e, form);
            for (int i = a; i <= b; i++) {
                if (at[i] != null && at[i] != m) {
                    drop(at[i]);
                }
                at[i] = m;
            }
            e.mentions.add(m);
            if (form != Mention.Form.PRONOUN && form != Mention.Form.DESCRIPTION
                    && !(d.spanIs(a, b, e.lastSurface) && e.aliases.contains(e.lastSurface))) {
                // (most mentions repeat the one before, already an alias: no new string to make and hash)
                e.lastSurface = d.span(a, b);
                e.alias(e.lastSurface);
            }
            return m;
        }

        /**
         * "Islamic State fighters overran an army post" in a text that names the Islamic State West Africa
         * Province: an armed group's parent, where the text names one branch of it by a name that begins with the
         * parent's, stands for that branch.
         */
        private void provinces() {
            for (Ent parent : new ArrayList<>(ents)) {
                if (parent.known == null || parent.type != ActorType.ARMED_GROUP) {
                    continue;
                }
                Ent branch = null;
                int branches = 0;
                for (Ent e : ents) {
                    if (e != parent && e.known != null && parent.known.name().equals(e.known.parent())
                            && e.mentions.stream().anyMatch(m -> d.span(m.first(), m.last())
                                    .startsWith(parent.name + " "))) {
                        branch = e;
                        branches++;
                    }
                }
                if (branches != 1) {
                    continue;
                }
                if (!namedAsParent(parent)) {
                    absorb(parent, branch);
                    knownEnts.put(parent.known, branch);
                    continue;
                }
                // ("Islamic State West Africa Province, an affiliate of the Islamic State, ... Islamic State fighters"):
                // the parent named as such stays itself there, and stands for the branch everywhere else
                for (Mention m : new ArrayList<>(parent.mentions)) {
                    if (!asParent(m)) {
                        mention(m.first(), m.last(), branch, m.form());
                    }
                }
                parentsApart.add(parent);
            }
        }

        /** Armed groups the text names as a branch's parent, kept apart from the branch ({@link #provinces}). */
        private final Set<Ent> parentsApart = new HashSet<>();

        /**
         * Is the armed group, named as a parent ("pledged allegiance to Islamic State"), the parent of another armed group
         * the text names: a branch it keeps apart, or any other armed group ("the ADF ... pledged allegiance to Islamic
         * State ... the Ugandan rebels")? Then "the rebels", "the group" are never the parent.
         */
        private boolean parentOfAnother(Ent parent) {
            if (parent.type != ActorType.ARMED_GROUP) {
                return false;
            }
            if (parentsApart.contains(parent)) {
                return true;
            }
            for (Ent e : ents) {
                if (e != parent && e.type == ActorType.ARMED_GROUP && !e.mentions.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** Adverbs between "known" and "as": "known locally as", "also known as". */
        private static final Words KNOWN_HOW = Words.of("locally", "widely", "also", "commonly", "popularly");

        /** Nouns of a group a name is set beside: "X, the group known locally as Y". */
        private static final Words LOCAL_NAME_NOUNS = Words.of("group", "movement", "militia", "faction", "insurgency",
                "organisation", "organization", "party", "network");

        /**
         * "Islamic State Mozambique Province, the group known locally as al-Shabab,": a name the gazetteer knows for
         * another body (Somalia's al-Shabaab) is, in this text, the named group's other name; every mention of it is the
         * group's.
         */
        private void localNames() {
            for (int i = d.firstWithKey("as"); i >= 0; i = d.nextWithKey(i)) {
                int k = d.word(i - 1) && KNOWN_HOW.contains(tok(i - 1)) ? i - 2 : i - 1;
                Mention other = mentionAt(i + 1);
                if (!(d.is(k, "known") || d.is(k, "called")) || other == null || other.first() != i + 1
                        || !d.word(k - 1) || !LOCAL_NAME_NOUNS.contains(tok(k - 1))) {
                    continue;
                }
                int s = k - 1;
                while (s > k - 5 && d.word(s - 1) && !d.capitalised(s - 1) && !d.is(s - 1, "the")) {
                    s--;
                }
                Mention named = d.is(s - 1, "the") && tok(s - 2) != null && tok(s - 2).isPunct(',') ? mentionAt(s - 3) : null;
                if (named == null || named.last() != s - 3 || named.ent() == other.ent() || other.ent().known == null
                        || named.ent().type != ActorType.ARMED_GROUP && named.ent().type != ActorType.POLITICAL_GROUP
                        || other.ent().type != named.ent().type) {
                    continue;
                }
                KnownEntity known = other.ent().known;
                absorb(other.ent(), named.ent());
                knownEnts.put(known, named.ent()); // (the gazetteer's body of the name is this group's in this text)
            }
        }

        /** Words that tie a branch to its parent: "linked to the Islamic State", "pledged allegiance to". */
        private static final Words PARENT_LINKS = Words.of("linked", "allegiance", "affiliated", "affiliate", "loyalty",
                "ties", "links", "branch", "offshoot", "wing", "franchise", "part", "province", "loyal", "tied");

        /**
         * Does the text name the armed group as a branch's parent ("insurgents linked to the Islamic State", "pledged
         * allegiance to the Islamic State"), so that it stands for itself, not for the branch?
         */
        private boolean namedAsParent(Ent parent) {
            for (Mention m : parent.mentions) {
                if (asParent(m)) {
                    return true;
                }
            }
            return false;
        }

        /** Is the mention named as someone's parent: "linked to the Islamic State", "allegiance to al-Qaeda"? */
        private boolean asParent(Mention m) {
            int p = m.first() - 1;
            p -= d.is(p, "the") ? 1 : 0;
            return (d.is(p, "to") || d.is(p, "with") || d.is(p, "of")) && d.word(p - 1) && PARENT_LINKS.contains(tok(p - 1));
        }

        /**
         * "A U.N. panel of experts has accused ...", "UN experts link UAE to RSF arms flights" in a text that names the
         * Panel of Experts on Libya: the UN's experts are that panel, the one panel (or group) of experts the text
         * names, wherever it names it.
         */
        private void expertPanels() {
            Ent panel = null;
            for (Ent e : ents) {
                if (e.type == ActorType.IGO && !e.mentions.isEmpty() && (e.name.contains("Panel of Experts")
                        || e.name.contains("Group of Experts"))) {
                    if (panel != null) {
                        return; // (two panels: which one the UN's experts are, the words do not say)
                    }
                    panel = e;
                }
            }
            if (panel == null) {
                return;
            }
            for (Ent un : new ArrayList<>(ents)) {
                if (!theUn(un)) {
                    continue;
                }
                for (Mention m : new ArrayList<>(un.mentions)) {
                    int k = m.last() + 1;
                    int end = -1;
                    if (d.is(k, "experts")) {
                        end = k; // "UN experts"
                    } else if ((d.is(k, "panel") || d.is(k, "group")) && !d.capitalised(k)) {
                        end = d.is(k + 1, "of") && d.is(k + 2, "experts") ? k + 2 : k; // "a U.N. panel of experts"
                    }
                    if (end > 0 && !d.capitalised(end)) {
                        mention(m.first(), end, panel, Mention.Form.DESCRIPTION);
                    }
                }
            }
        }

        /** Gives every mention of {@code from} to {@code into} and drops {@code from}: the two are one actor. */
        private void absorb(Ent from, Ent into) {
            for (Mention m : new ArrayList<>(from.mentions)) {
                mention(m.first(), m.last(), into, m.form());
            }
            ents.remove(from);
            for (Ent e : ents) {
                if (e.affiliation == from) {
                    e.affiliation = into; // ("the Forum's secretary general": the body the short name stands for)
                }
            }
        }

        Ent known(KnownEntity k) {
            Ent e = knownEnts.get(k);
            if (e == null) {
                e = new Ent(k.name(), k.type(), k);
                ents.add(e);
                knownEnts.put(k, e);
            }
            return e;
        }

        /** Gives a person a role, unless it is only a form of address ("Mr. Kellner": "Mr." says nothing). */
        void role(Ent e, String role) {
            if (role == null || !lex.honorifics.contains(Doc.key(role.strip()).replace(".", ""))) {
                e.role(role);
            }
        }

        /**
         * The actor of this name and type that the text has named before (an organisation named twice, "the
         * Sahel Front ... the Sahel Front", is one actor), else a new one. Persons are never merged here:
         * {@link #personFor} decides who is who.
         */
        Ent newEnt(String name, ActorType type) {
            if (type != ActorType.PERSON) {
                for (Ent e : ents) {
                    if (e.known == null && e.type == type && e.name.equalsIgnoreCase(name)) {
                        return e;
                    }
                }
            }
            Ent e = new Ent(name, type, null);
            ents.add(e);
            return e;
        }

        /** The mention that a token belongs to, if any. */
        Mention mentionAt(int i) {
            return i >= 0 && i < at.length ? at[i] : null;
        }

        /** "al-Qaida-linked", "an al-Qaida affiliate": the actor only qualifies another noun. */
        boolean modifier(Mention m) {
            Token n = tok(m.last() + 1);
            if (n == null) {
                return false;
            }
            if (beforeHyphenedParticiple(m)) {
                return true;
            }
            return n.isWord() && !n.capitalised() && n.in(MODIFIED_NOUNS);
        }

        /** Is the mention the first part of "X-linked", "X-backed": a side named to qualify another? */
        boolean beforeHyphenedParticiple(Mention m) {
            Token n = tok(m.last() + 1);
            return n != null && n.isPunct('-') && n.joined() && tok(m.last() + 2) != null
                    && tok(m.last() + 2).key().endsWith("ed");
        }

        /** "fighters from the 3R armed group ambushed a patrol": the side the fighters are of acts through them. */
        boolean memberOf(Mention m) {
            int p = m.first() - 1;
            if (d.is(p, "the")) {
                p--;
            }
            if (m.ent().isState()) {
                return stateForcesFrom(p); // (not "militants from Afghanistan": where they come from, not who sent them)
            }
            if (p < 1 || !(d.is(p, "of") || d.is(p, "from")) || !d.word(p - 1)) {
                return false;
            }
            if (d.in(p - 1, MEMBERS)) {
                return true;
            }
            // "Russian instructors of the Africa Corps": trainers or advisers of the group's own country are its
            // members (not "Iranian advisers of the Houthis", sent to a group abroad)
            Mention nation = p >= 2 ? at[p - 2] : null;
            return TRAINERS.contains(tok(p - 1)) && nation != null && nation.form() == Mention.Form.DEMONYM
                    && nation.ent().country != null && nation.ent().country.equals(m.ent().country);
        }

        /** A state's own men in arms and uniform, who act for it wherever they come from: "troops from Eritrea". */
        static final Words FORCES_OF_STATES = Words.of("troops", "soldiers", "forces", "police", "policemen", "officers",
                "peacekeepers", "personnel", "contingent", "contingents", "units", "sailors", "marines", "gendarmes",
                "commandos", "guards");

        /**
         * Is the token before a state's name at p (past "the") "from" after a noun of its forces: "Troops from
         * Eritrea fought alongside the army", "soldiers from neighbouring Rwanda attacked ..."?
         */
        private boolean stateForcesFrom(int p) {
            if (d.is(p, "neighbouring") || d.is(p, "neighboring")) {
                p--;
            }
            return p >= 1 && d.is(p, "from") && d.word(p - 1) && FORCES_OF_STATES.contains(tok(p - 1));
        }

        /** People a side sends to train or advise, who may be of a group ("instructors of the X") or sent to it. */
        static final Words TRAINERS = Words.of("instructors", "trainers", "advisers", "advisors");

        boolean possessiveAfter(Mention m) {
            Token t = tok(m.last() + 1);
            return t != null && t.kind() == Token.Kind.POSSESSIVE;
        }

        // ---- 1. gazetteer -----------------------------------------------------------------

        /** Particles inside place and family names: "Mocimboa da Praia", "Vila de Lima". */
        private static final Words NAME_PARTICLES = Words.of("da", "de", "do", "dos", "das", "del", "di", "du",
                "la", "el");

        private void gazetteer() {
            int bits = lex.outlets.bit() | lex.names.bit();
            for (int i = 0; i < d.size(); i++) {
                if (!d.word(i) && !d.number(i) || (d.lexicons(i) & bits) == 0) {
                    continue; // no name or outlet starts here (a number may: "3R", "400 Mawozo")
                }
                Trie.Match<Boolean> om = lex.outlets.longest(d, i, true);
                Trie.Match<Lexicon.Known> km = lex.names.longest(d, i, true);
                if (om != null && (km == null || om.last() >= km.last()) && !nameRunsOn(i, om.last())
                        && !insideLongerName(om.first(), om.last())) {
                    int last = om.last();
                    // "AFP news agency"
                    if (tok(last + 1) != null && (tok(last + 1).is("news") || tok(last + 1).is("agency"))) {
                        last++;
                        if (tok(last + 1) != null && tok(last + 1).is("agency")) {
                            last++;
                        }
                    }
                    int acted = outletActedOn(i);
                    if (acted >= 0) {
                        // "Niger suspended the BBC": an outlet a side acts on is a party, not a source (and the people's
                        // word of its description no state: "the German public broadcaster Deutsche Welle")
                        Ent e = newEnt(d.span(i, last), ActorType.COMPANY);
                        unmention(acted, i - 1);
                        mention(i, last, e, Mention.Form.NAME);
                    } else {
                        markOutlet(i, last);
                        last = journalistAfter(last);
                    }
                    i = last;
                    continue;
                }
                if (km == null) {
                    continue;
                }
                Lexicon.Known known = km.value();
                int check = knownNameCheck(km, i);
                if (check == PAST_IT) {
                    i = km.last();
                    continue;
                }
                if (check == SKIP_IT) {
                    continue;
                }
                Mention.Form form = switch (known.form()) {
                    case NAME -> Mention.Form.NAME;
                    case ALIAS -> Mention.Form.ALIAS;
                    case DEMONYM -> Mention.Form.DEMONYM;
                    case METONYM -> Mention.Form.METONYM;
                };
                // A capitalised common word at the start of a sentence is no name ("Chad" is, "May" is not).
                Ent e = known(known.entity());
                if (form == Mention.Form.DEMONYM && !strongDemonym(km.last())) {
                    e.weak = e.mentions.isEmpty() || e.weak;
                }
                Mention made = mention(km.first(), km.last(), e, form);
                List<KnownEntity> others = km.others().isEmpty() ? List.of() : otherEntities(km, known.entity());
                if (!others.isEmpty()) {
                    ambiguous.add(new Ambiguous(made, others));
                }
                i = km.last();
            }
            // "Brussels" (Belgium's capital, the EU's seat): the one the text also names otherwise
            for (Ambiguous a : ambiguous) {
                Mention m = a.mention();
                if (at[m.first()] != m || namedOtherwise(m.ent())) {
                    continue;
                }
                for (KnownEntity other : a.others()) {
                    Ent alt = knownEnts.get(other);
                    if (alt != null && alt != m.ent() && namedOtherwise(alt)) {
                        // (in the same form: "Congolese" stays an adjective of the other Congo)
                        mention(m.first(), m.last(), alt,
                                m.form() == Mention.Form.NAME ? Mention.Form.ALIAS : m.form());
                        break;
                    }
                }
            }
            // An entity named only by weak demonyms ("Malian population") is no party yet.
            for (Ent e : ents) {
                boolean weak = true;
                for (int k = 0; k < e.mentions.size() && weak; k++) {
                    Mention m = e.mentions.get(k);
                    weak = m.form() == Mention.Form.DEMONYM && !strongDemonym(m.last());
                }
                e.weak = weak;
            }
        }

        /**
         * Is the state's name or capital matched by {@code km} part of a place's name: "the Congo River", "the Niger
         * Delta", and for a capital "Kabul province", "the Lower Juba region"? (Not "Somalia's Puntland region", whose
         * name is that of its government.)
         */
        private boolean partOfAPlace(Trie.Match<Lexicon.Known> km, Token prev, Token next) {
            Lexicon.Known known = km.value();
            boolean capital = known.form() == Lexicon.Form.METONYM;
            return (capital || known.form() == Lexicon.Form.NAME) && known.entity().type() == ActorType.STATE
                    && next != null && next.isWord() && (RIVERS.contains(next) || capital && LAND_NOUNS.contains(next))
                    || capital && prev != null && prev.isWord() && prev.capitalised()
                    && (prev.in(COMPASS) || prev.is("middle")) && at[km.first() - 1] == null;
        }

        /**
         * Does a capital's name open the name of a body, capitalised words that end in a body's word ("the Baku
         * Initiative Group", "the Kabul Bank")? Then it names no state; the name is read whole later.
         */
        private boolean capitalOpensABodysName(Trie.Match<Lexicon.Known> km) {
            if (km.value().form() != Lexicon.Form.METONYM || km.first() != km.last()) {
                return false;
            }
            for (int k = km.last() + 1; k <= km.last() + 3 && d.capitalised(k) && !d.allCaps(k); k++) {
                if (lex.names.startsAt(d, k) && lex.names.longest(d, k, true) != null) {
                    return false; // "the Moscow Security Council"? a known body's name follows: the city qualifies it
                }
                if (lex.orgHeads.containsKey(tok(k).key()) && !(d.capitalised(k + 1) && !d.allCaps(k + 1))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Is the one capitalised word at a the name of a people, not of a group: elsewhere in the text the people's
         * word before "people" or "community", before "-led", or opening a longer name ("the Ta'ang people", "the
         * Kurdish-led SDF", "the Oromo Liberation Army")? Then "Kurdish militia" names no group of its own.
         */
        /**
         * Does the "a" or "an" at token k open a description of the body named before its comma ("the Democratic Forces
         * for the Liberation of Rwanda (FDLR), a Hutu militia": the word before "militia" describes the FDLR)?
         */
        private boolean describesTheBodyBefore(int k) {
            if (!(d.is(k, "a") || d.is(k, "an")) || tok(k - 1) == null || !tok(k - 1).isPunct(',') || k < 3) {
                return false;
            }
            Mention m = tok(k - 2).isPunct(')') ? at[k - 3] : at[k - 2];
            return m != null && !m.ent().isPerson() && !m.ent().isState() && m.form() != Mention.Form.PRONOUN;
        }

        private boolean aPeoplesWord(int a) {
            String key = tok(a).key();
            for (int k = d.firstWithKey(key); k >= 0; k = d.nextWithKey(k)) {
                if (k == a || !d.capitalised(k)) {
                    continue;
                }
                if (d.is(k + 1, "people") || d.is(k + 1, "community") || d.is(k + 1, "communities")
                        || d.tok(k + 1) != null && tok(k + 1).isPunct('-') && d.is(k + 2, "led")
                        || d.capitalised(k + 1) && !d.allCaps(k + 1) && tok(k + 1).sentence() == tok(k).sentence()) {
                    return true;
                }
            }
            return false;
        }

        /** Nouns of land and rivers after a name that make it part of a place's name: "the Juba river", "Kabul province". */
        private static final Words LAND_NOUNS = Words.of("region", "regions", "river", "valley", "delta", "basin",
                "province", "district", "districts", "governorate", "corridor");

        /** Nouns of rivers and their land after a state's name that make it a river's: "the Niger Delta". */
        private static final Words RIVERS = Words.of("river", "valley", "delta", "basin");

        /** Nouns before "of government" that make the phrase a kind or a change of rule, not a government. */
        private static final Words KINDS_OF_GOVERNMENT = Words.of("change", "changes", "form", "forms", "system",
                "systems", "type", "kind", "branch", "branches", "level", "levels", "seat", "transfer", "handover");

        /**
         * Words before a nation's people that make them a population, not the state: "ethnic Albanians", "local Serbs".
         * (Not "armed Serbs": the relation rules read those as the state's side, and "armed" as no act of arming.)
         */
        private static final Words POPULATION_QUALIFIERS = Words.of("ethnic", "local", "fellow", "ordinary");

        /** Words that open the names of a state's own bodies: "National Security Council", "Supreme Court". */
        private static final Words BODY_PREFIXES = Words.of("national", "supreme", "federal", "transitional", "sovereign",
                "revolutionary", "military", "presidential", "interim", "higher", "high", "constitutional");

        /** What {@link #knownNameCheck} says of a match: a name to take, a word to pass, or a match to pass whole. */
        private static final int TAKE_IT = 0;
        private static final int SKIP_IT = 1;
        private static final int PAST_IT = 2;

        /**
         * Is the known body's name of several words matched after the adjective of another country than its own
         * ("Sudan's Sudanese Congress Party", not India's Congress Party)? (Part of {@link #knownNameCheck}, split off
         * to keep it small enough for C2.)
         */
        private boolean otherCountrysBody(Trie.Match<Lexicon.Known> km, Mention nation) {
            KnownEntity known = km.value().entity();
            return km.value().form() != Lexicon.Form.METONYM && km.last() > km.first() && nation != null
                    && nation.last() == km.first() - 1 && nation.form() == Mention.Form.DEMONYM && nation.ent().isState()
                    && ORG_TYPES.contains(known.type()) && known.country() != null && nation.ent().country != null
                    && !known.country().equals(nation.ent().country);
        }

        /**
         * Is the gazetteer's match {@code km} at token i the known name it looks like ({@link #TAKE_IT}), or the
         * text's other use of its words: a surname, part of a longer name, a body of water ({@link #SKIP_IT} to read
         * on from the next token, {@link #PAST_IT} to read on past the match)? (Part of {@link #gazetteer}: one
         * method too large for C2 to inline the small calls it makes; see the README's Development section.)
         */
        private int knownNameCheck(Trie.Match<Lexicon.Known> km, int i) {
            Lexicon.Known known = km.value();
            Token prev = tok(km.first() - 1);
            int other = otherUseOfAName(km, prev);
            if (other != TAKE_IT) {
                return other;
            }
            if (known.form() == Lexicon.Form.METONYM && km.first() == km.last() && prev != null
                    && km.first() - 1 > d.sentenceStart(prev.sentence()) // not "Unlike Moscow, ..."
                    && !(prev.paragraph() != tok(km.first()).paragraph() && datelineLike(km.first()))
                    && prev.kind() == Token.Kind.WORD && prev.capitalised() && prev.lexicons() == 0
                    && prev.classes() == 0 && at[km.first() - 1] == null && !outlet[km.first() - 1]) {
                return SKIP_IT; // "Paulo Lima", "Ana Paris": a capital's name as a person's surname
            }
            if (known.form() == Lexicon.Form.METONYM && prev != null && prev.isWord() && !prev.capitalised()
                    && NAME_PARTICLES.contains(prev) && d.capitalised(km.first() - 2)) {
                return SKIP_IT; // "Mocimboa da Praia", "Sao Tome de Lima": the end of a longer place name
            }
            Mention nation = km.first() > 0 ? at[km.first() - 1] : null;
            if (known.form() == Lexicon.Form.ALIAS && known.entity().type() == ActorType.IGO && nation != null
                    && km.last() > km.first() && mentionedAsState(nation, km.first(), km.last())) {
                return PAST_IT; // "the Russian Security Council": the state's own, not the UN's
            }
            if (known.form() == Lexicon.Form.ALIAS && km.first() == km.last() && prev != null && prev.capitalised()
                    && prev.in(COMPASS) && at[km.first() - 1] == null) {
                return SKIP_IT; // "South America", "Latin America": a region, not the state called "America"
            }
            if (otherCountrysBody(km, nation)) {
                return PAST_IT; // "the Sudanese Congress Party": another country's party of that name, not India's
            }
            if (known.form() == Lexicon.Form.NAME && km.last() > km.first() && prev != null && prev.isWord()
                    && prev.capitalised() && !prev.allCaps() && at[km.first() - 1] == null
                    && !outlet[km.first() - 1] && !prev.in(NOT_NAME)
                    && km.first() - 1 > d.sentenceStart(prev.sentence())
                    && ORG_TYPES.contains(known.entity().type())) {
                return PAST_IT; // "the United Democratic Party": a longer name than the known "Democratic Party"
            }
            if (known.entity().type() == ActorType.IGO && km.last() > km.first() && prev != null && prev.isWord()
                    && prev.capitalised() && !prev.allCaps() && at[km.first() - 1] == null && km.first() >= 3
                    && tok(km.first() - 2).kind() == Token.Kind.POSSESSIVE && at[km.first() - 3] != null
                    && at[km.first() - 3].ent().isState()) {
                ownBodies.add(Doc.key(d.span(km.first() - 1, km.last())));
                return PAST_IT; // "Iraq's National Security Council": a state's own body, not the UN's "Security Council"
            }
            if (known.form() == Lexicon.Form.ALIAS && known.entity().type() == ActorType.IGO && km.last() > km.first()
                    && prev != null && prev.isWord() && prev.capitalised() && !prev.allCaps() && at[km.first() - 1] == null
                    && !outlet[km.first() - 1] && !prev.in(NOT_NAME)
                    && (km.first() - 1 > d.sentenceStart(prev.sentence()) || BODY_PREFIXES.contains(prev))) {
                return PAST_IT; // "National Security Council spokesperson X": a longer name, a state's own body, not the UN's
            }
            if (known.entity().type() == ActorType.IGO && km.last() > km.first() && prev != null && prev.isWord()
                    && prev.capitalised() && at[km.first() - 1] == null && !ownBodies.isEmpty()
                    && ownBodies.contains(Doc.key(d.span(km.first() - 1, km.last())))) {
                return PAST_IT; // "the National Security Council" after "Iraq's National Security Council": Iraq's again
            }
            Token next = tok(km.last() + 1);
            Token after = tok(km.last() + 2);
            if ((known.form() == Lexicon.Form.DEMONYM || known.form() == Lexicon.Form.NAME) && next != null
                    && next.kind() == Token.Kind.WORD && next.capitalised() && next.in(WATERS)) {
                return PAST_IT; // "the Philippine Sea", "the Taiwan Strait": a body of water
            }
            if (partOfAPlace(km, prev, next) || capitalOpensABodysName(km)) {
                return PAST_IT; // "the Niger Delta", "the Lower Juba region", "the Baku Initiative Group"
            }
            if (known.form() == Lexicon.Form.NAME && km.first() == km.last() && prev != null && next != null
                    && prev.isWord() && prev.capitalised() && prev.lexicons() == 0 && prev.classes() == 0
                    && at[km.first() - 1] == null && !prev.allCaps() && next.isWord() && next.capitalised()
                    && next.lexicons() == 0 && next.classes() == 0 && !next.allCaps()
                    && next.sentence() == prev.sentence()) {
                return PAST_IT; // "Gabriela Montenegro Solis": a state's name between a given name and a surname
            }
            if (known.form() == Lexicon.Form.NAME && km.first() == km.last()
                    && known.entity().type() == ActorType.STATE && km.last() + 1 < d.size()
                    && givenNameLikeAState(km.last() + 1)) {
                return SKIP_IT; // "Defence Minister Israel Katz", "Jordan Bardella, the party's leader,": a person
            }
            if (known.form() == Lexicon.Form.DEMONYM && regionsAdjective(km, prev)) {
                return SKIP_IT; // "the two South American neighbours", "Latin American leaders": a region's, no state's
            }
            if (known.form() == Lexicon.Form.DEMONYM && km.first() == km.last() && partyName(km.first())) {
                return SKIP_IT; // "the ruling Georgian Dream party": the people's adjective starts the party's name
            }
            if (known.form() == Lexicon.Form.DEMONYM && km.first() == km.last() && d.is(km.first() - 1, "the")
                    && civicBodyName(km.first())) {
                return SKIP_IT; // "the Bolivian Workers' Center": a union or a party named with its nation's adjective
            }
            boolean national = known.form() == Lexicon.Form.DEMONYM || known.form() == Lexicon.Form.NAME;
            if (national && km.first() == km.last() && known.entity().type() == ActorType.STATE
                    && d.is(km.first() - 1, "the")
                    && partyHead(km.last() + 1) && !d.capitalised(km.last() + 2)
                    && !((d.is(km.last() + 2, "of") || d.is(km.last() + 2, "for") || d.is(km.last() + 2, "and"))
                    && d.capitalised(km.last() + 3))) { // (not "the Angolan Party of Labour")
                return SKIP_IT; // "the Serbian List", "the Armenia Alliance": a party named after the country
            }
            int of = d.is(km.first(), "the") ? km.first() - 1 : km.first() - 2; // ("the West" may take its "the")
            // (a body's head word before it: not "the President of the United States Joe X", nor "Grace Mutua of
            // the Kenya Police Service")
            if (of >= 1 && d.is(of, "of") && d.is(of + 1, "the") && d.capitalised(of - 1) && at[of - 1] == null
                    && (lex.orgHeads.containsKey(tok(of - 1).key()) || LEARNING_BODIES.contains(tok(of - 1)))
                    && d.capitalised(km.last() + 1) && !d.allCaps(km.last() + 1)
                    && tok(km.last() + 1).sentence() == tok(km.first()).sentence()) {
                return PAST_IT; // "the University of the West Indies": the middle of a longer name
            }
            if (known.form() == Lexicon.Form.NAME && prev != null && prev.is("of") && tok(km.first() - 2) != null
                    && tok(km.first() - 2).capitalised() && tok(km.first() - 2).in(WATERS)) {
                return PAST_IT; // "the Gulf of Guinea", "the Bay of Bengal": a body of water
            }
            if (known.form() == Lexicon.Form.NAME && prev != null && prev.is("lake") && prev.capitalised()) {
                return PAST_IT; // "the shores of Lake Chad", "Lake Malawi": a lake named after the country
            }
            if (known.form() == Lexicon.Form.METONYM && km.first() == km.last() && talksNoun(km.last() + 1)) {
                return PAST_IT; // "the Vienna Convention", "the Astana process": a text or talks named after a city
            }
            if (known.form() == Lexicon.Form.METONYM && km.first() == km.last() && next != null
                    && next.kind() == Token.Kind.WORD && next.capitalised() && next.lexicons() == 0 && next.classes() == 0
                    && next.sentence() == tok(i).sentence() && !next.allCaps()
                    && (after == null || !after.capitalised()) && (prev == null || !prev.in(LOCATIVE))) {
                return SKIP_IT; // "Sofia Renner", "Victoria Mensah": a capital's name as a person's given name
            }
            return TAKE_IT;
        }

        /**
         * The first of {@link #knownNameCheck}'s tests (split off so that it stays small enough for C2): a group's
         * one-word name as a person's surname, a nation's people, a compass word that starts a place's name.
         */
        private int otherUseOfAName(Trie.Match<Lexicon.Known> km, Token prev) {
            Lexicon.Known known = km.value();
            Trie.Match<Title> title = known.form() == Lexicon.Form.METONYM && lex.titles.startsAt(d, km.first())
                    ? lex.titles.longest(d, km.first(), false) : null;
            if (title != null && title.last() > km.last()) {
                return SKIP_IT; // "Deputy Treasury Secretary X": the seat's word opens a title
            }
            if (known.form() == Lexicon.Form.ALIAS && km.first() == km.last() && known.entity().type() != ActorType.STATE
                    && prev != null && prev.kind() == Token.Kind.WORD && prev.capitalised() && !prev.allCaps()
                    && prev.lexicons() == 0 && prev.classes() == 0 && at[km.first() - 1] == null
                    && !outlet[km.first() - 1] && km.first() - 1 > d.sentenceStart(prev.sentence())
                    && d.capitalised(km.first() - 2) && !d.allCaps(km.first() - 2)) {
                // "Foreign Minister Therese Kayikwamba Wagner": a group's one-word name as the last of a person's names
                return SKIP_IT;
            }
            if (known.form() == Lexicon.Form.DEMONYM && km.first() == km.last() && tok(km.first()).key().endsWith("s")
                    && prev != null && prev.isWord() && POPULATION_QUALIFIERS.contains(prev)) {
                return SKIP_IT; // "ethnic Albanians", "local Kurds": people of a nation, not its state
            }
            if (d.in(km.last(), COMPASS) && d.capitalised(km.last() + 1) && !d.allCaps(km.last() + 1)
                    && tok(km.last() + 1).sentence() == tok(km.last()).sentence()) {
                return SKIP_IT; // "the West African country", "the West Bank": a place's name, not "the West"
            }
            return TAKE_IT;
        }

        /**
         * Is token k a text or a round of talks that a place may name: "the Vienna Convention", "the Minsk
         * agreements", "the Astana process", "the Doha talks"?
         */
        boolean talksNoun(int k) {
            return d.word(k) && (d.in(k, DOCUMENT_WORDS) || d.is(k, "process") || d.is(k, "talks")
                    || d.is(k, "format"));
        }

        /**
         * Do capitalised words that no gazetteer name starts follow the demonym at k, joined by a plural's possessive,
         * and end in the head word of a party's or another civic body's name ("the Bolivian Workers' Center", "the
         * Sudanese Professionals' Association")? (Not a state's own body: "the Nigerian Army", "the Kenyan Police".)
         */
        private boolean civicBodyName(int k) {
            int e = k + 1;
            boolean joint = false;
            while (d.capitalised(e) && at[e] == null && !isTitle(e) && tok(e).sentence() == tok(k).sentence()
                    && ((d.lexicons(e) & lex.names.bit()) == 0 || lex.names.longest(d, e, true) == null)) {
                if (nameJoint(e + 1)) {
                    joint = true;
                    e += 2;
                } else {
                    e++;
                }
            }
            ActorType head = e - 1 > k + 1 ? lex.orgHeads.get(tok(e - 1).key()) : null;
            return joint && (head == ActorType.OTHER || head == ActorType.POLITICAL_GROUP);
        }

        /** Does the name [a, b] join its words by "-e-" or "-ul-" ("Jamaat-e-Islami", "Ansar-ul-Islam")? */
        private boolean izafeName(int a, int b) {
            for (int k = a + 1; k < b; k++) {
                if ((d.is(k, "e") || d.is(k, "ul")) && !d.capitalised(k)
                        && tok(k - 1).isPunct('-') && tok(k + 1).isPunct('-')) {
                    return true;
                }
            }
            return false;
        }

        /** Heads of party names that follow a country's name or adjective: "the Serbian List". */
        private static final Words PARTY_HEADS = Words.of("list", "alliance", "front", "movement", "party",
                "coalition", "bloc", "platform", "congress");

        /** Is token k such a head, capitalised, with no known name starting at it? */
        private boolean partyHead(int k) {
            return d.capitalised(k) && !d.allCaps(k) && PARTY_HEADS.contains(tok(k))
                    && ((d.lexicons(k) & lex.names.bit()) == 0 || lex.names.longest(d, k, true) == null);
        }

        /**
         * Does the demonym at k start a party's name? So it does when capitalised words no lexicon knows follow it,
         * then "party", with "ruling" or "opposition" before it ("the ruling Georgian Dream party"), or with "the" (or
         * the sentence's start) before it and plain words ({@link #plainWords}: "the Georgian Dream party"); or when
         * the text has named the party so already ("Georgian Dream, which has governed since 2012").
         */
        private boolean partyName(int k) {
            int e = k + 1;
            while (d.capitalised(e) && d.lexicons(e) == 0 && d.keyId(e) < 0 && tok(e).sentence() == tok(k).sentence()) {
                e++;
            }
            if (e == k + 1) {
                return false;
            }
            boolean opens = d.is(k - 1, "the") || k == d.sentenceStart(tok(k).sentence());
            if (partyAfter(e - 1) && (partyBefore(k) || opens && plainWords(k + 1, e - 1))) {
                partyNames.add(Doc.key(d.span(k, e - 1))); // (not "the far-right German AfD party")
                return true;
            }
            return partyNames.contains(Doc.key(d.span(k, e - 1)));
        }

        /**
         * Are the words [a, b] written as plain words, a capital and then lower case only ("Dream", not "AfD" or "PiS")?
         * A party that names itself with its nation's adjective ("the Georgian Dream party") is told so apart from
         * a party the text qualifies with its nation ("the far-right German AfD party").
         */
        private boolean plainWords(int a, int b) {
            for (int i = a; i <= b; i++) {
                String w = tok(i).text();
                for (int c = 1; c < w.length(); c++) {
                    if (!Character.isLowerCase(w.charAt(c))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Head words of the names of bodies of learning, money and care: "the University of the West Indies". */
        private static final Words LEARNING_BODIES = Words.of("university", "institute", "bank", "college", "school",
                "academy", "centre", "center", "foundation", "museum", "hospital", "society", "library");

        /** Party names that start with a demonym, as keys, once the text has shown them to be parties. */
        private final Set<String> partyNames = new java.util.HashSet<>();

        /**
         * Is the one-word outlet name at [a, b] part of a longer capitalised name ("the New Dawn Party" is no
         * newspaper Dawn)?
         */
        private boolean insideLongerName(int a, int b) {
            if (a != b) {
                return false;
            }
            boolean before = a > d.sentenceStart(tok(a).sentence()) && d.capitalised(a - 1) && !d.is(a - 1, "the")
                    && at[a - 1] == null && !d.allCaps(a - 1);
            boolean after = d.capitalised(b + 1) && tok(b + 1).sentence() == tok(b).sentence() && !d.allCaps(b + 1);
            return before || after;
        }

        /**
         * Does a known name start at one of the outlet's words after its first ({@code first} + 1 to
         * {@code last}) and run on past them? "The East African Community" is the bloc, not the outlet "The
         * East African".
         */
        private boolean nameRunsOn(int first, int last) {
            for (int k = first + 1; k <= last; k++) {
                if ((d.lexicons(k) & lex.names.bit()) != 0) {
                    Trie.Match<Lexicon.Known> inner = lex.names.longest(d, k, true);
                    if (inner != null && inner.last() > last) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "the Russian Security Council", "the Kenyan Parliament": when a state's demonym stands right before
         * the name [a, b] of an institution, mentions the whole as the state and returns true; else false.
         */
        private boolean mentionedAsState(Mention nation, int a, int b) {
            if (nation.last() != a - 1 || nation.form() != Mention.Form.DEMONYM || !nation.ent().isState()
                    || !institutionName(a, b)) {
                return false;
            }
            nation.ent().alias(d.span(nation.first(), b));
            mention(nation.first(), b, nation.ent(), Mention.Form.GOVERNMENT);
            return true;
        }

        /** A gazetteer mention that other known actors fit too. */
        private record Ambiguous(Mention mention, List<KnownEntity> others) {
        }

        private final List<Ambiguous> ambiguous = new ArrayList<>();

        /** The other actors a match fits, not the chosen one ("European Union" is the EU's name and its alias). */
        private static List<KnownEntity> otherEntities(Trie.Match<Lexicon.Known> km, KnownEntity chosen) {
            List<KnownEntity> out = new ArrayList<>(1);
            for (Trie.Entry<Lexicon.Known> o : km.others()) {
                if (o.value().entity() != chosen && !out.contains(o.value().entity())) {
                    out.add(o.value().entity());
                }
            }
            return out;
        }

        /** Does the text name the actor by a mention that is not ambiguous? */
        private boolean namedOtherwise(Ent e) {
            for (Mention m : e.mentions) {
                boolean isAmbiguous = false;
                for (Ambiguous a : ambiguous) {
                    isAmbiguous |= a.mention() == m;
                }
                if (!isAmbiguous) {
                    return true;
                }
            }
            return false;
        }

        /** A demonym that stands for its state: "French ambassador", "Malian authorities". */
        boolean strongDemonym(int last) {
            Token next = tok(last + 1);
            if (next != null && (next.isPunct(',') || next.is("and")) && !d.is(last + 2, tok(last).key())) {
                // "Nigerian, Chadian and Cameroonian troops": the list's noun is each people's
                Mention m = mentionAt(last + 2);
                return m != null && m.first() == last + 2 && m.form() == Mention.Form.DEMONYM && strongDemonym(m.last());
            }
            if (next == null || !next.isWord()) {
                return false;
            }
            if (next.in(DEMONYM_HEADS) || lex.titleWords.contains(next.key())) {
                return true;
            }
            Mention m = mentionAt(last + 1);
            Token after = tok(last + 2);
            // "French U.N. Ambassador"
            return m != null && after != null && lex.titleWords.contains(after.key());
        }

        // ---- 2. acronym definitions ----------------------------------------------------------

        /** The acronym's mentions go from the actor the gazetteer knows by it to the one the text gives it. */
        private void giveAcronym(Token acr, Ent known, Ent defined) {
            for (Mention m : List.copyOf(known.mentions)) {
                if (tok(m.first()).key().equals(acr.key()) && m.first() == m.last()) {
                    mention(m.first(), m.last(), defined, Mention.Form.ALIAS);
                }
            }
            known.aliases.remove(acr.text());
            acronyms.put(acr.key(), defined);
        }

        private void acronymDefinitions() {
            for (int i = d.firstWithKey("("); i >= 0; i = d.nextWithKey(i)) {
                if (i < 1 || i + 2 >= d.size()) {
                    continue;
                }
                Token acr = tok(i + 1);
                Token close = tok(i + 2);
                if (!close.isPunct(')') || outlet[i + 1]) {
                    continue;
                }
                Mention before = mentionAt(i - 1);
                Mention acrM = mentionAt(i + 1);
                if (!acr.allCaps()) {
                    // "the Optimistic Party for the Development of Mozambique (Podemos)": a party's short name
                    int whole = before == null ? -1 : nameStart(i - 1);
                    if (acrM == null && acr.isWord() && acr.capitalised() && whole >= 0 && whole < before.first()
                            && namedAfterPlace(whole, before.first())) {
                        defineName(whole, i - 1, typeOfName(whole, i - 1));
                    }
                    continue;
                }
                if (before != null && acrM != null && before.ent() != acrM.ent()) {
                    // "the African Union Support and Stabilisation Mission in Somalia (AUSSOM)": a known
                    // acronym spelled out otherwise than the gazetteer spells it
                    int whole = nameStart(i - 1);
                    if (whole >= 0 && whole < before.first() && initialsFit(whole, i - 1, acr.text())) {
                        mention(whole, i - 1, acrM.ent(), Mention.Form.ALIAS);
                        continue;
                    }
                    if (before.form() == Mention.Form.NAME && before.last() > before.first() && !before.ent().isState()
                            && (whole < 0 || whole >= before.first())) {
                        // "Reporters Without Borders (RSF)": the text gives the acronym to the name before
                        // it, whatever else the gazetteer knows by it ("RSF" for the Rapid Support Forces)
                        giveAcronym(acr, acrM.ent(), before.ent());
                        continue;
                    }
                }
                if (before != null && acrM == null) {
                    // "European Union Mission in Armenia (EUMA)": the whole name, not its last word
                    int whole = nameStart(i - 1);
                    if (whole >= 0 && whole < before.first() && !initialsFit(before.first(), i - 1, acr.text())
                            && (initialsFit(whole, i - 1, acr.text()) || namedAfterPlace(whole, before.first()))) {
                        defineName(whole, i - 1, typeOfName(whole, i - 1));
                        continue;
                    }
                    // "Rapid Support Forces (RSF)" with the name known: the acronym joins it
                    mention(i + 1, i + 1, before.ent(), Mention.Form.ALIAS);
                    acronyms.put(acr.key(), before.ent());
                    continue;
                }
                int start = nameStart(i - 1);
                if (start < 0 || before == null && acrM == null && placeName(start, i - 1)) {
                    continue; // ("the Grand Ethiopian Renaissance Dam (GERD)": a place or a work, no actor)
                }
                start = acronymStart(start, i - 1, acr.text());
                // "the Philippine Coast Guard (PCG)", "the Rwanda Defence Force (RDF)", "Iran's Islamic
                // Revolutionary Guard Corps (IRGC)": an arm of the state
                Ent arm = acrM == null ? armOfState(start, i - 1) : null;
                if (acrM != null && before == null) {
                    Ent known = acrM.ent();
                    String phrase = Doc.key(d.span(start, i - 1));
                    // "Multinational Security Support (MSS) mission": the gazetteer's name without its head noun
                    boolean same = Doc.key(known.name).equals(phrase) || Doc.key(known.name).startsWith(phrase + " ")
                            || (known.known != null && known.known.aliases().stream().anyMatch(x -> Doc.key(x).equals(phrase)
                            // "the UN Disengagement Observer Force (UNDOF)": the full name spelled with "UN"
                            || sameEnding(Doc.key(x), phrase)));
                    if (same || !initialsFit(start, i - 1, acr.text())) {
                        mention(start, i - 1, known, Mention.Form.ALIAS);
                    } else {
                        // the text defines the acronym otherwise than the gazetteer: the text wins
                        Ent e = newEnt(d.span(start, i - 1), typeOfName(start, i - 1));
                        mention(start, i - 1, e, Mention.Form.NAME);
                        giveAcronym(acr, known, e);
                    }
                } else if (arm != null) {
                    arm.alias(d.span(start, i - 1));
                    mention(start, i - 1, arm, Mention.Form.ALIAS);
                    mention(i + 1, i + 1, arm, Mention.Form.ALIAS);
                    acronyms.put(acr.key(), arm);
                } else if (acrM == null && "gov".equals(agency(start, i - 1)) && !d.is(i + 3, "of")) {
                    // "The Department of Foreign Affairs (DFA)": a state's ministry, whose state the government
                    // phrases find; the acronym follows it there (governmentAcronyms)
                    govAcronyms.put(acr.key(), new int[] {start, i - 1});
                } else if (acrM == null && initialsFit(start, i - 1, acr.text())) {
                    // "the Multinational Security Support (MSS) mission": the noun after the brackets says what it is
                    Token noun = tok(i + 3);
                    ActorType type = noun != null && noun.isWord() && !noun.capitalised() && BRACKET_NOUNS.containsKey(noun.key())
                            ? BRACKET_NOUNS.get(noun.key()) : typeOfName(start, i - 1);
                    defineName(start, i - 1, type);
                } else if (acrM == null && translatedName(start, i - 1)) {
                    // "the National Congress for Freedom (CNL)", "the Pan-African Union for Social Democracy (UPADS)":
                    // a body's name given in English, its acronym in its own language
                    defineName(start, i - 1, typeOfName(start, i - 1));
                }
            }
            acronymsAfterOr();
            acronymsKnownAs();
            // Later uses of a defined acronym
            for (int i = 0; i < d.size() && !acronyms.isEmpty(); i++) {
                Ent e = d.allCaps(i) || d.capitalised(i) ? acronyms.get(tok(i).key()) : null;
                if (e != null && free(i, i)) {
                    mention(i, i, e, Mention.Form.ALIAS);
                }
            }
            // "the United Nations mission known as UNMIK": the description becomes an alias
            for (int i = d.firstWithKey("as"); i >= 0; i = d.nextWithKey(i)) {
                if (i >= 2 && i + 1 < d.size() && (tok(i - 1).is("known") || tok(i - 1).is("called"))
                        && mentionAt(i + 1) != null) {
                    Mention target = mentionAt(i + 1);
                    int s = i - 2;
                    while (s > 0 && tok(s - 1).isWord() && !tok(s - 1).is("the") && !tok(s - 1).is("a")
                            && tok(s - 1).sentence() == tok(i).sentence() && i - s < 6) {
                        s--;
                    }
                    if (!tok(i - 2).isPunct(',')) {
                        target.ent().alias(d.span(s, target.last()));
                    } else if (s < i - 3 && d.word(i - 3) && !d.capitalised(i - 3) && BRACKET_NOUNS.containsKey(tok(i - 3).key())) {
                        // "the U.N. peacekeeping mission, known as MONUSCO": the description before the comma (not
                        // "Central African Republic" of "the mission in the Central African Republic, known as MINUSCA")
                        target.ent().alias(d.span(s, i - 3));
                    }
                    // "The U.N. Integrated Office in Haiti, known as BINUH": the described body is the one
                    // named, not its parent that the description starts with
                    int end = tok(i - 2) != null && tok(i - 2).isPunct(',') ? i - 3 : i - 2;
                    int first = nameStart(end);
                    Mention head = first >= 0 ? at[first] : null;
                    KnownEntity known = target.ent().known;
                    if (head != null && head.ent() != target.ent() && known != null && head.ent().known != null
                            && head.ent().known.name().equals(known.parent()) && end - first >= 2) {
                        mention(first, end, target.ent(), Mention.Form.ALIAS);
                        target.ent().alias(d.span(first, end));
                    }
                }
            }
        }

        /**
         * "the National Alliance for Change, or ANC,": an acronym after ", or" that a body's name of two words or more has
         * the initials of (in any order: "ANC" of the French name) is that body's, whatever else the gazetteer knows by it
         * (South Africa's ANC). A state's own arm first named here ("the Sudanese Armed Forces, or SAF,") is left to the
         * armies pass.
         */
        private void acronymsAfterOr() {
            for (int i = d.firstWithKey("or"); i >= 0; i = d.nextWithKey(i)) {
                int acr = i + 1;
                int end = i - 2;
                if (end < 1 || !tok(i - 1).isPunct(',') || acr + 1 >= d.size() || !d.allCaps(acr) || d.word(acr + 1)
                        || tok(acr + 1).isPunct('(')) {
                    continue;
                }
                Mention before = mentionAt(end);
                int whole = before != null ? before.first() : nameStart(end);
                String letters = tok(acr).text().replace(".", "").toUpperCase();
                if (whole < 0 || whole >= end || before != null && (before.last() != end || before.form() != Mention.Form.NAME
                        || before.ent().isState() || before.ent().isPerson()) || d.is(whole, "the") || outletNamed(whole, end)
                        || !initialsSpell(whole, end, letters)) {
                    continue;
                }
                if (before == null && !free(whole, end)) {
                    continue; // ("the Sudanese Armed Forces, or SAF": a state's own arm, which the armies pass reads)
                }
                Ent owner = before != null ? before.ent() : newEnt(d.span(whole, end), typeOfName(whole, end));
                if (before == null) {
                    mention(whole, end, owner, Mention.Form.NAME);
                }
                Mention acrM = mentionAt(acr);
                if (acrM != null && acrM.ent() != owner) {
                    giveAcronym(tok(acr), acrM.ent(), owner);
                }
                mention(acr, acr, owner, Mention.Form.ALIAS);
                acronyms.put(tok(acr).key(), owner);
            }
        }

        /**
         * "The EU mission, known as EUMA,", "a regional force known as SAMIDRC": an acronym no list has, given to a
         * body the words before it describe by its noun (a mission, a force, a coalition: {@link #BRACKET_NOUNS}),
         * becomes that body, affiliated with the body or state the description names ("EU"), with the description
         * as its alias; later uses of the acronym are its mentions. When the description is set beside a name ("The
         * People's United Democratic Movement, the banned opposition group known as PUDEMO,"), the acronym and the
         * description are that name's, typed by the name.
         */
        private void acronymsKnownAs() {
            for (int i = d.firstWithKey("as"); i >= 0; i = d.nextWithKey(i)) {
                int acr = i + 1;
                if (i < 3 || acr >= d.size() || !(d.is(i - 1, "known") || d.is(i - 1, "called")) || !d.allCaps(acr)
                        || tok(acr).text().length() < 3 || !free(acr, acr) || d.capitalised(acr + 1)
                        || acronyms.containsKey(tok(acr).key())) {
                    continue;
                }
                int end = d.tok(i - 2).isPunct(',') ? i - 3 : i - 2;
                if (end < 1 || !d.word(end) || d.capitalised(end) || !BRACKET_NOUNS.containsKey(tok(end).key())
                        || tok(end).sentence() != tok(acr).sentence()) {
                    continue;
                }
                int s = end;
                Ent parent = null;
                while (s > d.sentenceStart(tok(end).sentence()) && end - s < 5 && (d.word(s - 1) || d.number(s - 1))
                        && !d.is(s - 1, "the") && !d.is(s - 1, "a") && !d.is(s - 1, "an") && !d.in(s - 1, FUNCTION)) {
                    s--;
                    Mention m = at[s];
                    if (m != null && parent == null && (m.ent().isState() || m.ent().type == ActorType.IGO)) {
                        parent = m.ent();
                    }
                }
                // ("The People's United Democratic Movement, the banned opposition group known as PUDEMO,": the name the
                // description is set beside)
                int named = d.is(s - 1, "the") && s >= 3 && tok(s - 2).isPunct(',') ? nameStart(s - 3) : -1;
                boolean beside = named >= 0 && free(named, s - 3);
                ActorType own = beside ? typeOfName(named, s - 3) : ActorType.OTHER;
                Ent e = newEnt(beside ? d.span(named, s - 3) : tok(acr).text(),
                        own != ActorType.OTHER ? own : BRACKET_NOUNS.get(tok(end).key()));
                if (beside) {
                    mention(named, s - 3, e, Mention.Form.NAME);
                }
                mention(acr, acr, e, beside ? Mention.Form.ALIAS : Mention.Form.NAME);
                e.alias(d.span(s, end));
                if (parent != null) {
                    e.affiliate(parent, 2);
                }
                acronyms.put(tok(acr).key(), e);
            }
        }

        /**
         * Is the capitalised name ending at {@code end} a titled person's ("Opposition leader Ana Ruiz of
         * the Liberal Party"): a word of a title right before its first word? Titles are not marked yet
         * when acronyms are read, so the title lexicon's words are asked.
         */
        private boolean titledName(int end) {
            int s = end;
            while (s > d.sentenceStart(tok(end).sentence()) && d.capitalised(s - 1)
                    && !lex.orgHeads.containsKey(tok(s - 1).key()) && !lex.titleWords.contains(tok(s - 1).key())) {
                s--;
            }
            Token p = tok(s - 1);
            return p != null && p.isWord() && p.sentence() == tok(end).sentence() && lex.titleWords.contains(p.key())
                    && !p.in(FUNCTION) && !lex.orgHeads.containsKey(p.key());
        }

        /** Where a capitalised name ending at {@code end} starts (allowing "of", "for", "the" inside), or -1. */
        int nameStart(int end) {
            if (end < 0 || !tok(end).capitalised()) {
                return -1;
            }
            int s = end;
            while (s > 0) {
                Token p = tok(s - 1);
                if (p.sentence() != tok(end).sentence()) {
                    break;
                }
                if (p.capitalised() && !p.in(FUNCTION)) {
                    s--;
                } else if (p.isWord() && p.in(ORG_INNER) && s - 2 >= 0 && tok(s - 2).capitalised()
                        && !tok(s - 2).in(FUNCTION)
                        && !(p.is("and") && lex.orgHeads.get(tok(s - 2).key()) == ActorType.COMPANY)) {
                    s -= 2; // (not back past "Kazakhstan Engineering and": a firm's name ends at its head word)
                } else if (p.isPunct('-') && p.joined() && s - 2 >= 0 && tok(s - 2).isWord()) {
                    s -= 2;
                } else if (nameJoint(s - 1)) {
                    s -= 2; // "National People's Party (NPP)", "Unidad Nacional Azul y Blanco (UNAB)"
                } else if (p.is("the") && s - 3 >= 0 && tok(s - 2).in(ORG_INNER) && tok(s - 3).capitalised()
                        && !(tok(s - 2).is("and") && at[s - 3] != null) // (not "Myanmar and the Arakan ... (ALP)")
                        && tok(s - 3).sentence() == tok(end).sentence() && (lex.orgHeads.containsKey(tok(s - 3).key())
                        || s - 3 > d.sentenceStart(tok(end).sentence()) && !tok(s - 3).in(FUNCTION)
                        && !titledName(s - 3) && !tok(s - 3).in(MEMBERS) && !tok(s - 3).in(SPEAKERS))) {
                    // "Council for the Salvation of the Homeland", not "Fighters of the Liberation Front" nor
                    // "Negotiators for the National Democratic Front" (after a dateline)
                    s -= 3;
                } else {
                    break;
                }
            }
            return s;
        }

        /**
         * The state whose arm the name [start, end] is: a state's name, adjective or possessive before
         * a ministry or force ("Philippine Coast Guard", "Rwanda Defence Force", "Iran's ... Corps");
         * null otherwise, and for a state at war with an armed group of its own (its army is a party).
         */
        Ent armOfState(int start, int end) {
            // "the Royal Thai Navy", "the Royal Solomon Islands Police Force": a crown before the state
            Mention m = d.is(start, "royal") && start < end ? mentionAt(start + 1) : mentionAt(start);
            Ent state = null;
            int rest = start;
            if (m != null && m.ent().isState() && (m.form() == Mention.Form.DEMONYM || m.form() == Mention.Form.NAME
                    || m.form() == Mention.Form.ALIAS && tok(m.first()).allCaps())) { // "U.S. Central Command (CENTCOM)"
                state = m.ent();
                rest = m.last() + 1;
            } else if (m == null && start >= 2 && tok(start - 1).kind() == Token.Kind.POSSESSIVE && mentionAt(start - 2) != null
                    && mentionAt(start - 2).ent().isState()) {
                state = mentionAt(start - 2).ent();
                if (institutionName(start, end)) {
                    return state; // "the Treasury Department's Office of Foreign Assets Control (OFAC)"
                }
            }
            if (state == null || rest > end) {
                return null;
            }
            String agency = agency(rest, end);
            if ("gov".equals(agency)) {
                return state; // "the Malian Foreign Ministry"
            }
            boolean force = "force".equals(agency) || militaryName(rest, end);
            return force && !hasDomesticArmedGroup(state) ? state : null;
        }

        /**
         * The first word of an institution's name whose last words start at token a, when capitalised words (and an
         * "and" between two) lead back to a state's or a group's possessive ("Russia's Foreign Intelligence Service",
         * "the Houthis' Security and Intelligence Service"); -1 otherwise.
         */
        private int organStart(int a) {
            int p = a - 1;
            // (past a government word the name holds: "Yemen's Presidential Leadership Council")
            while (p > a - 5 && p > 1 && (at[p] == null || (at[p].form() == Mention.Form.GOVERNMENT
                    || at[p].form() == Mention.Form.DESCRIPTION) && at[p].first() == p && at[p].last() == p)
                    && (d.capitalised(p) && !d.allCaps(p)
                    || d.is(p, "and") && d.capitalised(p - 1))) {
                p--;
            }
            Mention owner = p < a - 1 && tok(p) != null && tok(p).kind() == Token.Kind.POSSESSIVE ? mentionAt(p - 1) : null;
            return owner != null && owner.last() == p - 1 && !owner.ent().isPerson()
                    && (owner.ent().isState() || owner.ent().type == ActorType.ARMED_GROUP
                    || owner.ent().type == ActorType.POLITICAL_GROUP) && !d.is(p + 1, "and") ? p + 1 : -1;
        }

        /** The name of an institution: "... Council", "Office of Foreign Assets Control". */
        private boolean institutionName(int a, int b) {
            return tok(b).in(STATE_INSTITUTIONS) || a < b && tok(a).in(STATE_INSTITUTIONS) && d.is(a + 1, "of");
        }

        /**
         * What the words lexicon calls the phrase that starts at a ("gov" for "Foreign Ministry", "force"
         * for "Coast Guard"), when it ends exactly at b (any end for b &lt; 0); null otherwise.
         */
        String agency(int a, int b) {
            Trie.Match<String> w = a >= 0 && a < d.size() ? wordsAt(a) : null;
            return w != null && (b < 0 || w.last() == b) ? w.value() : null;
        }

        /** Do two names of three words or more end in the same two words ("... Observer Force")? */
        private static boolean sameEnding(String a, String b) {
            String[] x = a.split(" ");
            String[] y = b.split(" ");
            return x.length >= 3 && y.length >= 3 && x[x.length - 1].equals(y[y.length - 1])
                    && x[x.length - 2].equals(y[y.length - 2]);
        }

        /**
         * Where the name [start, end] that an acronym follows begins: at a later capitalised word after a lower-case one
         * whose initials spell the acronym from its first letter, when there is one ("Tendai Moyo of the Movement for
         * Democratic Renewal (MDR)": the person's name is not the party's); else at start.
         */
        private int acronymStart(int start, int end, String acronym) {
            String acr = acronym.replace(".", "").toUpperCase(java.util.Locale.ROOT);
            for (int s = start + 1; s <= end && !acr.isEmpty(); s++) {
                int p = s - 1;
                if (tok(p).isWord() && tok(p).capitalised()
                        && (lex.orgHeads.containsKey(tok(p).key()) || d.in(p, DOCUMENT_WORDS))) {
                    // (the words before a head are the name's: "the Treaty on the Non-Proliferation ... (NPT)")
                    return start;
                }
                if (tok(s).capitalised() && tok(s - 1).isWord() && !tok(s - 1).capitalised()
                        && Character.toUpperCase(tok(s).text().charAt(0)) == acr.charAt(0)
                        && initialsFit(s, end, acronym)) {
                    return s;
                }
            }
            return start;
        }

        /**
         * Are tokens [a, b] a party's or an armed group's name of two capitalised words or more, beginning and ending
         * with one, with a head noun of such bodies among them ("Congress", "Front", "Union"), and no actor inside?
         * (Not a state's office: "State Committee for National Security (GKNB)" stays its state's.)
         */
        private boolean translatedName(int a, int b) {
            if (b <= a || !tok(a).isWord() || !tok(a).capitalised() || !tok(b).isWord() || !tok(b).capitalised()) {
                return false;
            }
            boolean head = false;
            for (int k = a; k <= b; k++) {
                if (at[k] != null || !tok(k).isWord() && !tok(k).isPunct('-')) {
                    return false;
                }
                ActorType kind = tok(k).capitalised() ? lex.orgHeads.get(tok(k).key()) : null;
                head |= kind == ActorType.POLITICAL_GROUP || kind == ActorType.ARMED_GROUP || tok(k).is("union");
            }
            return head;
        }

        /** Do the capitals of the words fit the acronym (each letter starting a word, in order)? */
        boolean initialsFit(int a, int b, String acronym) {
            String acr = acronym.replace(".", "").toUpperCase();
            // "Petróleos de Venezuela (PDVSA)": else the lower-case particles count too
            return fitsInitials(initials(a, b, false), acr) || fitsInitials(initials(a, b, true), acr);
        }

        /**
         * The initials of tokens [a, b]: an acronym's letters whole ("EU Mission in Armenia" is EUMA),
         * the first letter of each capitalised word, and with {@code particles} of every other word too.
         */
        private String initials(int a, int b, boolean particles) {
            StringBuilder initials = new StringBuilder();
            for (int i = a; i <= b; i++) {
                if (tok(i).allCaps()) {
                    initials.append(tok(i).text().replace(".", ""));
                } else if (tok(i).capitalised() || particles && tok(i).isWord()) {
                    initials.append(Character.toUpperCase(tok(i).text().charAt(0)));
                }
            }
            return initials.toString();
        }

        /** Do the initials of [a, b] spell the acronym's letters, in order or in any order ("ANC" of a French name)? */
        private boolean initialsSpell(int a, int b, String letters) {
            String initials = initials(a, b, false);
            return initials.equals(letters) || sameLetters(initials, letters);
        }

        private boolean fitsInitials(String initials, String acr) {
            // letters of the acronym appear in order among the initials
            int k = 0;
            for (int i = 0; i < initials.length() && k < acr.length(); i++) {
                if (initials.charAt(i) == acr.charAt(k)) {
                    k++;
                }
            }
            return k == acr.length() || initials.startsWith(acr.substring(0, Math.min(2, acr.length())))
                    || sameLetters(initials, acr);
        }

        /**
         * A new actor named by tokens [start, end], with the short name in the brackets after them
         * ("... (EUMA)") as its alias, here and wherever the text uses it later.
         */
        private void defineName(int start, int end, ActorType type) {
            if (outletNamed(start, end)) {
                markOutlet(start, end + 2); // "the official Saudi Press Agency (SPA)": a source, no actor
                return;
            }
            // (not "Accord" nor "Convention", which may end a body's name: "the Government of National Accord")
            if ((d.is(end, "agreement") || d.is(end, "treaty") || d.is(end, "pact")) && d.capitalised(end) && end > start
                    && !headedByBody(start, end)) {
                // "the Political Dialogue and Cooperation Agreement (PDCA)": a document, no actor (its name and acronym
                // are kept from actors, as an outlet's are)
                markOutlet(start, end + 2);
                return;
            }
            for (int k = start; k <= end && (d.is(end, "organization") || d.is(end, "organisation")); k++) {
                if (d.is(k, "terrorist") || d.is(k, "terrorists")) {
                    // "designated as a Foreign Terrorist Organization (FTO)": a label a side is given, no actor (its
                    // name and the acronym that defines it are kept from actors, as an outlet's are)
                    markOutlet(start, end + 2);
                    return;
                }
            }
            // (past a department's noun the owner's name leaves out: "the U.S. Treasury Department's")
            // (only an office of a department: not "Belarus's Coordination Council (CC)", an opposition body)
            boolean department = d.is(start - 2, "department") || d.is(start - 2, "ministry");
            Mention owner = department && tok(start - 1).kind() == Token.Kind.POSSESSIVE && start >= 3
                    ? mentionAt(start - 3) : null;
            if (owner != null && owner.ent().isState() && institutionName(start, end)) {
                // "the U.S. Treasury Department's Office of Foreign Assets Control (OFAC)": the state's own office
                Ent state = owner.ent();
                state.alias(d.span(start, end));
                mention(start, end, state, Mention.Form.GOVERNMENT);
                mention(end + 2, end + 2, state, Mention.Form.ALIAS);
                acronyms.put(tok(end + 2).key(), state);
                return;
            }
            Mention nation = owner == null ? mentionAt(start - 1) : null;
            if (nation != null && nation.last() == start - 1 && nation.ent().isState() && d.is(end, "command")
                    && (nation.form() == Mention.Form.NAME || nation.form() == Mention.Form.ALIAS)) {
                // "the US Southern Command (SOUTHCOM)": a state's military command is the state
                Ent state = nation.ent();
                mention(nation.first(), end, state, Mention.Form.ALIAS);
                mention(end + 2, end + 2, state, Mention.Form.ALIAS);
                acronyms.put(tok(end + 2).key(), state);
                return;
            }
            Ent e = newEnt(d.span(start, end), type);
            mention(start, end, e, Mention.Form.NAME);
            mention(end + 2, end + 2, e, Mention.Form.ALIAS);
            acronyms.put(tok(end + 2).key(), e);
        }

        /** Does a body's head word stand in the name [a, b] ("Republican Bloc for the Defence of the Constitution")? */
        private boolean headedByBody(int a, int b) {
            for (int k = a; k < b; k++) {
                if (d.capitalised(k) && lex.orgHeads.containsKey(tok(k).key())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Party for the Independence of Guinea", "Movement for the Liberation of Congo": a name headed by
         * a body's noun (party, movement, front ...) that ends in a place named after "of" or "for" at
         * {@code place}, the known mention inside it.
         */
        private boolean namedAfterPlace(int start, int place) {
            int k = place - 1;
            // "of Guinea and Cape Verde": the places of a list
            while (k > start && (d.is(k, "and") || tok(k).isPunct(',')) && at[k - 1] != null
                    && at[k - 1].first() > start) {
                k = at[k - 1].first() - 1;
            }
            if (d.is(k, "the")) {
                k--;
            }
            if (!(d.is(k, "of") || d.is(k, "for") || d.is(k, "in"))) {
                return false;
            }
            for (int j = start; j < k; j++) {
                if (tok(j).capitalised() && lex.orgHeads.containsKey(tok(j).key()) && at[j] == null) {
                    return true;
                }
                if (j > start && d.is(j, "for") && !isTitle(j - 1)) {
                    return true; // "Optimistic People for the Development of ...": no person's name has "for" inside
                }
            }
            return false;
        }

        /** "National Council for the Safeguard of the Homeland (CNSP)": a name translated, its acronym not. */
        private static boolean sameLetters(String initials, String acronym) {
            // "African Party for the Independence of Guinea and Cape Verde (PAIGC)": one word may have no letter
            if (initials.length() - acronym.length() > 1 || initials.length() < acronym.length() || acronym.length() < 3) {
                return false;
            }
            int[] left = new int[128];
            for (int i = 0; i < initials.length(); i++) {
                char c = initials.charAt(i);
                if (c < 128) {
                    left[c]++;
                }
            }
            for (int i = 0; i < acronym.length(); i++) {
                char c = acronym.charAt(i);
                if (c >= 128 || --left[c] < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * For the run of capitalised words [a, end] after "ruling" or "opposition": the end of a party's name with "and"
         * inside it, one party ("the ruling Liberty and Refoundation party", "Poland's ruling Law and Justice Party");
         * else {@code end}.
         */
        private int partyNameWithAnd(int a, int end) {
            if (!d.is(end + 1, "and") || !d.capitalised(end + 2) || at[end + 2] != null || !partyBefore(a)) {
                return end;
            }
            int last = runEnd(end + 2);
            boolean party = partyAfter(last) || d.is(last, "party");
            return party && last < end + 6 ? last : end;
        }

        /**
         * "the opposition Sovereign Moldova party", "the Ata-Jurt Kyrgyzstan party": when the name [a, b] goes on with a
         * state's name and then a lower-case "party", mentions the whole as one party and returns true.
         */
        private boolean partyEndingInItsCountry(int a, int b) {
            Mention land = b + 1 < d.size() ? at[b + 1] : null;
            if (land == null || land.first() != b + 1 || !land.ent().isState() || land.form() != Mention.Form.NAME
                    || !partyAfter(land.last())) {
                return false;
            }
            Ent e = newEnt(d.span(a, land.last()), ActorType.POLITICAL_GROUP);
            mention(a, land.last(), e, Mention.Form.NAME);
            return true;
        }

        /**
         * Where a party's or a group's name starting at a starts with its country's right before it ("the leftist Peru
         * Libre party", "the movement Togo Debout"), else a; firms take the people's word too ({@link #firmsCountryStart}).
         */
        private int countryStartingAParty(int a) {
            return countryStart(a, false);
        }

        /** Where a name that starts with its country's name, or with {@code people} its people's word, before a starts. */
        private int countryStart(int a, boolean people) {
            Mention country = a >= 1 ? at[a - 1] : null;
            return country != null && country.ent().isState() && country.last() == a - 1 && (country.form() == Mention.Form.NAME
                    || people && country.form() == Mention.Form.DEMONYM) ? country.first() : a;
        }

        /** Where a firm's name that starts with its country's name or people's word before a starts: "Ethiopian Airlines". */
        private int firmsCountryStart(int a) {
            return countryStart(a, true);
        }

        /** "the right-wing Fuerza Popular party", "of the Vente Venezuela party": a party's name ends at b. */
        private boolean partyAfter(int b) {
            return d.is(b + 1, "party") && !d.capitalised(b + 1);
        }

        /** "the ruling Chama Cha Mapinduzi (CCM)", "the main opposition Renamo": a party's name starts at a. */
        private boolean partyBefore(int a) {
            int before = d.is(a - 1, "main") || d.is(a - 1, "largest") ? a - 2 : a - 1;
            return d.is(before, "ruling") || d.is(before, "opposition");
        }

        /** The type the last head word of the name [a, b] gives ("Party", "Council"), else other. */
        ActorType headType(int a, int b) {
            ActorType last = tok(b).capitalised() ? lex.orgHeads.get(tok(b).key()) : null;
            if (last == ActorType.COMPANY) {
                // "the Commission for the Conservation of ... Living Resources": a firm's word after "of" or "for"
                // is what the body named first deals with
                ActorType first = null;
                for (int i = a; i < b; i++) {
                    if (first != null && (d.is(i, "of") || d.is(i, "for"))) {
                        return first;
                    }
                    ActorType h = tok(i).capitalised() ? lex.orgHeads.get(tok(i).key()) : null;
                    first = first == null ? h : first;
                }
            }
            if (last != null) {
                return last; // "the European Union Rule of Law Mission": a name that ends in its head
            }
            ActorType type = ActorType.OTHER;
            boolean seen = false;
            for (int i = a; i <= b; i++) {
                if (seen && (d.is(i, "of") || d.is(i, "for"))) {
                    break; // "the Lahore University of Management Sciences": the head before "of" names the kind
                }
                ActorType h = lex.orgHeads.get(tok(i).key());
                if (h != null && tok(i).capitalised()) {
                    type = h;
                    seen = true;
                }
            }
            return type;
        }

        /** Words of a party's creed: a bloc's head word with one of them names a party. */
        private static final Words CREEDS = Words.of("democracy", "democratic", "democrats", "socialist",
                "socialists", "socialism", "labour", "labor", "liberal", "liberals", "progress", "progressive",
                "conservative", "conservatives", "republican", "republicans", "renewal", "patriotic", "patriots");

        ActorType typeOfName(int a, int b) {
            if (d.is(a, "all") && allPartyEnd(a) == b) {
                return ActorType.POLITICAL_GROUP; // "the All Basotho Convention (ABC)"
            }
            ActorType type = headType(a, b);
            for (int i = a; i <= b && type == ActorType.IGO; i++) {
                if (d.capitalised(i) && (d.is(i, "national") || d.is(i, "electoral") || d.is(i, "election"))) {
                    return ActorType.OTHER; // "the National Electoral Council": a state's own body, no bloc
                }
                if (d.capitalised(i) && d.word(i) && CREEDS.contains(tok(i))) {
                    return ActorType.POLITICAL_GROUP; // "the Pan-African Union for Social Democracy": a party
                }
            }
            Token noun = tok(a - 1);
            if ((type == ActorType.OTHER || type == ActorType.IGO) && noun != null && noun.isWord()
                    && !noun.capitalised() && GROUP_NOUNS.get(noun.key()) == ActorType.POLITICAL_GROUP) {
                // "the exiled opposition coalition Unidad Nacional Azul y Blanco", "the opposition Social
                // Democratic Union": no bloc of states is anyone's opposition
                return ActorType.POLITICAL_GROUP;
            }
            if (type == ActorType.OTHER) {
                // "the Optimistic People for ... (Podemos), a small party that ...": the apposition says what it is
                int comma = b + 1;
                if (tok(comma) != null && tok(comma).isPunct('(')) {
                    while (comma < b + 6 && tok(comma) != null && !tok(comma).isPunct(')')) {
                        comma++;
                    }
                    comma++;
                }
                if (tok(comma) != null && tok(comma).isPunct(',') && (d.is(comma + 1, "a") || d.is(comma + 1, "an"))) {
                    boolean military = false;
                    for (int n = comma + 2; n <= comma + 5 && d.word(n) && !d.capitalised(n); n++) {
                        ActorType said = BRACKET_NOUNS.get(tok(n).key());
                        if (military && (said == ActorType.COMPANY || d.is(n, "contractor") || d.is(n, "outfit"))) {
                            return ActorType.ARMED_GROUP; // "a private military company", "a mercenary outfit"
                        }
                        if (said != null) {
                            return said;
                        }
                        // (right before the noun: "a military technology company" is a firm)
                        military = d.is(n, "military") || d.is(n, "mercenary");
                    }
                }
                if (partyBefore(a) || partyAfter(b)) {
                    return ActorType.POLITICAL_GROUP;
                }
                // "The militants, who call themselves Ahlu Sunnah Wa-Jama (ASWJ)": named by fighters, a group of fighters
                for (int k = a - 1; k >= Math.max(0, a - 7) && tok(k).sentence() == tok(a).sentence(); k--) {
                    if (tok(k).isWord() && FIGHTER_NOUNS.contains(tok(k))) {
                        return ActorType.ARMED_GROUP;
                    }
                }
            }
            return type;
        }

        /** Nouns for fighters of a group. */
        private static final Words FIGHTER_NOUNS = Words.of("militants", "insurgents", "rebels",
                "jihadists", "fighters", "gunmen", "militiamen", "guerrillas");

        /** Names the text calls places ("Cabo Delgado province"): elsewhere in the text too they are no one's name. */
        /** The keys of a state's own bodies named like an intergovernmental one ("Iraq's National Security Council"). */
        private final Set<String> ownBodies = new HashSet<>();
        private final java.util.Set<String> placeNames = new java.util.HashSet<>();

        /** Verbs of going somewhere: "fled Macomia to Pemba". */
        private static final Words MOTION_VERBS = Words.of("fled", "returned", "travelled",
                "traveled", "moved", "went", "came", "flew", "headed", "driven", "taken", "evacuated", "relocated");

        // ---- 3. titles ------------------------------------------------------------------------

        private void titles() {
            for (int i = 0; i < d.size(); i++) {
                if ((d.lexicons(i) & lex.titles.bit()) == 0 || !d.word(i) || at[i] != null || outlet[i]) {
                    continue;
                }
                Trie.Match<Title> m = lex.titles.longest(d, i, false);
                if (m != null && surnameLikeATitle(m.first(), m.last())) {
                    continue;
                }
                if (m != null && tok(i).joined() && i >= 2 && tok(i - 1).isPunct('-') && d.number(i - 2)) {
                    continue; // "the 18-member Forum": a count of members, no title
                }
                if (m != null) {
                    int first = m.first();
                    // ("a specialist police officer": "specialist" before another title only qualifies it)
                    boolean qualifier = first > 0 && titleEnd[first - 1] == first - 1 && d.is(first - 1, "specialist")
                            && !d.capitalised(first - 1) && (d.is(first - 2, "a") || d.is(first - 2, "an")
                            || d.is(first - 2, "the")); // (not "the UN specialist envoy": a body's title)
                    // "deputy envoy", "foreign ministry spokesman": adjacent titles make one
                    if (qualifier) {
                        titleAt[first - 1] = null;
                        titleEnd[first - 1] = 0;
                    } else if (first > 0 && titleAt[first - 1] != null && titleEnd[first - 1] == first - 1) {
                        first = titleStart(first - 1);
                    } else if (first >= 3 && d.capitalised(first) && d.is(first - 1, "the") && d.is(first - 2, "of")
                            && titleAt[first - 3] != null && titleEnd[first - 3] == first - 3
                            && d.capitalised(first - 3)) {
                        first = titleStart(first - 3); // "Special Representative of the Secretary-General": one office
                    }
                    // "Territorial Administration Minister X": the portfolio before a minister's title
                    // ("Chief Election Commissioner X", "Chief Trade Negotiator X": a portfolio in an office of other titles)
                    for (int k = first - 1; k >= 0 && k >= m.first() - 3 && PORTFOLIO_TITLES.contains(tok(m.last()))
                            && d.capitalised(k) && at[k] == null && titleAt[k] == null && portfolioWord(k)
                            && tok(k).sentence() == tok(first).sentence(); k--) {
                        first = k;
                    }
                    if (first < m.first() && first > 0 && titleAt[first - 1] != null && titleEnd[first - 1] == first - 1) {
                        first = titleStart(first - 1); // "Chief" before the portfolio: one office
                    }
                    int last = portfolioEnd(m.last());
                    for (int k = first; k <= last; k++) {
                        if (titleAt[k] == null || k >= m.first()) {
                            titleAt[k] = m.value();
                        }
                        titleEnd[k] = last;
                    }
                    i = last;
                }
            }
        }

        /**
         * "Julie Bishop said", "Senator Angus King": a one-word title, capitalised, right after a given name (a
         * capitalised word no lexicon knows, of no word class, no title nor portfolio) and before no other name,
         * is the surname; so is one between the words of a name a title opens ("President Hassan Sheikh Mohamud").
         */
        private boolean surnameLikeATitle(int first, int last) {
            if (first != last || !d.capitalised(first) || d.allCaps(first) || first == 0) {
                return false;
            }
            int p = first - 1;
            // ("President Hassan Sheikh Mohamud": inside a name that a title opened, the title word is the name's too)
            if (d.capitalised(first + 1) && !(p > 0 && titleAt[p - 1] != null && titleEnd[p - 1] == p - 1
                    && at[first + 1] == null && !isTitle(first + 1))) {
                return false;
            }
            return d.capitalised(p) && !d.allCaps(p) && at[p] == null && titleAt[p] == null && !outlet[p]
                    && d.lexicons(p) == 0 && tok(p).classes() == 0 && !portfolioWord(p)
                    && tok(p).sentence() == tok(first).sentence() && tok(p).paragraph() == tok(first).paragraph();
        }

        /**
         * The end of a capitalised title with its portfolio ("Deputy Prime Minister for Reintegration",
         * "Minister of Youth and Sports"): the portfolio's words are taken in, so that the holder's name
         * after them starts at its own first word; the title's own end when no portfolio follows.
         */
        private int portfolioEnd(int end) {
            if (!d.capitalised(end)) {
                return end;
            }
            int k;
            if (d.is(end + 1, "for") || d.is(end + 1, "of")) {
                k = d.is(end + 2, "the") ? end + 3 : end + 2;
            } else if (d.is(end + 1, "and") && portfolioWord(end) && d.capitalised(end + 2)
                    && portfolioStartsAt(end + 2)) {
                k = end + 2; // "Minister of Foreign Affairs and International Cooperation X": the listed title goes on
            } else {
                return end;
            }
            int last = end;
            int beforeAnd = d.is(end + 1, "and") ? end : -1;
            while (k < d.size() && portfolioStartsAt(k) && tok(k).sentence() == tok(end).sentence()) {
                if (!portfolioWord(k)) {
                    k++; // "Army Reconstruction", "African Integration": a word of the portfolio's own
                }
                last = k;
                k++;
                if ((d.is(k, "and") || tok(k) != null && tok(k).isPunct(',')) && d.capitalised(k + 1)
                        && portfolioStartsAt(k + 1)) {
                    beforeAnd = last;
                    k++;
                }
            }
            if (beforeAnd >= 0 && last > beforeAnd && lex.titles.longest(d, last + 1, false) != null) {
                // "Minister of Defence and Opposition leader X": the words after "and" start another office
                return beforeAnd;
            }
            return last;
        }

        /**
         * Does a portfolio's capitalised word start at i: a portfolio word, or one word ("Army", the
         * people's "African") before a portfolio word such as "Reconstruction" or "Integration"?
         */
        private boolean portfolioStartsAt(int i) {
            if (!d.capitalised(i)) {
                return false;
            }
            if (at[i] == null && portfolioWord(i)) {
                return true;
            }
            Mention m = at[i];
            boolean adjective = m == null || m.first() == i && m.last() == i && m.form() == Mention.Form.DEMONYM;
            return adjective && d.capitalised(i + 1) && at[i + 1] == null && portfolioWord(i + 1)
                    && !d.in(i + 1, PORTFOLIOS);
        }

        /** The last words of titles a portfolio may stand before: "Trade Minister", "Election Commissioner". */
        private static final Words PORTFOLIO_TITLES = Words.of("minister", "commissioner", "negotiator", "secretary");

        /** A word of a minister's portfolio: of the class, or an abstract noun ("Reintegration", "Development"). */
        private boolean portfolioWord(int i) {
            if (d.in(i, PORTFOLIOS)) {
                return true;
            }
            String k = tok(i).key();
            return k.length() > 6 && (k.endsWith("tion") || k.endsWith("sion") || k.endsWith("ment")
                    || k.endsWith("ity") || k.endsWith("ism") || k.endsWith("ics"));
        }

        boolean isTitle(int i) {
            return i >= 0 && i < titleAt.length && titleAt[i] != null;
        }

        /** Start of the title span that ends at {@code end}. */
        int titleStart(int end) {
            int s = end;
            while (s > 0 && titleAt[s - 1] != null && titleEnd[s - 1] == end) {
                s--;
            }
            return s;
        }

        /** Armed men who may give themselves a name: "The officers, who call themselves the National Committee". */
        private static final Words ARMED_MEN = Words.of("soldiers", "officers", "mutineers", "fighters", "rebels",
                "militants", "insurgents", "gunmen", "militiamen", "putschists", "troops", "junta");

        /**
         * "The officers, who call themselves the National Committee for Restoration and Security": a name that
         * armed men give themselves is an armed group's, whatever its head word ("Committee", "Council").
         */
        private void selfNamedGroups() {
            selfNamedGroups("themselves");
            selfNamedGroups("itself");
        }

        /**
         * "The officers, who call themselves the National Committee", "soldiers calling themselves the X", "a group of
         * soldiers calling itself the X": the name armed men give themselves (after {@code reflexive}) is an armed group's.
         */
        private void selfNamedGroups(String reflexive) {
            for (int i = d.firstWithKey(reflexive); i >= 0; i = d.nextWithKey(i)) {
                if (i < 3 || i + 2 >= d.size()) {
                    continue;
                }
                int n;
                if ((d.is(i - 1, "call") || d.is(i - 1, "called")) && i >= 4 && (d.is(i - 2, "who") || d.is(i - 2, "that"))) {
                    n = tok(i - 3).isPunct(',') ? i - 4 : i - 3;
                } else if (d.is(i - 1, "calling")) {
                    n = i - 2; // "soldiers calling themselves", "a group of soldiers calling itself"
                } else {
                    continue;
                }
                Mention m = at[i + 1] != null ? at[i + 1] : d.is(i + 1, "the") ? at[i + 2] : null;
                if (m != null && !m.ent().isPerson() && !m.ent().isState() && m.ent().known == null && d.word(n)
                        && ARMED_MEN.contains(tok(n))) {
                    m.ent().type = ActorType.ARMED_GROUP;
                    m.ent().weak = false;
                }
            }
        }

        // ---- 4. names of persons and organisations ----------------------------------------------

        /** Capitalised nouns that open the name of a government office: "Office of ...", "Department of ...". */
        private static final Words OFFICE_HEADS = Words.of("office", "department", "ministry", "bureau", "directorate",
                "secretariat");

        /**
         * Is the capitalised run at i the end of an office's name, after "of" and at most two more capitalised words
         * ("Office of Foreign Assets Control", "Department of Homeland Security")?
         */
        private boolean officeNameTail(int i) {
            int k = i - 1;
            while (k > 0 && i - k <= 2 && d.capitalised(k) && at[k] == null) {
                k--;
            }
            return k >= 1 && d.is(k, "of") && d.capitalised(k - 1) && d.word(k - 1) && OFFICE_HEADS.contains(tok(k - 1));
        }

        private void names() {
            List<int[]> runs = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                if (!d.capitalised(i) || at[i] != null || outlet[i]) {
                    continue;
                }
                Token t = tok(i);
                // ("spokeswoman He Yalan": after a title, a capitalised "He" before a name is the surname He)
                boolean surnameHe = t.is("he") && isTitle(i - 1) && d.capitalised(i + 1) && at[i + 1] == null
                        && d.keyId(i + 1) < 0;
                if (isTitle(i) || t.in(NOT_NAME) && !surnameHe && !(t.in(COMPASS) && endsInForce(i, runEnd(i)))
                        && !t.is("all")
                        && !(t.is("new") && headType(i, headPastAState(runEnd(i))) != ActorType.OTHER)
                        && !(t.is("international") && runEnd(i) > i + 1) && !nameJoint(i + 1)) {
                    // ("Eastern Theater Command" is a force's name, "the New Dawn Party" a party's, "the
                    // International Maritime Security Construct" a coalition's, "the People's Party" a party's)
                    continue;
                }
                if (t.allCaps() && t.paragraph() <= 2 && TextImporter.inDateline(d, i)) {
                    continue; // "PEMBA, Mozambique, May 14 (Reuters) -": the place the story is filed from
                }
                if (officeNameTail(i)) {
                    i = runEnd(i);
                    continue; // "its Office of Foreign Assets Control": the rest of an office's name, no person
                }
                if (d.is(i - 1, "new") && d.capitalised(i - 1) && at[i - 1] == null && d.word(i - 2)
                        && IN_PLACE.contains(tok(i - 2))) {
                    i = runEnd(i); // "at UN headquarters in New York": a place, whatever follows it
                    continue;
                }
                int end = runEnd(i);
                if (t.is("all") && end == i) {
                    end = allPartyEnd(i);
                    if (end > i) {
                        // "the All Progressives Congress", "the All Basotho Convention": a party, its people and all
                        Ent party = newEnt(d.span(i, end), ActorType.POLITICAL_GROUP);
                        mention(i, end, party, Mention.Form.NAME);
                        giveBracketedAcronym(end, party);
                        i = end;
                    }
                    continue;
                }
                if (end == i && surnameLikeAState(i)) {
                    end = i + 1; // "Costa Rica's foreign minister, Valeria Montenegro, said": a person
                }
                end = partyNameWithAnd(i, end);
                end = nameAroundAState(end);
                // "the 444 Brigade", "the 23 March Movement": a number that opens a body's name is part of it
                boolean numbered = i >= 2 && d.number(i - 1) && d.is(i - 2, "the") && at[i - 1] == null
                        && lex.orgHeads.containsKey(tok(end).key()) && !yearLike(tok(i - 1).text());
                runs.add(new int[] {numbered ? i - 1 : i, end});
                i = end;
            }
            for (int[] r : runs) {
                Token after = tok(r[1] + 1);
                if (after != null && after.isWord() && !after.capitalised() && after.in(PLACE_NOUNS)
                        || d.is(r[0] - 1, "of") && d.word(r[0] - 2) && !d.capitalised(r[0] - 2)
                        && tok(r[0] - 2).in(PLACE_NOUNS)) {
                    placeNames.add(Doc.key(d.span(r[0], r[1]))); // "in Cabo Delgado province", "the province of X"
                }
            }
            // names of bodies first ("a researcher at Taipei's Institute for ... Research": the person's
            // employer must be known when the person is read), then the rest in order
            boolean[] done = new boolean[runs.size()];
            for (int k = 0; k < runs.size(); k++) {
                int[] r = runs.get(k);
                // (and "an analyst at the Caspian Policy Forum": a name that ends in a body's head word; and "the
                // leader of the Rouge Ravine gang": a name before a group's noun)
                if (bodyName(r[0], r[1]) || r[1] > r[0] && lex.orgHeads.get(tok(r[1]).key()) == ActorType.OTHER
                        && !stationName(r[0], r[1]) || namedGroup(r[0], r[1])) {
                    classify(r[0], r[1]);
                    done[k] = true;
                }
            }
            for (int k = 0; k < runs.size(); k++) {
                int[] r = runs.get(k);
                if (!done[k] && stationName(r[0], r[1])) {
                    markOutlet(r[0], r[1]); // "its Radio Andalus station", "Radio Okapi reported": a source, no actor
                } else if (!done[k] && openingHeadNoun(r[0], r[1])) {
                    continue; // '"The Council strongly condemns ...': "the council", capitalised as a sentence opens
                } else if (!done[k]) {
                    classify(r[0], r[1]);
                }
            }
        }

        /** Heads of the names of institutes and other bodies outside a government. */
        private static final Words INSTITUTE_HEADS = Words.of("institute", "institution", "foundation", "centre",
                "center", "society", "association", "academy", "university", "forum", "observatory", "network");

        /**
         * "the Polish Institute of International Affairs", "the Turkish Red Crescent Society": a nationality right
         * before the name [i, end] of an institute, after "the", is the first word of its name, not the state.
         */
        private boolean nationalBodyName(int i, int end) {
            Mention m = i >= 2 ? at[i - 1] : null;
            return m != null && m.first() == i - 1 && m.last() == i - 1 && m.form() == Mention.Form.DEMONYM
                    && d.is(i - 2, "the") && (INSTITUTE_HEADS.contains(tok(i)) && end > i
                    && (d.is(i + 1, "of") || d.is(i + 1, "for") || d.is(i + 1, "on")) || INSTITUTE_HEADS.contains(tok(end)));
        }

        /**
         * "Foreign minister Dhoihir Mmadi Said, who was ...": a capitalised "Said" inside a sentence, after a name
         * and before a comma, a speech verb or "who", is the name's last word, not the verb.
         */
        private boolean saidAsName(int k) {
            Token next = tok(k + 1);
            return d.is(k, "said") && d.capitalised(k) && k > d.sentenceStart(tok(k).sentence()) && d.capitalised(k - 1)
                    && next != null && (next.isPunct(',') || next.is("who") || next.is("said") || next.is("told"));
        }

        /** Is token k the joined hyphen of "Baku-based", "Turkish-built": a lower-case participle after it? */
        private boolean participleAfterDash(int k) {
            Token dash = tok(k);
            return dash != null && dash.isPunct('-') && dash.joined() && d.word(k + 1) && tok(k + 1).joined()
                    && !d.capitalised(k + 1) && tok(k + 1).key().endsWith("ed");
        }

        /** Is [a, b] the one word "Council" after a "The" that opens a sentence or a quote? */
        private boolean openingHeadNoun(int a, int b) {
            return a == b && d.is(a, "council") && d.is(a - 1, "the")
                    && (a - 1 == d.sentenceStart(tok(a).sentence()) || tok(a - 2) != null
                    && tok(a - 2).kind() == Token.Kind.QUOTE && inQuote[a]);
        }

        /** Is [a, b] a broadcaster's name: "Radio X", "X Radio", "X TV", or a name a station's noun follows? */
        private boolean stationName(int a, int b) {
            return b > a && (d.is(a, "radio") || d.is(b, "radio") || d.is(b, "tv") || d.is(b, "television"))
                    || d.word(b + 1) && !d.capitalised(b + 1) && (d.is(b + 1, "station") || d.is(b + 1, "broadcaster")
                    || d.is(b + 1, "channel") || d.is(b + 1, "newspaper"));
        }

        /**
         * Does the name [a, b] of three words or more end in the head of a body's name ("the South Asia Policy Forum",
         * not the region "North Darfur")?
         */
        private boolean endsInBody(int a, int b) {
            return b > a + 1 && lex.orgHeads.containsKey(tok(b).key());
        }

        /** Does the name [a, b] of two words or more end in the head of an armed force's name ("Command")? */
        private boolean endsInForce(int a, int b) {
            return b > a && MILITARY_HEADS.contains(tok(b)) && lex.orgHeads.containsKey(tok(b).key());
        }

        /**
         * A name that can only be a body's: it starts with the head of an organisation's name and a
         * preposition follows ("Institute for ...", "Office of the ..."), and no title precedes it.
         */
        private boolean bodyName(int a, int b) {
            return b > a + 1 && lex.orgHeads.containsKey(tok(a).key()) && tok(a + 1).isWord() && tok(a + 1).in(ORG_INNER)
                    && titleBefore(a) < 0;
        }

        /**
         * Does token k join two capitalised words of one name: the possessive of "People's" ("the National
         * People's Party"), a plural's possessive before a body's head word ("the Workers' Party") or a Spanish "y"
         * ("Unidad Nacional Azul y Blanco")?
         */
        private boolean nameJoint(int k) {
            Token t = tok(k);
            if (t == null || k < 1 || !d.capitalised(k - 1) || !d.capitalised(k + 1)
                    || tok(k + 1).sentence() != t.sentence()) {
                return false;
            }
            // ("the Bolivian Workers' Center", "the Workers' Party": a plural's possessive before a body's head word)
            return t.kind() == Token.Kind.POSSESSIVE ? tok(k - 1).is("people") || tok(k - 1).is("peoples")
                    || t.text().equals("'") && tok(k - 1).key().endsWith("s") && at[k - 1] == null
                    && lex.orgHeads.containsKey(tok(k + 1).key())
                    : t.is("y") && !t.capitalised();
        }

        /**
         * "the Free Georgia Alliance", "the New Armenia Front": a state's name between the first words of a party's or
         * movement's name and its head word is part of the name (the state's mention is dropped); else {@code end}.
         */
        private int nameAroundAState(int end) {
            int head = headPastAState(end);
            if (head > end) {
                drop(at[end + 1]);
            }
            return head;
        }

        /** The end of the name {@link #nameAroundAState} reads (past the state's name and on to the head), else end. */
        private int headPastAState(int end) {
            Mention state = end + 1 < d.size() ? at[end + 1] : null;
            if (state == null || !state.ent().isState() || state.form() != Mention.Form.NAME || state.first() != end + 1
                    || state.last() + 1 >= d.size() || !d.capitalised(state.last() + 1) || at[state.last() + 1] != null
                    || isTitle(state.last() + 1)) {
                return end;
            }
            int head = runEnd(state.last() + 1);
            ActorType type = lex.orgHeads.get(tok(head).key());
            return type == ActorType.POLITICAL_GROUP || type == ActorType.ARMED_GROUP ? head : end;
        }

        /** Last token of a name starting at i: capitalised words, particles, hyphenated parts. */
        int runEnd(int i) {
            int end = i;
            int sentence = tok(i).sentence();
            boolean afterHead = false; // "Institute for National Defense and Security Research"
            boolean pastOfThe = false;
            int nickname;
            while (true) {
                Token n = tok(end + 1);
                if (n == null || n.sentence() != sentence) {
                    break;
                }
                if (n.capitalised() && at[end + 1] == null && !outlet[end + 1] && !isTitle(end + 1)
                        && (!n.in(FUNCTION) || saidAsName(end + 1))) {
                    end++;
                } else if (n.isPunct('-') && n.joined() && tok(end + 2) != null && tok(end + 2).joined()
                        && tok(end + 2).isWord() && at[end + 2] == null) {
                    if (participleAfterDash(end + 1)) {
                        break; // "Yangon-based Golden Lotus", "a Turkish-built drone": a place or maker before a name
                    }
                    end += 2;
                } else if ((nickname = nicknameEnd(end + 1)) > 0) {
                    end = nickname; // 'Wilner "Tonnerre" Jeantilus': the surname comes next
                } else if (nameJoint(end + 1) && at[end + 2] == null && !isTitle(end + 2)) {
                    end += 2; // "the National People's Party", "Unidad Nacional Azul y Blanco"
                } else if (n.kind() == Token.Kind.NUMBER && d.word(end + 2) && !d.capitalised(end + 2)
                        && GROUP_NOUNS.containsKey(tok(end + 2).key())) {
                    end++; // "the Barrio 18 gangs", "the Alternance 2023 platform": the number is in the name
                    break;
                } else if (n.isWord() && n.in(PARTICLES) && tok(end + 2) != null
                        && (tok(end + 2).capitalised() || (tok(end + 2).isPunct('-') && tok(end + 2).joined()))
                        && at[end + 2] == null) {
                    end++;
                } else if (n.isWord() && n.in(PARTICLES) && d.word(end + 2) && tok(end + 2).in(PARTICLES)
                        && !d.capitalised(end + 2) && d.capitalised(end + 3) && at[end + 3] == null
                        && tok(end + 3).sentence() == sentence) {
                    end += 2; // "Annelies van der Straaten", "Juan de la Cruz": two particles
                } else if (n.is("and") && d.word(end) && lex.orgHeads.get(tok(end).key()) == ActorType.COMPANY) {
                    break; // "Sahand Aero Industries and Kavir Propulsion Company": a firm's name ends there
                } else if ((n.is("of") || n.is("for")) && lex.orgHeads.containsKey(tok(end).key()) && d.is(end + 2, "the")
                        && d.capitalised(end + 3) && at[end + 3] == null && !isTitle(end + 3)
                        && tok(end + 3).sentence() == sentence) {
                    afterHead = true;
                    pastOfThe = true;
                    end += 2; // "the University of the West Indies": past "of the"
                } else if ((n.is("of") || n.is("for")) && lex.orgHeads.containsKey(tok(end).key())
                        && demonymInName(end + 2)) {
                    afterHead = true;
                    end = at[end + 2].last(); // "the Congress of South African Trade Unions": the people's word is the name's
                } else if (n.isWord() && n.in(ORG_INNER) && (lex.orgHeads.containsKey(tok(end).key()) || afterHead)
                        && !(pastOfThe && n.is("and")) // (not "... of the West Indies and Carla Reyes, a lecturer")
                        && tok(end + 2) != null && tok(end + 2).capitalised() && at[end + 2] == null
                        && !isTitle(end + 2) && !placeOfABody(end)) {
                    afterHead = true;
                    end++;
                } else if (afterHead && n.isWord() && (n.is("on") || n.is("for")) && tok(end + 2) != null && at[end + 2] != null
                        && at[end + 2].ent().isState() && at[end + 2].first() == end + 2 && !tok(end + 2).allCaps()) {
                    end = at[end + 2].last(); // "Panel of Experts on Sudan": the country is the body's brief
                    break;
                } else {
                    break;
                }
            }
            while (end > i && tok(end).isWord() && tok(end).in(ORG_INNER) && !tok(end).capitalised()) {
                end--; // "the OAS Permanent Council on Thursday": the name ends before "on"
            }
            return end;
        }

        /** Does a demonym start at k with more of a name, capitalised and unread, right after it ("South African Trade")? */
        private boolean demonymInName(int k) {
            Mention m = k < d.size() ? at[k] : null;
            return m != null && m.first() == k && m.form() == Mention.Form.DEMONYM && tok(m.last() + 1) != null
                    && tok(m.last() + 1).sentence() == tok(k).sentence() && d.capitalised(m.last() + 1)
                    && at[m.last() + 1] == null && !isTitle(m.last() + 1);
        }

        /**
         * Is "in" after token k, the head of a forum's, an institute's or a firm's name, where the body sits ("the
         * Central Asia Policy Forum in Almaty")? (A mission's or a programme's "in" names its country: "Mission in Haiti".)
         */
        private boolean placeOfABody(int k) {
            ActorType head = lex.orgHeads.get(tok(k).key());
            return d.is(k + 1, "in") && (head == ActorType.OTHER || head == ActorType.COMPANY);
        }

        /**
         * 'Wilner "Tonnerre" Jeantilus': a nickname in quotes between a given name and a surname, one or two
         * capitalised words held tight by the marks, with a capitalised word after. The index of the closing
         * mark when a quote opens at k so, else -1.
         */
        private int nicknameEnd(int k) {
            Token open = tok(k);
            if (open == null || open.kind() != Token.Kind.QUOTE || open.joined() || !d.capitalised(k + 1)
                    || !tok(k + 1).joined() || at[k + 1] != null || !d.capitalised(k - 1)) {
                return -1;
            }
            int close = d.capitalised(k + 2) && tok(k + 2).joined() ? k + 3 : k + 2;
            Token shut = tok(close);
            Token surname = tok(close + 1);
            return shut != null && shut.kind() == Token.Kind.QUOTE && shut.joined() && surname != null
                    && !surname.joined() && surname.capitalised() && surname.sentence() == open.sentence()
                    && at[close + 1] == null && !isTitle(close + 1) && !surname.in(FUNCTION) ? close : -1;
        }

        /** The nickname in quotes inside the name [a, b] ({@link #nicknameEnd}), as {first, last}, or null. */
        private int[] nicknameIn(int a, int b) {
            for (int k = a + 1; k < b; k++) {
                int close = tok(k).kind() == Token.Kind.QUOTE ? nicknameEnd(k) : -1;
                if (close > 0 && close < b) {
                    return new int[] {k + 1, close - 1};
                }
            }
            return null;
        }

        /** "the Rouge Ravine gang", "the Alternance 2023 platform": a name after "the" and before a group's noun. */
        private boolean namedGroup(int a, int b) {
            Token noun = tok(b + 1);
            return d.is(a - 1, "the") && noun != null && noun.isWord() && !noun.capitalised()
                    && GROUP_NOUNS.containsKey(noun.key()) && at[a] == null;
        }

        /** Acronyms of a state's ministries named without the state, and where each name starts ({@link #acronymDefinitions}). */
        private final Map<String, int[]> govAcronyms = new HashMap<>();

        /**
         * "MANILA - ... The Department of Foreign Affairs (DFA) ... DFA spokeswoman X": the ministry and its acronym
         * are the state the story is filed from, when the government phrases found that state; else the name is a
         * body of its own, as any name the text gives an acronym is.
         */
        private void governmentAcronyms() {
            Ent home = govAcronyms.isEmpty() ? null : bodyDatelineState();
            for (Map.Entry<String, int[]> g : govAcronyms.entrySet()) {
                int start = g.getValue()[0];
                Mention ministry = at[start];
                Ent e;
                if (ministry != null && ministry.ent() == home && home != null) {
                    e = home;
                } else {
                    e = newEnt(d.span(start, g.getValue()[1]), ActorType.OTHER);
                    mention(start, g.getValue()[1], e, Mention.Form.NAME);
                    e.alias(tok(g.getValue()[1] + 2).text());
                }
                for (int i = start; i < d.size(); i++) {
                    if ((at[i] == null || at[i].ent() == home && e != home && at[i].first() == i && at[i].last() == i)
                            && d.allCaps(i) && tok(i).key().equals(g.getKey())) {
                        mention(i, i, e, e == home ? Mention.Form.GOVERNMENT : Mention.Form.ALIAS);
                    }
                }
            }
        }

        /** Words after "the soldiers" or "the officers" that make them those something is done to, not the rulers. */
        private static final Words DONE_TO = Words.of("were", "was", "had", "killed", "wounded", "injured", "who");

        /**
         * Are "officers" or "soldiers" at i the coup's men: "the soldiers", or the coup state's people's soldiers
         * ("the Gambian soldiers"), not a number of them ("two soldiers") nor another state's? Where the phrase
         * starts, or -1.
         */
        private int coupMen(int i) {
            if (i < 1) {
                return -1; // ("Soldiers seized ..." opening the text: no "the" before them)
            }
            Ent state = coupRulersState();
            if (at[i] == null && at[i - 1] != null && at[i - 1].ent() == state && at[i - 1].form() == Mention.Form.DEMONYM
                    && d.is(i, "soldiers") && d.is(at[i - 1].first() - 1, "the")) {
                return at[i - 1].first(); // "the Gambian soldiers"
            }
            if (at[i] == null) {
                return d.is(i - 1, "the") && (d.is(i, "officers") || !d.is(i - 2, "of")) ? i : -1;
            }
            int f = at[i].first() == i && at[i - 1] != null && at[i - 1].ent() == state ? at[i - 1].first() : at[i].first();
            return d.is(i, "soldiers") && at[i].ent() == state && at[i].last() == i && f == i - 1 && d.is(f - 1, "the")
                    ? f : -1;
        }

        /** Is token i a noun for a government: "government", "administration", "cabinet", "regime"? */
        boolean governmentWordAt(int i) {
            return d.is(i, "government") || d.is(i, "administration") || d.is(i, "cabinet") || d.is(i, "regime");
        }

        /** Verbs that oust a leader: "detained President X", "toppled Prime Minister Y". */
        private static final Words OUSTING = Words.of("detained", "ousted", "toppled", "deposed", "overthrew",
                "overthrown", "arrested", "removed", "seized");

        /** Does an ousting verb come right before the (titled) name at a ("soldiers detained President X")? */
        private boolean oustedAt(int a) {
            int k = a - 1;
            while (k >= 0 && a - k <= 3 && d.word(k) && (d.in(k, DETERMINERS) || d.is(k, "former"))) {
                k--;
            }
            return k >= 0 && d.word(k) && OUSTING.contains(tok(k));
        }

        /** The one state a sentence names outside quotes and past its dateline; null for none or several. */
        private Ent onlyStateIn(int sentence) {
            Ent only = null;
            for (int k = d.sentenceStart(sentence); k < d.sentenceEnd(sentence); k++) {
                Mention m = at[k];
                if (m == null || inQuote[k] || !m.ent().isState() || TextImporter.inDateline(d, k)) {
                    continue;
                }
                if (only != null && only != m.ent()) {
                    return null;
                }
                only = m.ent();
                k = m.last();
            }
            return only;
        }

        /** Is [a, b] one hyphened name ("Ouham-Pendé")? */
        private boolean hyphened(int a, int b) {
            return b == a + 2 && tok(a + 1).isPunct('-') && tok(a + 1).joined() && tok(b).joined();
        }

        /**
         * "Eritrean Foreign Minister Yonas Habtemariam ... the Eritrean minister accused Ethiopia": "the", a state's
         * people and a title stand for the one person of that state the text named with that title (no one, or
         * several, and the phrase stays the state's).
         */
        private void peopleTitles() {
            for (int i = 0; i + 2 < d.size(); i++) {
                Mention people = at[i + 1];
                if (!d.is(i, "the") || people == null || people.form() != Mention.Form.DEMONYM || !people.ent().isState()
                        || people.first() != i + 1 || !isTitle(people.last() + 1) || at[people.last() + 1] != null) {
                    continue;
                }
                int t = people.last() + 1;
                int te = titleEnd[t];
                if (d.capitalised(te + 1) || d.is(te + 1, "of")) {
                    continue; // ("the Kenyan President William X": the name follows; "the Kenyan minister of X")
                }
                String title = Doc.key(d.span(t, te));
                Ent only = null;
                int count = 0;
                for (Ent e : ents) {
                    if (e.isPerson() && e.affiliation == people.ent() && !e.mentions.isEmpty()
                            && e.mentions.get(0).first() < i && e.roles.stream().anyMatch(r -> Doc.key(r).endsWith(title))) {
                        only = e;
                        count++;
                    }
                }
                if (count == 1) {
                    mention(i + 1, te, only, Mention.Form.DESCRIPTION);
                    i = te;
                }
            }
        }

        /** Heads of the names of an army's units: "its Northern Brigade", "the 3rd Division". */
        private static final Words STATE_UNITS = Words.of("brigade", "battalion", "division", "regiment");

        /** Heads of the names of an armed group's units: "the Eastern War Front", "its Northern Brigade". */
        private static final Words UNIT_HEADS = Words.of("front", "brigade", "battalion", "wing", "division", "regiment",
                "column", "bloc");

        /**
         * "the group's Eastern War Front", "the ELN's Eastern War Front", "its Northern Brigade": a unit the
         * possessor, an armed group, owns is the group (as the news treats it); made so, true.
         */
        private boolean unitOfOwner(int a, int b) {
            int from = d.word(a - 1) && d.capitalised(a - 1) && tok(a - 1).in(COMPASS) && at[a - 1] == null ? a - 1 : a;
            Token p = tok(from - 1);
            Ent owner = null;
            if (p != null && p.kind() == Token.Kind.POSSESSIVE && mentionAt(from - 2) != null) {
                owner = mentionAt(from - 2).ent();
            } else if (p != null && p.kind() == Token.Kind.POSSESSIVE && d.word(from - 2) && !d.capitalised(from - 2)
                    && BODY_NOUNS.containsKey(tok(from - 2).key())) {
                owner = bodyNoun(tok(from - 2).key(), from - 3); // "the group's"
            } else if (p != null && p.isWord() && (p.is("its") || p.is("their"))) {
                owner = recentBody(from - 1);
            }
            if (owner == null || owner.type != ActorType.ARMED_GROUP && !(owner.isState() && STATE_UNITS.contains(tok(b)))) {
                return false; // (a state's "Southern Front" or "Revolutionary Front" is a group of its own)
            }
            owner.alias(d.span(from, b));
            mention(from, b, owner, Mention.Form.ALIAS);
            return true;
        }

        /** A state's own body named again without the state ({@link #ownBodies}): its mention made, true. */
        private boolean ownBodyAgain(int a, int b) {
            if (!ownBodies.contains(Doc.key(d.span(a, b)))) {
                return false;
            }
            for (Ent e : ents) {
                if (e.isState() && e.aliases.contains(d.span(a, b))) {
                    mention(a, b, e, Mention.Form.GOVERNMENT);
                    return true;
                }
            }
            return false;
        }

        /** Is token k a word after which a name is part of another ("for", "of") or its author's ("by")? */
        private boolean ofAName(int k) {
            return d.is(k, "for") || d.is(k, "of") || d.is(k, "by");
        }

        /** A place noun ("town", "province") in the phrase from token i, before a comma, within the limit. */
        private boolean placeAhead(int i, int limit) {
            for (int k = i; k < limit && k < d.size() && !tok(k).isPunct(','); k++) {
                if (tok(k).isWord() && !tok(k).capitalised() && tok(k).in(PLACE_NOUNS)
                        && !isTitle(k) && !isTitle(k + 1)) { // (not "a state minister", "a county official")
                    return true;
                }
                if (isTitle(k) && (tok(k).capitalised() || !ADJECTIVE_RANKS.contains(tok(k)))) {
                    return false; // "X, mayor of the town": a person's office
                }
            }
            return false;
        }

        /** Nouns before a name that make it a firm's: "energy company DTEK", "grid operator X". */
        private static final Words COMPANY_NOUNS = Words.of("company", "firm", "operator",
                "corporation", "giant", "producer", "exporter", "bank", "insurer", "carrier", "miner", "conglomerate",
                "manufacturer", "contractor", "airline", "utility", "lender", "shipper", "broadcaster");

        /**
         * "BISSAU, May 14 (Parley Wire) -": the name in a dateline's brackets is the outlet that filed the story,
         * a source and no actor, wherever the text names it ("speaking to Parley Wire by telephone").
         */
        private void datelineOutlet() {
            for (int start : openingParagraphs()) {
                for (int k = start; k + 2 < d.size() && k < start + 14 && TextImporter.inDateline(d, k); k++) {
                    if (!tok(k).isPunct('(')) {
                        continue;
                    }
                    int e = k + 1;
                    while (e < d.size() && e <= k + 4 && d.capitalised(e) && at[e] == null && !outlet[e]) {
                        e++;
                    }
                    if (e == k + 1 || e >= d.size() || !tok(e).isPunct(')')) {
                        return; // a known name, an outlet the lexicon has, or no name at all
                    }
                    for (int i = 0; i + (e - k - 2) < d.size(); i++) {
                        boolean same = true;
                        for (int j = 0; j < e - k - 1 && same; j++) {
                            same = d.keyId(i + j) == d.keyId(k + 1 + j) && d.capitalised(i + j) && at[i + j] == null
                                    && d.tok(i + j).key().equals(tok(k + 1 + j).key());
                        }
                        if (same) {
                            markOutlet(i, i + e - k - 2);
                        }
                    }
                    return;
                }
            }
        }

        /** Nouns an outlet is described by before its name: "the German public broadcaster Deutsche Welle". */
        private static final Words OUTLET_NOUNS = Words.of("broadcaster", "newspaper", "daily", "weekly", "channel",
                "radio", "station", "network", "outlet", "television", "magazine", "website");

        /**
         * The first token of the outlet named from token a, with the description set before its name ("the German
         * public broadcaster Deutsche Welle"), when the outlet is the object of a hostile act ("suspended the BBC",
         * "banned RFI", "suspended the German public broadcaster Deutsche Welle"); -1 when it is not.
         */
        private int outletActedOn(int a) {
            int from = a;
            if (d.word(a - 1) && !d.capitalised(a - 1) && OUTLET_NOUNS.contains(tok(a - 1))) {
                int q = a - 2;
                while (q > a - 6 && d.word(q) && !d.is(q, "the") && !d.in(q, FUNCTION)) {
                    q--;
                }
                from = d.is(q, "the") ? q + 1 : a;
            }
            int p = d.is(from - 1, "the") ? from - 2 : from - 1;
            if (p < 0 || !d.word(p) || d.capitalised(p) || inQuote[a] || !lex.triggers.startsAt(d, p)) {
                return -1;
            }
            Trie.Match<Lexicon.Trigger> m = lex.triggers.longest(d, p, false);
            return m != null && m.last() == p && m.value().polarity() == Polarity.CONFLICT ? from : -1;
        }

        /**
         * "Speaking to CNN's Christiane Amanpour, ...", "the BBC's Lyse Doucet": the name after an outlet's possessive
         * is a journalist's, no actor, and is marked as the outlet's; where the marked words end (b itself for none).
         */
        private int journalistAfter(int b) {
            if (tok(b + 1) == null || tok(b + 1).kind() != Token.Kind.POSSESSIVE) {
                return b;
            }
            int e = b + 1;
            while (e + 1 < d.size() && e < b + 4 && d.capitalised(e + 1) && !tok(e + 1).allCaps() && !isTitle(e + 1)
                    && lex.titles.longest(d, e + 1, true) == null) {
                e++;
            }
            if (e >= b + 3) { // (a first name and a surname at least)
                markOutlet(b + 1, e);
                return e;
            }
            return b;
        }

        /** Marks tokens [a, b] as an outlet's name, which no actor's mention may take. */
        private void markOutlet(int a, int b) {
            for (int k = a; k <= b && k < outlet.length; k++) {
                outlet[k] = true;
            }
        }

        /**
         * Is the name [a, b] a news outlet's: after "broadcaster", "newspaper", "daily" or "news agency", or
         * itself ending in "News Agency", "Press Agency" or "News Service"?
         */
        private boolean outletNamed(int a, int b) {
            if (b > a && (d.is(b, "agency") || d.is(b, "service")) && (d.is(b - 1, "news") || d.is(b - 1, "press"))) {
                return true;
            }
            Token noun = tok(a - 1);
            return noun != null && noun.isWord() && !noun.capitalised() && (noun.is("broadcaster")
                    || noun.is("newspaper") || noun.is("daily")
                    || noun.is("agency") && (d.is(a - 2, "news") || d.is(a - 2, "press")));
        }

        /** Ranks that are common adjectives in lower case: "the last major town", "the general public". */
        private static final Words ADJECTIVE_RANKS = Words.of("major", "general", "private");

        /** "Residents who fled Luvungi told ...": a lone name right after a verb is its object, not a speaker. */
        private boolean afterVerb(int a) {
            Token p = tok(a - 1);
            return p != null && p.isWord() && !p.capitalised() && !p.in(DETERMINERS) && !p.is("and") && !p.is("but")
                    && !isTitle(a - 1) && (p.key().endsWith("ed") || p.in(AUXILIARIES) || p.key().endsWith("s"));
        }

        /** Prepositions after which a capitalised name is where something happens. */
        private static final Words IN_PLACE = Words.of("in", "near", "at", "into", "across",
                "inside", "outside", "around", "towards", "toward");

        /** Capitalised adjectives of creed or doctrine, never a group's whole name. */
        private static final Words IDEOLOGIES = Words.of("islamist", "islamists", "jihadist",
                "jihadists", "islamic", "muslim", "christian", "sunni", "shia", "shiite", "salafist", "marxist",
                "maoist", "communist", "nationalist", "separatist");

        private boolean afterPlaceCue(int a) {
            Token before = tok(a - 1);
            if (before == null) {
                return false;
            }
            if (before.in(PLACE_CUES) || before.is("in") && !d.capitalised(a - 1) && !possessiveAfterName(a)
                    && !(d.word(a - 2) && PEOPLE_FOUND_IN.contains(tok(a - 2)))) { // (not "a reliable ally in Ibrahim Traore")
                return true; // ("attacks on security posts in Khyber Pakhtunkhwa": a place; not "in John Smith's view")
            }
            if (before.kind() == Token.Kind.POSSESSIVE && a >= 3 && d.capitalised(a - 2) && at[a - 2] == null
                    && d.is(a - 3, "in")) {
                return true; // "in Cox's Bazar": a place named after someone
            }
            if ((before.is("and") || before.isPunct(',')) && a >= 4) {
                // "the towns of Mahaday and Adan Yabaal": the last of a list of places after "of"
                int k = a - 2;
                while (k > 0 && k >= a - 12 && tok(k).sentence() == before.sentence()
                        && (tok(k).capitalised() || tok(k).isPunct(',') || tok(k).is("and"))) {
                    k--;
                }
                return tok(k).is("of") && tok(k - 1) != null && tok(k - 1).in(PLACE_NOUNS)
                        && tok(k - 1).key().endsWith("s") && tok(k + 1).capitalised();
            }
            // "the town of X", and "the siege of X", "the people of X": what is besieged or lived in is a place
            return before.is("of") && tok(a - 2) != null && (tok(a - 2).in(PLACE_NOUNS)
                    || tok(a - 2).isWord() && SITES_OF.contains(tok(a - 2)));
        }

        /** What one finds in a person: "found a reliable ally in X", "a partner in X". */
        private static final Words PEOPLE_FOUND_IN = Words.of("ally", "allies", "partner", "partners", "friend",
                "friends", "champion", "supporter", "backer", "opponent", "rival", "successor", "counterpart");

        /** Does a possessive follow the capitalised run that starts at a ("in Moussa Faki's words")? */
        private boolean possessiveAfterName(int a) {
            int k = a;
            while (d.capitalised(k) && at[k] == null) {
                k++;
            }
            return d.tok(k) != null && d.tok(k).kind() == Token.Kind.POSSESSIVE;
        }

        /** Nouns whose "of" names a place: "the siege of", "the people of" (not "the capture of"). */
        private static final Words SITES_OF = Words.of("siege", "sieges", "blockade",
                "encirclement", "bombardment", "shelling", "residents", "people", "inhabitants", "streets", "centre",
                "center");

        /** The last words of places' names. */
        private static final Words PLACE_HEADS = Words.of("river", "lake", "mountains",
                "mountain", "valley", "desert", "peninsula", "plateau", "basin", "delta", "highlands", "hills");

        /** The heads of the names of armed forces. */
        private static final Words MILITARY_HEADS = Words.of("force", "forces", "army", "navy",
                "corps", "command", "guard", "guards", "police");

        /** Does the name [a, b] end in, or start with, the head of an armed force's name ("... Defence Force")? */
        private boolean militaryName(int a, int b) {
            int head = b;
            while (head > a && !lex.orgHeads.containsKey(tok(head).key())) {
                head--;
            }
            return MILITARY_HEADS.contains(tok(head)) && lex.orgHeads.containsKey(tok(head).key());
        }

        /** Names given to exercises and operations: "drills, code-named Blue Shield", "dubbed X". */
        private boolean codeName(int a) {
            Token p = tok(a - 1);
            return p != null && (p.is("dubbed") || p.is("codenamed") || p.is("nicknamed")
                    || p.is("named") && tok(a - 2) != null && tok(a - 2).isPunct('-') && tok(a - 3) != null && tok(a - 3).is("code"));
        }

        /**
         * The one organisation the text named before (not one of the gazetteer's) whose name starts with the
         * words [a, b] and ends with a head word ("BAE" for "BAE Systems", "Kestrel" for "the Kestrel
         * Brigade"); null when none or more than one.
         */
        private Ent shortFormOf(int a, int b) {
            Ent found = null;
            boolean kindAfter = false;
            int n = b - a + 1;
            for (Ent e : ents) {
                if (e.isPerson() || e.isState() || e.mentions.isEmpty() || e.mentions.get(0).first() >= a
                        || e.known != null && e.type != ActorType.ARMED_GROUP) {
                    continue; // (a known body's short forms are the gazetteer's: not "African" for the AU)
                }
                // the name as first written: its words, the last a head word ("Systems", "Brigade")
                Mention named = e.mentions.get(0);
                int words = named.last() - named.first() + 1;
                // or a name with its kind after it in lower case, which the short form keeps: "the Azande
                // militia" after "the Azande Ani Kpi Gbe militia"
                Token kind = tok(named.last() + 1);
                boolean sameKind = kind != null && kind.isWord() && !kind.capitalised() && tok(b + 1) != null
                        && GROUP_NOUNS.containsKey(kind.key()) && tok(b + 1).key().equals(kind.key());
                if (e.known != null && !sameKind) {
                    continue; // (a known armed group keeps only the short form with its kind after it)
                }
                // or its first words up to a head word, before "for" or "of": "the National Council" for "the
                // National Council for Unity and Restoration"
                boolean headFirst = words > n + 1 && lex.orgHeads.containsKey(tok(b).key())
                        && (d.is(named.first() + n, "for") || d.is(named.first() + n, "of"));
                // ("Caspian Meridian" for the firm "Caspian Meridian Shipping Lines": two first words of a firm's name)
                boolean firmPrefix = e.type == ActorType.COMPANY && n >= 2 && words > n;
                if (words < n + 1 || !lex.orgHeads.containsKey(tok(named.last()).key()) && !sameKind && !headFirst
                        && !firmPrefix) {
                    continue;
                }
                // the name less its head word; or fewer of its first words, when no lexicon knows them
                // ("Halvard" for "Halvard Aero Systems", not "National" for "National Salvation Committee")
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    same = tok(named.first() + k).key().equals(tok(a + k).key())
                            && (words == n + 1 || sameKind || headFirst || firmPrefix || d.keyId(a + k) < 0);
                }
                if (same) {
                    if (found != null) {
                        return null;
                    }
                    found = e;
                    kindAfter = sameKind;
                }
            }
            if (found == null || d.in(a - 1, LOCATIVE) || d.keyId(a) >= 0 && b == a && !kindAfter) {
                return null; // "troops in Bakhmut" after "the Bakhmut Brigade"; "the House" after "House Democrats"
            }
            String span = d.span(a, b);
            for (Ent p : ents) {
                if (p.isPerson() && (" " + p.name + " ").contains(" " + span + " ")) {
                    return null; // "Dangote said" after "Aliko Dangote" and "Dangote Industries": the person
                }
            }
            return found;
        }

        /**
         * "the opposition party Podemos", "the armed group CODECO": a name right after "the" and a group's
         * noun (past one epithet) is that group, with its country's name when it starts with one ("the citizens'
         * movement Togo Debout"); made so, true.
         */
        private boolean groupNamedAfterItsNoun(int a, int b) {
            int c = countryStartingAParty(a);
            if (c < a && d.word(c - 1) && !d.capitalised(c - 1) && GROUP_NOUNS.containsKey(tok(c - 1).key())) {
                a = c; // "the citizens' movement Togo Debout": a name that starts with its country's
            }
            Token noun = tok(a - 1);
            if (noun == null || !noun.isWord() || noun.capitalised() || !GROUP_NOUNS.containsKey(noun.key())
                    || noun.is("opposition") || noun.is("fighters") || speechAt(b + 1)
                    || !(determinerOrPossessive(a - 2)
                    || d.word(a - 2) && !d.capitalised(a - 2) && determinerOrPossessive(a - 3))) {
                return false; // ("the opposition party Podemos", "Spain's opposition party Vox")
            }
            Ent e = newEnt(d.span(a, b), GROUP_NOUNS.get(noun.key()));
            mention(a, b, e, Mention.Form.NAME);
            return true;
        }

        /** Is [a, b] the name of a body (no person, no state, none the lists know) named before? Made its mention, true. */
        private boolean bodyAgain(int a, int b) {
            for (Ent e : ents) {
                if (!e.isPerson() && !e.isState() && e.known == null && !e.mentions.isEmpty()
                        && e.name.length() == tok(b).end() - tok(a).start() && e.name.equals(d.span(a, b))) {
                    mention(a, b, e, Mention.Form.NAME);
                    return true;
                }
            }
            return false;
        }

        /** Is token i "the" or a possessive "'s"? */
        private boolean determinerOrPossessive(int i) {
            return d.is(i, "the") || tok(i) != null && tok(i).kind() == Token.Kind.POSSESSIVE;
        }

        private void classify(int a, int b) {
            if (outletNamed(a, b)) {
                markOutlet(a, b); // "public broadcaster Yle", "the Oman News Agency": a source, no actor
                return;
            }
            if (tok(b).capitalised() && lex.orgHeads.get(tok(b).key()) == ActorType.COMPANY) {
                a = firmsCountryStart(a); // "Azerbaijan Airlines", "Kenya Airways": a firm named after its country
                if (a == b) {
                    return; // "Maritime police in Puntland said": a firm's head word alone names no firm
                }
            }
            int from = a == b ? demonymBefore(a) : a;
            int country = countryStartingAParty(a);
            // "Togo Debout said" after it was named; "Georgian Dream denied it" after "the ruling Georgian Dream party"
            if (country < a && bodyAgain(country, b) || bodyAgain(from, b)) {
                return;
            }
            if (!ownBodies.isEmpty() && ownBodyAgain(a, b)) {
                return; // "the National Security Council" after "Iraq's National Security Council"
            }
            if (UNIT_HEADS.contains(tok(b)) && unitOfOwner(a, b)) {
                return; // "the group's Eastern War Front": a unit of the armed group, the group itself
            }
            Token head = tok(b + 1);
            if (head != null && head.isWord() && !head.capitalised() && BRACKET_NOUNS.containsKey(head.key())) {
                // "the Multinational Security Support mission": a known body's name with its head noun in
                // lower case
                Trie.Match<Lexicon.Known> km = lex.names.longest(d, a, false);
                if (km != null && km.first() == a && km.last() == b + 1 && km.value().form() == Lexicon.Form.NAME) {
                    mention(a, b + 1, known(km.value().entity()), Mention.Form.NAME);
                    return;
                }
            }
            if (b > a && PLACE_HEADS.contains(tok(b))) {
                return; // "the Cuyuni River", "the Nuba Mountains": a place
            }
            if (a == b && a >= 2 && d.is(a - 1, "of") && d.capitalised(a - 2) && at[a - 2] == null) {
                return; // "the Treatment of Prisoners of War said": the end of a longer name, no one's name
            }
            int titleBefore = aideTitle(titleBefore(a), a); // the title that ends right before the name, or -1
            if (codeName(titleBefore >= 0 ? titleStart(titleBefore) : a)) {
                return; // "drills code-named Justice Shield": not Justice Shield the judge
            }
            if (titleBefore < 0 && !placeNames.isEmpty() && placeNames.contains(Doc.key(d.span(a, b)))) {
                return; // "the future of Cabo Delgado" after "Cabo Delgado province"
            }
            Token to = tok(a - 1);
            if (a == b && titleBefore < 0 && to != null && to.is("to") && (tok(a - 2) != null && MOTION_VERBS.contains(tok(a - 2))
                    || tok(a - 3) != null && MOTION_VERBS.contains(tok(a - 3)))) {
                return; // "residents who fled to Pemba", "fled Macomia to Pemba"
            }
            // a particle-led start such as "de Riviere" is only a surname; leave it to the surname pass
            int words = 0;
            boolean orgHead = false;
            for (int i = a; i <= b; i++) {
                if (tok(i).capitalised()) {
                    words++;
                    orgHead |= lex.orgHeads.containsKey(tok(i).key());
                }
            }
            if (shortNameOfOneKnown(a, b, words, titleBefore)) {
                return;
            }
            classifyRest(a, b, words, orgHead, titleBefore);
        }

        /**
         * Does "of the" and a party or an armed group follow the name ending at b ("Chileshe Mulenga Phiri of the
         * Patriotic Front was credited with")? Then a name that opens a sentence is a member's, a person's.
         */
        private boolean memberOfGroupAfter(int b) {
            ActorType body = !d.is(b + 1, "of") || !d.is(b + 2, "the") || !d.capitalised(b + 3) ? null
                    : at[b + 3] != null ? (at[b + 3].first() == b + 3 ? at[b + 3].ent().type : null)
                    : headType(b + 3, runEnd(b + 3)); // (a name not read yet: its head word's type)
            return body == ActorType.POLITICAL_GROUP || body == ActorType.ARMED_GROUP;
        }

        /**
         * The rest of {@link #classify}, once the name [a, b] ({@code words} of them capitalised, {@code orgHead} when
         * one is a body's head word, after the title ending at {@code titleBefore} or -1) is no short form of one
         * named before: a place, a group, a body or a person. (One method too large for C2 to inline the small calls
         * it makes; see the README's Development section.)
         */
        private void classifyRest(int a, int b, int words, boolean orgHead, int titleBefore) {
            Token where = tok(a - 1);
            // (and one hyphened name: "a single village in Ouham-Pendé")
            if ((words == 1 || hyphened(a, b)) && !orgHead && where != null && where.isWord() && IN_PLACE.contains(where)
                    && titleBefore < 0) {
                return; // "shelling neighbourhoods in Luvungi and said ...": a place, whatever follows
            }
            if (words == 1 && a == b && governmentBeforeAnd(a)) {
                Mention m = at[a - 2]; // "the Ministry of Foreign Affairs and Trade": the rest of the ministry's name
                m.ent().alias(d.span(m.first(), b));
                mention(m.first(), b, m.ent(), Mention.Form.GOVERNMENT);
                return;
            }
            if (words == 1 && IDEOLOGIES.contains(tok(a))) {
                return; // "Islamist insurgents": a creed, not a group's name
            }
            if (titleBefore < 0 && groupNamedAfterItsNoun(a, b)) {
                return; // "the opposition party Podemos"
            }
            if (titleBefore < 0 && partyEndingInItsCountry(a, b)) {
                return; // "the opposition Sovereign Moldova party", "the Ata-Jurt Kyrgyzstan party"
            }
            Token follow = tok(b + 1);
            if (follow != null && follow.isWord() && !follow.capitalised() && GROUP_NOUNS.containsKey(follow.key())
                    && (!tok(a).allCaps() || GROUP_NOUNS.get(follow.key()) == ActorType.POLITICAL_GROUP)
                    && !(a == b && aPeoplesWord(a)) && !(a == b && describesTheBodyBefore(a - 1))) {
                // "the PAIGC party" too: an acronym before a party's noun
                // "the Viv Ansanm gang coalition", "Alternance 2023 platform"
                int from = follow.is("party") ? countryStartingAParty(a) : a;
                Ent e = newEnt(d.span(from, b), GROUP_NOUNS.get(follow.key()));
                // (a name before a lower-case "party" is a party's, sure when named once: "the right-wing Fuerza Popular party")
                e.weak = (e.mentions.isEmpty() || e.weak) && !follow.is("party");
                mention(from, b, e, Mention.Form.NAME);
                return;
            }
            // (a one-word name only when no lexicon knows the word: "Creemos, the opposition alliance,")
            ActorType described = titleBefore < 0 && (words >= 2 || a == b && d.keyId(a) < 0 && groupHeadLast(b))
                    ? groupApposition(b) : null;
            if (described != null) {
                // "Srpska Lista, the largest Kosovo Serb party,": the apposition says what the name is (with a people's
                // word right before one word: "Serb List, the main ethnic Serb party,")
                int from = a == b ? demonymBefore(a) : a;
                Ent e = newEnt(d.span(from, b), described);
                mention(from, b, e, Mention.Form.NAME);
                return;
            }
            for (int i = a; i <= b; i++) {
                if (tok(i).in(PLACE_WORDS) && tok(i).capitalised()) {
                    return; // "Scarborough Shoal", "Red Sea": a place
                }
            }
            if (words >= 2 && b > a && tok(b).is("state") && tok(b).capitalised() && titleBefore < 0) {
                return; // "Rakhine State", "Borno State": a region (a known "Islamic State" is the gazetteer's)
            }
            if (tok(b).in(DOCUMENT_WORDS) && words >= 2) {
                return; // "the Mutual Defense Treaty": a document
            }
            if (d.is(a - 1, "the") && d.word(b + 1) && !d.capitalised(b + 1) && tok(b + 1).in(DOCUMENT_WORDS)) {
                return; // "signed the Falepili Union treaty with Tuvalu": the name of a document
            }
            Token after = tok(b + 1);
            if (words >= 2 && tok(a).in(COMPASS) && titleBefore < 0 && !endsInForce(a, b) && !endsInBody(a, b)
                    || after != null && after.isWord() && !after.capitalised() && after.in(PLACE_NOUNS)) {
                return; // "North Darfur", "South Kivu province": a region ("Eastern Theater Command" is a force)
            }
            boolean speechAfter = speechAt(b + 1);
            Apposition app = apposition(b);
            Apposition appointed = appointedAs(titleBefore >= 0 ? titleStart(titleBefore) : a, b);
            int p = titleBefore >= 0 ? titleStart(titleBefore) : a;
            // ("led by former Botswana cabinet minister X": past the state and "former" of a former office)
            int q = p;
            while (q >= 2 && mentionAt(q - 1) != null && mentionAt(q - 1).ent().isState()) {
                q = mentionAt(q - 1).first(); // ("Botswana cabinet": the state and its government's word)
            }
            q = d.is(q - 1, "former") ? q - 1 : p;
            boolean leadBy = tok(q - 1) != null && tok(q - 1).is("by") && tok(q - 2) != null
                    && (tok(q - 2).is("led") || tok(q - 2).is("headed"));
            boolean sentenceStart = a == d.sentenceStart(tok(a).sentence())
                    || (tok(a - 1) != null && tok(a - 1).kind() == Token.Kind.QUOTE);
            // "Speaking for the African Group, Ghana's ambassador said": a name that ends in a body's head word is
            // the body's, whatever title a comma puts after it
            boolean headLast = words >= 2 && tok(b).capitalised() && lex.orgHeads.containsKey(tok(b).key());
            if ((orgHead || partyBefore(a) || partyAfter(b)) && titleBefore < 0 && (app == null || headLast)) {
                namedBody(a, b, words, orgHead, sentenceStart);
                return;
            }
            boolean singleCommon = words == 1 && (lex.orgHeads.containsKey(tok(a).key())
                    || tok(a).in(COMMON_CAPITALISED));
            Token noun = tok(a - 1);
            boolean firm = noun != null && noun.isWord() && !noun.capitalised() && COMPANY_NOUNS.contains(noun);
            if (a == b && (tok(a).allCaps() && speechAfter || firm) && titleBefore < 0 && app == null) {
                // "energy company DTEK said", "grid operator Ukrenergo": an acronym that speaks, or a name a
                // firm's noun introduces, is an organisation, not a person
                Ent e = newEnt(d.span(a, b), firm ? ActorType.COMPANY : typeOfName(a, b));
                mention(a, b, e, Mention.Form.NAME);
                return;
            }
            // "every shell that falls on Taiz tells us", "a shopkeeper in nearby Mitrovica said": one word after a
            // place's preposition is a place
            int pre = d.is(a - 1, "nearby") || d.is(a - 1, "neighbouring") || d.is(a - 1, "neighboring") ? a - 2 : a - 1;
            boolean place = words == 1 && d.word(pre) && !d.capitalised(pre) && (d.is(pre, "on")
                    || tok(pre).in(LOCATIVE) && !d.is(pre, "to") && !d.is(pre, "from") && !d.is(pre, "via"))
                    || words == 1 && a >= 3 && tok(a - 1).kind() == Token.Kind.POSSESSIVE && d.capitalised(a - 2)
                    && at[a - 2] == null && d.is(a - 3, "in"); // ("police in Cox's Bazar say": a place)
            if (titleBefore < 0 && app == null && izafeName(a, b)) {
                // "Bangladesh's Jamaat-e-Islami refused": a name joined by "-e-" or "-ul-" is a movement's, not a person's
                Ent e = newEnt(d.span(a, b), ActorType.POLITICAL_GROUP);
                mention(a, b, e, Mention.Form.NAME);
                return;
            }
            boolean person = titleBefore >= 0 || app != null || appointed != null || words >= 2 && ageAfter(b)
                    || (speechAfter && (words >= 2 || !sentenceStart && !afterVerb(a)) && !singleCommon && !place)
                    || (leadBy && words >= 1)
                    || (words >= 2 && whoAfter(b));
            if (titleBefore < 0 && app == null && appointed == null && words >= 2 && (ORDINALS.contains(tok(a))
                    || tok(b).in(STATE_INSTITUTIONS) && tok(b).capitalised())) {
                // "the US Navy's Fifth Fleet said", "the Third Army": a unit, no one's name; nor is "the Coordination
                // Headquarters said", "the Development Office said": an office
                return;
            }
            if (!person && words >= 2 && (!sentenceStart || memberOfGroupAfter(b)) && !tok(a).allCaps()
                    && !afterPlaceCue(a)) {
                // a two- to four-word capitalised name with no other reading: most likely a person, unless
                // an article comes before it ("the Cold War", "a Eurofighter Typhoon"): no one's name has one
                person = words <= 4 && nothingElse(a, b) && !articleBefore(a, b) && !groupNounAfter(b)
                        && !vesselBefore(a) && !digitIn(a, b);
                if (person) {
                    Ent e = personFor(a, b);
                    e.weak = e.mentions.isEmpty() || e.weak;
                    e.guessedPerson = e.weak;
                    mention(a, b, e, Mention.Form.NAME);
                    return;
                }
            }
            if (!person) {
                return;
            }
            Ent e = personFor(a, b);
            e.weak = false;
            int from = a;
            if (titleBefore >= 0) {
                from = titledPerson(e, titleBefore, a, b);
            }
            personDetails(e, a, b, app, appointed, leadBy, q, p);
            mention(from, b, e, from == a ? Mention.Form.NAME : Mention.Form.TITLED);
        }

        /**
         * Is the name [a, b] a place's or a work's, its last word a place's noun and none of its words a body's head
         * ("the Grand Ethiopian Renaissance Dam", not "the International Fund for Saving the Aral Sea")?
         */
        private boolean placeName(int a, int b) {
            if (!tok(b).in(PLACE_WORDS) || !tok(b).capitalised()) {
                return false;
            }
            for (int k = a; k <= b; k++) {
                if (lex.orgHeads.containsKey(tok(k).key())) {
                    return false;
                }
            }
            return true;
        }

        /** Ordinal words, which open the names of units and places ("Fifth Fleet"), never a person's. */
        private static final Words ORDINALS = Words.of("first", "second", "third", "fourth", "fifth", "sixth",
                "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

        /** Kinds of group a people's word may open the name of. */
        private static final Set<ActorType> GROUP_TYPES = Set.of(ActorType.POLITICAL_GROUP, ActorType.ARMED_GROUP);

        /** The demonym's token right before a one-word name ("Serb" in "Serb List"), else a itself. */
        private int demonymBefore(int a) {
            Mention m = a >= 1 ? at[a - 1] : null;
            return m != null && m.first() == a - 1 && m.last() == a - 1 && m.form() == Mention.Form.DEMONYM
                    && d.capitalised(a - 1) ? a - 1 : a;
        }

        /** Does a state's office named by capitalised words ("Ministry of Foreign Affairs") end at "and" before token a? */
        private boolean governmentBeforeAnd(int a) {
            Mention m = a >= 2 && d.is(a - 1, "and") ? at[a - 2] : null;
            return m != null && m.last() == a - 2 && m.form() == Mention.Form.GOVERNMENT && m.ent().isState()
                    && d.capitalised(a - 2) && m.last() > m.first();
        }

        /** Does a word of [a, b] hold a digit ("Bayraktar TB2", "Su-35")? No one's name does. */
        private boolean digitIn(int a, int b) {
            for (int k = a; k <= b; k++) {
                String w = tok(k).text();
                for (int i = 0; i < w.length(); i++) {
                    if (Character.isDigit(w.charAt(i))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Is the name [a, b] a short form of an organisation or person the text named before ("BAE" after "BAE
         * Systems", "Tesfaye" after "Tesfaye Alemu", "Riviere" after "Nicolas de Riviere")? Made its mention, true.
         * (Part of {@link #classify}, split off like {@link #titledPerson}.)
         */
        private boolean shortNameOfOneKnown(int a, int b, int words, int titleBefore) {
            Ent org = shortFormOf(a, b);
            if (org != null) {
                org.alias(d.span(a, b));
                mention(a, b, org, Mention.Form.ALIAS);
                return true; // "BAE said" after "BAE Systems": the name without its head word
            }
            if (words == 1 && (speechAt(b + 1) || titleBefore >= 0
                    || d.in(b + 1, AUXILIARIES) && speechAt(b + 2))) { // ("General Thanakorn has said")
                // "Tesfaye told ..." after "Tesfaye Alemu": where names go by the given name, the one person
                // with that first name and nobody with it as a surname
                Ent only = null;
                int count = 0;
                for (Ent e : ents) {
                    if (e.isPerson() && !e.surname.isEmpty() && e.name.indexOf(' ') > 0
                            && Doc.key(e.name.substring(0, e.name.indexOf(' '))).equals(tok(b).key())) {
                        only = e;
                        count++;
                    }
                    if (e.isPerson() && !e.surname.isEmpty() && e.surname.get(e.surname.size() - 1).equals(tok(b).key())) {
                        count += 2; // a surname wins: leave it to the loop below
                    }
                }
                if (count == 1 && (titleBefore < 0 || only.roles.stream().anyMatch(r -> r.equalsIgnoreCase(
                        roleText(titleStart(titleBefore), titleBefore))))) {
                    mention(a, b, only, Mention.Form.SURNAME); // ("Sergeant William" is not President William Ruto)
                    return true;
                }
            }
            if (words == 1) {
                // "de Riviere", "Riviere" after "Nicolas de Riviere": a known surname
                for (Ent e : ents) {
                    if (!e.isPerson() || e.surname.isEmpty()) {
                        continue;
                    }
                    List<String> sn = e.surname;
                    if (sn.get(sn.size() - 1).equals(tok(b).key())) {
                        int from = a;
                        if (sn.size() == 2 && a > 0 && tok(a - 1).key().equals(sn.get(0)) && at[a - 1] == null) {
                            from = a - 1;
                        }
                        if (isTitle(from - 1)) {
                            from = titleStart(from - 1);
                        } else {
                            shortFormApposition(e, b);
                        }
                        mention(from, b, e, Mention.Form.SURNAME);
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * What an appointment, an apposition, a body after the name [a, b] and "led by" before it (from {@code q}; the
         * name or its title starts at {@code p}) say of the person. (Part of {@link #classify}, split off like
         * {@link #titledPerson}.)
         */
        private void personDetails(Ent e, int a, int b, Apposition app, Apposition appointed, boolean leadBy, int q,
                int p) {
            if (appointed != null) {
                if (appointed.former) {
                    // "appointed former Nigerian president X as its mediator": the office given comes first
                    e.roles.removeIf(r -> r.equalsIgnoreCase(appointed.role));
                    e.roles.add(0, appointed.role);
                } else {
                    role(e, appointed.role);
                }
                e.affiliate(appointed.affiliation, appointed.strength);
            }
            if (app != null && !(app.former && !e.roles.isEmpty())) {
                role(e, app.role);
                if (app.affiliation != null) {
                    e.affiliate(app.affiliation, app.strength);
                }
            } else if (app != null && app.affiliation != null && ranksOnly(e) && !otherStateIn(tok(a).sentence(), app.affiliation)) {
                // "Colonel X, a former commander of Burkina Faso's presidential guard,": the rank stays the role, the
                // state of the office once held is still where he is from (not the dateline's); an office given
                // before ("The head of the mission, X, a former chief justice of Ghana,") keeps its own body, and so
                // does one the sentence may be about ("Captain X, a former student of France's military academy,
                // seized power in Burkina Faso")
                e.affiliate(app.affiliation, app.strength);
            }
            // "Opposition leader X of the United Democratic Party": the body named right after the name
            int of = d.is(b + 1, "of") ? (d.is(b + 2, "the") ? b + 3 : b + 2) : -1;
            Mention body = of > 0 ? mentionAt(of) : null;
            if (body != null && body.first() == of && !body.ent().isPerson() && body.ent() != e) {
                e.affiliate(body.ent(), body.ent().isState() ? 3 : 2);
            }
            Mention led = leadBy ? lastMentionBefore(q - 2, tok(a).sentence()) : null;
            // not "Minister Baldé said the assault had been led by X": a person named before leads no body
            leadBy &= led == null || !led.ent().isPerson();
            if (leadBy) {
                boolean junta = false;
                if (led != null) {
                    for (int k = led.first(); k <= led.last(); k++) {
                        junta |= tok(k).is("junta");
                    }
                }
                boolean headed = tok(q - 2).is("headed");
                if (!headed && q == p) { // (a former office given instead stays the role: "led by former minister X")
                    role(e, junta ? "junta leader" : "leader"); // (a head's office is the one the text gives him)
                }
                if (led != null && led.ent() != e) {
                    // ("The AU's observer mission, headed by X, a former Ghanaian foreign minister": the body
                    // X heads, over the state an apposition names)
                    // (and "led by former Botswana cabinet minister X": the body over the office X once held)
                    e.affiliate(led.ent(), (headed || q < p) && !led.ent().isState() ? 4 : 2);
                }
            }
        }

        /** Does the sentence name a state other than {@code one}, outside its dateline? */
        private boolean otherStateIn(int sentence, Ent one) {
            for (int k = d.sentenceStart(sentence); k < d.sentenceEnd(sentence); k++) {
                if (at[k] != null && at[k].ent().isState() && at[k].ent() != one && !TextImporter.inDateline(d, k)) {
                    return true;
                }
            }
            return false;
        }

        /** Are all of the person's roles military ranks ("Colonel", "Gen.")? */
        private boolean ranksOnly(Ent e) {
            for (String r : e.roles) {
                if (!lex.ranks.contains(Doc.key(r).replace(".", ""))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The capitalised name [a, b] with a body's head word, or after a party's word: a state's institution, its
         * armed forces, or a body of its own. (Part of {@link #classify}, split off like {@link #titledPerson}.)
         */
        private void namedBody(int a, int b, int words, boolean orgHead, boolean sentenceStart) {
            if (a == b && BODY_NOUNS.containsKey(tok(a).key()) && !d.is(b + 1, "of") && (d.is(a - 1, "the")
                    || d.is(a - 1, "this") || d.is(a - 1, "its") || d.is(a - 1, "their") || d.is(a - 1, "a")
                    || d.is(a - 1, "an"))) {
                // "the Council", "a Commission spokeswoman", "Its Commission chairperson": a body's noun written
                // with a capital, the body named before it (or none), no body called "Council" (but "the Commission
                // of the African Union" is named by what follows)
                Ent body = bodyNoun(tok(a).key(), a);
                if (body != null) {
                    mention(a, a, body, Mention.Form.DESCRIPTION);
                }
                return;
            }
            Mention owner = tok(a - 1) != null && tok(a - 1).kind() == Token.Kind.POSSESSIVE ? mentionAt(a - 2) : null;
            if (owner != null && owner.ent().isState() && institutionName(a, b)) {
                owner.ent().alias(d.span(a, b));
                mention(a, b, owner.ent(), Mention.Form.GOVERNMENT);
                return;
            }
            int organ = owner == null && institutionName(a, b) ? organStart(a) : -1;
            if (organ >= 0) {
                // "Russia's Foreign Intelligence Service", "the Houthis' Security and Intelligence Service": an organ of
                // the owner, whose words before the name's start the name left out
                Ent e = mentionAt(organ - 2).ent();
                mention(organ, b, e, e.isState() ? Mention.Form.GOVERNMENT : Mention.Form.DESCRIPTION);
                return;
            }
            Mention government = mentionAt(a - 1);
            if (owner == null && government != null && government.first() == a - 1 && government.last() == a - 1
                    && government.form() == Mention.Form.GOVERNMENT && government.ent().isState() && d.capitalised(a - 1)
                    && institutionName(a, b)) {
                // "Ethiopia's Government Communication Service": an office of the government the word names
                government.ent().alias(d.span(a - 1, b));
                mention(a - 1, b, government.ent(), Mention.Form.GOVERNMENT);
                return;
            }
            // "Iran's Revolutionary Guard Corps", "the Rwanda Defence Force", "the Japanese Maritime
            // Self-Defense Force": a state's own armed forces are the state, unless it is at war with itself
            Mention state = owner != null ? owner : mentionAt(a - 1);
            if (state != null && state.ent().isState() && militaryName(a, b) && !hasDomesticArmedGroup(state.ent())
                    && (owner != null || state.form() != Mention.Form.PRONOUN)) {
                int from = owner != null ? a : state.first();
                mention(from, b, state.ent(), Mention.Form.ALIAS);
                return;
            }
            if (words >= 2 && nationalBodyName(a, b)) {
                Ent e = nationalBody(a, b, ActorType.OTHER); // "the Polish Institute of International Affairs"
                e.weak = false;
                giveBracketedAcronym(b, e);
                return;
            }
            Mention nation = mentionAt(a - 1);
            if (words >= 2 && nation != null && nation.ent().isState() && nation.form() == Mention.Form.DEMONYM
                    && nation.first() == a - 1 && headType(a, b) == ActorType.POLITICAL_GROUP
                    && !institutionName(a, b)) {
                // "the Congolese Party of Labour", "the Rwandan Patriotic Front": a party named after its people
                Ent e = nationalBody(a, b, ActorType.POLITICAL_GROUP);
                e.alias(d.span(a, b)); // (the name is often written without its people: "the Patriotic Front")
                giveBracketedAcronym(b, e);
                return;
            }
            if ((words >= 2 || partyHead(a)) && nation != null && nation.ent().isState()
                    && nation.form() == Mention.Form.NAME && nation.last() == a - 1 && !tok(a - 1).allCaps()
                    && (!institutionName(a, b) || a < b && headType(a, b) == ActorType.POLITICAL_GROUP)
                    && !militaryName(a, b) && !d.is(nation.first() - 1, "in") && !tok(a).in(COMPASS)) {
                // "the Gambia Press Union", "the Gambia Democratic Congress", "the Armenia Alliance": a national body
                // named after its country (an intergovernmental head makes it no intergovernmental body)
                nationalBody(a, b, headType(a, b) == ActorType.IGO ? ActorType.OTHER : typeOfName(a, b));
                return;
            }
            if (words >= 2 && nation != null && nation.ent().isState() && nation.form() == Mention.Form.DEMONYM
                    && nation.first() == a - 1 && headType(a, b) == ActorType.IGO) {
                if (mentionedAsState(nation, a, b)) {
                    return;
                }
                // "the Ethiopian Human Rights Commission": a national body, no intergovernmental one
                Ent e = newEnt(d.span(a - 1, b), ActorType.OTHER);
                e.weak = e.mentions.isEmpty() || e.weak;
                mention(a - 1, b, e, Mention.Form.NAME);
                return;
            }
            Ent named = words == 1 && orgHead && d.is(a - 1, "the") ? bodyEndingWith(a) : null;
            if (named != null) {
                mention(a, b, named, Mention.Form.ALIAS); // "the Pacific Islands Forum ... the Forum": the same body
                return;
            }
            Mention ofWhom = words == 1 && orgHead && d.is(a - 1, "the") && (d.is(b + 1, "of") || d.is(b + 1, "for"))
                    ? mentionAt(b + 2 + (d.is(b + 2, "the") ? 1 : 0)) : null;
            if (ofWhom != null && !ofWhom.ent().isState() && ofWhom.ent().type != ActorType.IGO) {
                return; // "the 33rd Front of the FARC dissidents": a name the known one after "of" cuts short, no body
                // "Front" (but "the Commission of the African Union said": a body that speaks)
            }
            if (words >= 2 || !sentenceStart) {
                // "the UN Panel of Experts on Sudan": the parent's acronym is part of the name
                Mention parent = mentionAt(a - 1);
                int from = parent != null && parent.first() == a - 1 && tok(a - 1).allCaps()
                        && parent.ent().type == ActorType.IGO && bodyName(a, b) ? a - 1 : a;
                // "the African Union Election Observation Mission": a body's mission, by its parent's whole name
                // (and "the EU Election Observation Mission", by its acronym)
                boolean mission = words >= 2 && d.is(b, "mission") && parent != null
                        && parent.last() == a - 1 && parent.ent().type == ActorType.IGO
                        && (parent.form() == Mention.Form.NAME || tok(a - 1).allCaps());
                from = mission ? parent.first() : from;
                // "Serb List": one head word after a people's word, the party's name with it
                boolean people = a == b && from == a && demonymBefore(a) < a && GROUP_TYPES.contains(typeOfName(a, b));
                from = people ? a - 1 : from;
                b = words >= 2 && from == a ? partyOfState(b) : b;
                // (a body of an intergovernmental one, "the UN Group of Experts", is intergovernmental too)
                Ent e = newEnt(d.span(from, b), mission ? ActorType.MISSION : from < a && !people ? ActorType.IGO
                        : typeOfName(a, b));
                // (a name with a body's head word and more, "the Council for Salvation and Renewal", is sure)
                // (as is a firm's, "Sahand Aero Industries", "Kavir Propulsion Company")
                // (not the end of a longer name, "Observatory for (the) Extractive Industries", nor a name
                // after "by", such as an outlet: "seen by the Australian Broadcasting Corporation")
                boolean firmName = words >= 2 && lex.orgHeads.get(tok(b).key()) == ActorType.COMPANY
                        && from == a && mentionAt(a - 1) == null && !ofAName(d.is(a - 1, "the") ? a - 2 : a - 1);
                // (and a party's name, "the National Party": a party the text names takes part in its story)
                boolean party = words >= 2 && orgHead && from == a && headType(a, b) == ActorType.POLITICAL_GROUP;
                e.weak = (e.mentions.isEmpty() || e.weak) && !(words >= 3 && orgHead && bodyName(a, b))
                        && !firmName && !party && !mission;
                mention(from, b, e, Mention.Form.NAME);
            }
            return;
        }

        /** The heads of a party's name that may end in its state's: "the Socialist Party of Serbia". */
        private static final Words PARTY_OF_STATE_HEADS = Words.of("party", "front", "movement", "alliance", "list");

        /**
         * For a party's name ending at b ("the Socialist Party", "the Communist Party"): the end of its state's name
         * when "of" and a state follow, with nothing capitalised after ("the Socialist Party of Serbia accused"); else b.
         */
        private int partyOfState(int b) {
            Mention state = d.is(b + 1, "of") ? mentionAt(b + 2) : null;
            if (state == null || state.first() != b + 2 || !state.ent().isState() || state.form() != Mention.Form.NAME
                    || !d.capitalised(b) || !PARTY_OF_STATE_HEADS.contains(tok(b)) || d.capitalised(state.last() + 1)
                    && d.word(state.last() + 1) || possessiveAfter(state)) {
                return b; // (not "the Joint List of Israel's Arab parties")
            }
            int next = state.last() + 2;
            if ((d.is(state.last() + 1, ",") || d.is(state.last() + 1, "and")) && mentionAt(next) != null
                    && mentionAt(next).ent().isState()) {
                return b; // "the Sahel Alliance of Mali, Burkina Faso and Niger": a list of states, no party's name
            }
            return state.last();
        }

        /** Is the number written like a year ("the 2024 Electoral Commission": the year qualifies the name)? */
        private static boolean yearLike(String number) {
            return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
        }

        /**
         * The body named last before token a whose name ends with the word at a ("the Pacific Islands Forum" for "the
         * Forum", "the East African Community" for "the Community"), or null.
         */
        private Ent bodyEndingWith(int a) {
            String word = " " + tok(a).key();
            for (int k = a - 1; k >= 0; k--) {
                Mention m = at[k];
                if (m == null || m.first() != k || m.ent().isPerson() || m.ent().isState()) {
                    continue;
                }
                Ent e = m.ent();
                if (Doc.key(e.name).endsWith(word) || e.known != null && Doc.key(e.known.name()).endsWith(word)) {
                    return e;
                }
                for (String alias : e.aliases) {
                    if (Doc.key(alias).endsWith(word)) {
                        return e;
                    }
                }
            }
            return null;
        }

        /**
         * The role and employer the title right before the person's name [a, b] gives; where the name's mention
         * starts: the title's first token when the title is part of it. (Part of {@link #classify}: one method
         * too large for C2 to inline the small calls it makes; see the README's Development section.)
         */
        private int titledPerson(Ent e, int titleBefore, int a, int b) {
            int from = a;
            Title title = titleAt[titleBefore];
            int ts = titleStart(titleBefore);
            // "The head of the SADC observer mission, former Botswana foreign minister X": the office
            // held now, before the one held once
            Mention of0 = mentionAt(ts - 1);
            int lead = of0 != null && of0.ent().isState() ? of0.first() : ts;
            boolean formerTitle = d.is(lead - 1, "former");
            // "the mission's commander, Italian Major General X", "Its head, retired Major General X"
            int rank = d.is(lead - 1, "retired") ? lead - 1 : lead;
            // (a judge's or an honorific likewise: "the court's president, Judge X")
            // ("Ambassador" is a style after an office: "The ministry's spokesperson, Ambassador X")
            boolean style = ts == titleBefore && d.is(ts, "ambassador") && titleEnd[titleBefore] == titleBefore;
            boolean rankLike = title.kind().equals("military") || title.kind().equals("judicial")
                    || title.kind().equals("honorific") || style;
            int self = rankLike && rank > 0 ? selfNamedBy(rank) : -1;
            // ("A spokesman for the 3R, who identified himself as Colonel X": a body's office, not "an officer")
            boolean selfOffice = self >= 0 && (d.is(self + 1, "for") || d.is(self + 1, "of"));
            int office = rankLike && rank > 0 && (tok(rank - 1).isPunct(',') || selfOffice)
                    ? titleBefore(rank)
                    : formerTitle && lead > 1 && tok(lead - 2).isPunct(',') ? titleBefore(lead - 1) : -1;
            if (office >= 0) {
                // "A spokesman for the army, Brigadier General X": the office before the rank
                role(e, roleText(titleStart(office), office));
                affiliationBefore(e, titleStart(office));
                // "The commander of KFOR, Major General X": the body after the office
                Token of = tok(office + 1);
                Ent body = of != null && (of.is("of") || of.is("for") || of.is("at"))
                        ? bodyOfPhrase(office + 2, rank - 1) : null;
                if (body != null) {
                    e.affiliate(body, body.isState() ? 3 : 2);
                }
            }
            // "The head of MINUSMA, Special Representative of the Secretary-General X": the title is
            // the role, the body the office before it is held in the employer
            int headTitle = office < 0 && !formerTitle && lead > 1 && tok(lead - 1).isPunct(',')
                    ? titleBefore(lead) : -1;
            Token headOf = headTitle >= 0 ? tok(headTitle + 1) : null;
            Ent headBody = headOf != null && (headOf.is("of") || headOf.is("at"))
                    ? bodyOfPhrase(headTitle + 2, lead - 1) : null;
            String role = roleText(ts, portfolioEnd(titleBefore, a));
            if (!((formerTitle || style) && office >= 0)) {
                role(e, role);
                if (office < 0 || e.affiliation == null) {
                    affiliationBefore(e, ts); // (an officer's nationality is not the body of the office)
                }
            }
            Token prep = tok(titleBefore + 1);
            // "the UN special envoy for Yemen", "Special Envoy for Sudan X": a diplomat's brief, not the
            // employer (named before the title, if at all)
            boolean employer = briefOnly(e, titleBefore);
            if (prep != null && (prep.is("of") || prep.is("for") || prep.is("at")) && !employer) {
                Ent body = bodyOfPhrase(titleBefore + 2, a);
                if (body != null) {
                    e.affiliate(body, body.isState() ? 3 : 2);
                } else {
                    // "a spokesman for the air force": an arm of a state the text does not name here
                    int k = titleBefore + 2;
                    while (k < a && tok(k).isWord() && tok(k).in(DETERMINERS)) {
                        k++;
                    }
                    String w = k < a ? agency(k, -1) : null;
                    e.servesState |= "gov".equals(w) || "force".equals(w);
                }
            }
            if (tok(titleBefore + 1) == tok(a)) {
                from = ts;
                e.alias(d.span(ts, b));
            }
            if (headBody != null && !headBody.isState() && headBody != e) {
                e.affiliate(headBody, Math.max(3, e.affiliationStrength + 1));
            }
            if (title.kind().equals("military") || title.kind().equals("head_of_state")) {
                e.affiliationStrength = Math.max(e.affiliationStrength, 0);
            }
            return from;
        }

        /** "Mikkel Sorensen, 41, was detained": a person's age in commas after the name. */
        private boolean ageAfter(int b) {
            Token age = tok(b + 2);
            return tok(b + 1) != null && tok(b + 1).isPunct(',') && age != null && age.kind() == Token.Kind.NUMBER
                    && age.text().length() <= 3 && tok(b + 3) != null && tok(b + 3).isPunct(',');
        }

        /** "the tanker Kaspian Dawn", "the frigate Almirante Grau": a ship's name. */
        private boolean vesselBefore(int a) {
            return d.word(a - 1) && VESSELS.contains(tok(a - 1));
        }

        private static final Words VESSELS = Words.of("tanker", "vessel", "ship", "freighter", "frigate",
                "destroyer", "carrier", "corvette", "boat", "trawler", "ferry", "cargo", "submarine", "warship");

        private boolean articleBefore(int a, int b) {
            if (d.is(b + 1, "family") || d.is(b + 1, "clan") || d.is(b + 1, "household")) {
                return false; // "the Abdi Farah family": named after a person
            }
            return d.is(a - 1, "the") || d.is(a - 1, "a") || d.is(a - 1, "an");
        }

        /** "young Malay Muslim men", "Tigrayan Defence Force fighters": the phrase qualifies a noun for a group. */
        private boolean groupNounAfter(int b) {
            Token t = tok(b + 1);
            return t != null && t.isWord() && !t.capitalised()
                    && (t.in(DEMONYM_HEADS) || PEOPLE_AFTER.contains(t));
        }

        /** Nouns for groups of people that a capitalised phrase before them only qualifies. */
        private static final Words PEOPLE_AFTER = Words.of("men", "women", "children", "people", "civilians",
                "villagers", "refugees", "migrants", "workers", "students", "youths", "communities", "families",
                "residents", "voters", "farmers", "herders", "pilgrims", "protesters");

        /** The person with this name, or a new one; single surnames join a known full name. */
        Ent personFor(int a, int b) {
            // 'Wilner "Tonnerre" Jeantilus' is Wilner Jeantilus, also called Tonnerre
            int[] nick = nicknameIn(a, b);
            Ent e = personFor(a, b, nick);
            if (nick != null) {
                e.alias(d.span(nick[0], nick[1]));
            }
            return e;
        }

        private Ent personFor(int a, int b, int[] nick) {
            String name = nick == null ? d.span(a, b) : d.span(a, nick[0] - 2) + " " + d.span(nick[1] + 2, b);
            List<String> keys = new ArrayList<>();
            for (int i = a; i <= b; i++) {
                if (nick != null && i >= nick[0] - 1 && i <= nick[1] + 1) {
                    continue;
                }
                if (tok(i).isWord()) {
                    keys.add(tok(i).key());
                }
            }
            for (Ent e : ents) {
                if (!e.isPerson()) {
                    continue;
                }
                if (e.name.equals(name) || e.aliases.contains(name)) {
                    return e;
                }
                // same surname: "Bazoum" after "Mohamed Bazoum", or the full name after the surname
                if (!e.surname.isEmpty() && keys.size() >= e.surname.size()
                        && keys.subList(keys.size() - e.surname.size(), keys.size()).equals(e.surname)
                        && !otherGivenNames(e, keys.subList(0, keys.size() - e.surname.size()))) {
                    if (keys.size() > e.surname.size() && e.name.split(" ").length < name.split(" ").length) {
                        e.alias(e.name);
                        e.name = name;
                        e.surname = surnameOf(a, b);
                    }
                    return e;
                }
            }
            Ent e = newEnt(name, ActorType.PERSON);
            e.surname = surnameOf(a, b);
            return e;
        }

        /**
         * Does a person with e's surname bear other given names than {@code given} ("Ousmane Gaoual Diallo" after "Cellou
         * Dalein Diallo")? Then the two are two people. An initial stands for a name it begins ("J. Smith", "John Smith").
         */
        private static boolean otherGivenNames(Ent e, List<String> given) {
            String[] words = e.name.split(" ");
            if (given.isEmpty() || words.length <= e.surname.size()) {
                return false;
            }
            for (int w = 0; w < words.length - e.surname.size(); w++) {
                String k = Doc.key(words[w]);
                for (String g : given) {
                    if (k.equals(g) || g.length() == 1 && k.startsWith(g) || k.length() == 1 && g.startsWith(k)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Generational suffixes after a surname: "Ferdinand Marcos Jr." is Marcos. */
        private static final Words NAME_SUFFIXES = Words.of("jr", "sr", "ii", "iii", "iv");

        List<String> surnameOf(int a, int b) {
            while (b > a + 1 && d.word(b) && NAME_SUFFIXES.contains(tok(b))) {
                b--;
            }
            int s = b;
            // hyphenated: "al-Burhan"
            while (s - 2 >= a && tok(s - 1).isPunct('-') && tok(s - 1).joined()) {
                s -= 2;
            }
            // "de Riviere", "bin Salman", "van der Straaten"
            for (int p = 0; p < 2 && s - 1 >= a && tok(s - 1).in(PARTICLES) && !tok(s - 1).capitalised(); p++) {
                s--;
            }
            List<String> out = new ArrayList<>();
            for (int i = s; i <= b; i++) {
                if (tok(i).isWord()) {
                    out.add(tok(i).key());
                }
            }
            return out;
        }

        private boolean nothingElse(int a, int b) {
            for (int i = a; i <= b; i++) {
                if (lex.orgHeads.containsKey(tok(i).key()) || tok(i).kind() == Token.Kind.NUMBER) {
                    return false;
                }
            }
            Token next = tok(b + 1);
            // "Lomé Talks", place names followed by a place word
            return next == null || !(next.is("river") || next.is("lake") || next.is("province") || next.is("region")
                    || next.is("city") || next.is("state") || next.is("district") || next.is("county")
                    // "along the Putumayo and San Miguel rivers"
                    || next.is("rivers") || next.is("lakes") || next.is("provinces") || next.is("regions")
                    || next.is("districts") || next.is("mountains"));
        }

        /** Index of the last token of a title right before the name at {@code a}, or -1. */
        int titleBefore(int a) {
            int p = a - 1;
            if (p >= 2 && isTitle(p) && titleStart(p) == p && STYLES.contains(tok(p)) && tok(p - 1).isPunct(',')) {
                int office = titleBefore(p);
                if (office >= 0) {
                    return office; // "Its spokesman, Sheikh Abdikarim Mursal": the office, not the style, past the comma
                }
            }
            if (p >= 0 && isTitle(p) && tok(p).sentence() == tok(a).sentence()) {
                return p;
            }
            int self = selfNamedBy(a);
            if (self >= 0) {
                return self;
            }
            // "UN special envoy for Yemen Mikael Strandberg": a diplomat's brief between the title and the name
            Mention brief = p >= 2 ? mentionAt(p) : null;
            if (brief != null && brief.last() == p && brief.ent().isState() && brief.form() == Mention.Form.NAME
                    && (d.is(brief.first() - 1, "for") || d.is(brief.first() - 1, "to"))) {
                int k = brief.first() - 2;
                if (k >= 0 && diplomat(k) && titleEnd[k] == k && tok(k).sentence() == tok(a).sentence()) {
                    return k;
                }
            }
            // "Kenya's ambassador to the UN, Name", "the chairman of the AU Commission, Name"
            if (p >= 2 && tok(p).isPunct(',') && !isTitle(p - 1)) {
                for (int k = p - 2; k >= Math.max(0, p - 9) && tok(k).sentence() == tok(a).sentence(); k--) {
                    if (isTitle(k)) {
                        Token prep = tok(k + 1);
                        if (titleEnd[k] == k && prep != null && (prep.is("of") || prep.is("to") || prep.is("for")
                                || prep.is("at") || prep.is("in") || prep.is("on"))) {
                            Token before = tok(titleStart(k) - 1);
                            boolean introduced = before == null || before.kind() == Token.Kind.POSSESSIVE
                                    || before.is("the") || before.is("a") || before.is("an") || before.is("its")
                                    || before.is("their") || mentionAt(titleStart(k) - 1) != null || before.capitalised()
                                    || before.isWord();
                            return introduced ? k : -1;
                        }
                        return -1;
                    }
                    Token t = tok(k);
                    if (t.isPunct('.') || t.isPunct(';') || t.kind() == Token.Kind.QUOTE || speechAt(k)
                            || (t.isWord() && t.in(APPOSITION_STOP) && !t.is("to")
                            && !(t.is("and") && d.word(k - 1) && !d.capitalised(k - 1) && at[k - 1] == null
                            && d.word(k + 1) && !d.capitalised(k + 1) && !tok(k + 1).in(DETERMINERS)))) {
                        return -1;
                    }
                }
            }
            // "Mali's Foreign Minister, Abdoulaye Diop": a comma between title and name
            if (p >= 1 && tok(p).isPunct(',') && isTitle(p - 1)) {
                int ts = titleStart(p - 1);
                int q = ts - 1;
                // "A rebel spokesman, Name", "Its lead negotiator, Name": a word or two qualify the title
                for (int n = 0; n < 2 && q > 0 && tok(q).isWord() && !tok(q).capitalised() && !tok(q).in(DETERMINERS)
                        && !tok(q).in(APPOSITION_STOP) && !speechAt(q) && mentionAt(q) == null && !tok(q).is("whose"); n++) {
                    q--;
                }
                Token before = tok(q);
                // ("China, whose ambassador, Wang Jianmin, did not": the title the clause gives the name)
                boolean introduced = before == null || before.kind() == Token.Kind.POSSESSIVE || before.is("the") || before.is("whose")
                        || (mentionAt(q) != null) || before.capitalised() || before.isWord() && before.in(DETERMINERS);
                if (introduced && tok(p - 1).sentence() == tok(a).sentence()) {
                    return p - 1;
                }
            }
            return -1;
        }

        /** Words in an apposition that make the group it describes an armed one. */
        private static final Words ARMED_WORDS = Words.of("paramilitary", "armed", "militia",
                "rebel", "jihadist", "insurgent", "separatist");

        /**
         * Does the apposition after the name at b end its noun phrase with the group noun ("Creemos, the
         * opposition alliance,"), not use it as a modifier ("Kidal, the rebel stronghold")?
         */
        private boolean groupHeadLast(int b) {
            int k = b + 3;
            while (k < d.size() && k <= b + 8 && (d.word(k) && !d.capitalised(k) && !d.in(k, RELATIVE)
                    && !d.in(k, PREPOSITIONS) && !d.is(k, "and") || tok(k).isPunct('-') && tok(k).joined())
                    && !(k > b + 3 && d.word(k) && tok(k).key().endsWith("ed") && GROUP_NOUNS.containsKey(tok(k - 1).key()))) {
                k++; // the noun phrase: its words up to a comma, a relative or a preposition ("rebel-held region"), or
                // a participle after its noun ("a party founded by former guerrillas")
            }
            return k > b + 3 && (GROUP_NOUNS.containsKey(tok(k - 1).key()) || d.is(k - 1, "alliance"));
        }

        /** Plural nouns for states: "a coalition of nine nations". */
        private static final Words STATE_PLURALS = Words.of("nations", "states", "countries", "governments");

        /**
         * The type of group an apposition right after token b describes ("X, the largest Kosovo Serb
         * party,", "X, a network of Serb paramilitary units,"): its head noun, found before any "of"
         * or title, is a group noun; null when it describes no group.
         */
        private ActorType groupApposition(int b) {
            if (tok(b + 1) == null || !tok(b + 1).isPunct(',') || tok(b + 2) == null
                    || !(tok(b + 2).is("a") || tok(b + 2).is("an") || tok(b + 2).is("the"))) {
                return null;
            }
            ActorType head = null;
            boolean armed = false;
            boolean led = false;
            for (int k = b + 3; k < d.size() && k <= b + 12 && tok(k).sentence() == tok(b).sentence(); k++) {
                Token t = tok(k);
                if (t.isPunct('-') && t.joined() && head == null) {
                    continue; // "a US-led coalition"
                }
                if (!t.isWord() || isTitle(k)) {
                    break;
                }
                armed |= ARMED_WORDS.contains(t);
                led |= t.is("led") && d.tok(k - 1).isPunct('-');
                if (head == null && !t.capitalised() && (GROUP_NOUNS.containsKey(t.key()) || t.is("alliance"))) {
                    Token next = tok(k + 1);
                    if (next != null && next.kind() == Token.Kind.POSSESSIVE) {
                        return null; // "X, the party's leader": a person
                    }
                    head = GROUP_NOUNS.getOrDefault(t.key(), ActorType.POLITICAL_GROUP); // ("the opposition alliance")
                    int plural = d.number(k + 2) || d.is(k + 2, "several") ? k + 3 : k + 2;
                    boolean ofStates = d.is(k + 1, "of") && tok(plural) != null
                            && STATE_PLURALS.contains(tok(plural));
                    if ((t.is("coalition") || t.is("alliance")) && (led || ofStates)) {
                        return ActorType.IGO; // "a US-led coalition", "a coalition of nine nations": states allied
                    }
                    continue;
                }
                if (head == null && (t.is("of") || t.is("in") || t.is("within") || t.is("at") || t.is("with"))) {
                    return null; // "X, a senior member of the party", "X, a senior figure in the Ennahda party"
                }
                if (head != null && !t.is("of") && !t.capitalised() && !ARMED_WORDS.contains(t)
                        && !t.is("units") && !t.is("groups")) {
                    break;
                }
            }
            return head == null ? null : armed ? ActorType.ARMED_GROUP : head;
        }

        /** What an apposition says of a person; a former office ("a former foreign minister") is no current role. */
        record Apposition(String role, Ent affiliation, int strength, boolean former) {
        }

        /** What may stand between "who" and an office it names: "who has been", "who previously served as". */
        private static final Words WHO_LINKS = Words.of("is", "was", "also", "has", "been", "currently", "serves",
                "as", "became", "remains", "served", "had", "formerly", "previously", "now", "once");

        /** Verbs that give someone an office: "appointed X as its envoy". */
        private static final Words APPOINTING = Words.of("appointed", "appoints", "appoint", "named", "names",
                "nominated", "nominates", "designated", "designates", "chose", "chosen", "picked", "tapped",
                "selected");

        /**
         * "The AU appointed X as its special envoy", "The EAC named X, a former Kenyan attorney general, as
         * its envoy": the office given, held in the side that gave it (or in the one named before the title).
         */
        Apposition appointedAs(int a, int b) {
            int v = a - 1;
            boolean former = false;
            while (v > 0 && v >= a - 4 && (at[v] != null && at[v].form() == Mention.Form.DEMONYM
                    || d.word(v) && !d.capitalised(v) && !APPOINTING.contains(tok(v))
                    && (tok(v).in(DETERMINERS) || tok(v).is("former") || tok(v).in(TITLE_SCOPES)))) {
                former |= d.is(v, "former");
                v--; // "appointed former Nigerian president X": a word or two before the name (or its title)
            }
            if (!d.word(v) || !APPOINTING.contains(tok(v)) || tok(v).capitalised()) {
                return null;
            }
            int k = b + 1;
            if (d.tok(k) != null && d.tok(k).isPunct(',')) {
                // "X, a former Kenyan attorney general, as its envoy": past the apposition
                int close = k + 1;
                while (close < d.size() && close <= k + 12 && !tok(close).isPunct(',') && !tok(close).isPunct('.')) {
                    close++;
                }
                k = close < d.size() && tok(close).isPunct(',') ? close + 1 : -1;
            }
            if (k < 0 || !d.is(k, "as")) {
                return null;
            }
            int sentence = tok(v).sentence();
            Ent employer = null;
            int i = k + 1;
            for (; i < d.size() && i <= k + 5 && tok(i).sentence() == sentence && !isTitle(i); i++) {
                Mention m = mentionAt(i);
                if (m != null && !m.ent().isPerson()) {
                    employer = m.ent(); // "as Kenya's envoy", "as the AU's mediator"
                    i = m.last();
                } else if (!d.word(i) && tok(i).kind() != Token.Kind.POSSESSIVE || d.capitalised(i) && !isTitle(i)) {
                    return null;
                }
            }
            if (i >= d.size() || !isTitle(i)) {
                return null;
            }
            if (employer == null) {
                Mention subject = lastMentionBefore(v, sentence);
                // (not a stand-in for rulers the text does not name: "the coup leaders named X")
                employer = subject == null || subject.ent().isPerson() || subject.ent().placeholder ? null
                        : subject.ent();
            }
            return new Apposition(roleText(i, titleEnd[i]), employer, employer == null ? 0 : 4, former && v < a - 1);
        }

        /** "Name, Norland's UN envoy," or "Name, who is also the President of Sudria,". */
        Apposition apposition(int b) {
            Token comma = tok(b + 1);
            if (comma == null || !comma.isPunct(',')) {
                return null;
            }
            return appositionFrom(b, b + 2, Math.min(d.size(), b + 14));
        }

        /** The apposition to the name ending at b that starts at i and ends before limit (see {@link #apposition}). */
        private Apposition appositionFrom(int b, int i, int limit) {
            int sentence = tok(b).sentence();
            int from = i;
            Ent aff = null;
            int affStrength = 0;
            if (tok(i) != null && tok(i).isWord() && tok(i).key().endsWith("ing") && !tok(i).capitalised()
                    && !isTitle(i) && !isTitle(i + 1)) {
                return null; // ", killing a crew member": a participle, not an apposition (", managing director of")
            }
            if ((d.is(i, "led") || d.is(i, "headed") || d.is(i, "chaired")) && d.is(i + 1, "by")) {
                return null; // "The Election Observation Mission, led by former minister X,": the one who leads it
            }
            boolean indefinite = tok(i) != null && (tok(i).is("a") || tok(i).is("an"));
            boolean who = tok(i) != null && tok(i).is("who");
            boolean otherVerb = false;
            int post = who ? postHeld(i) : -1;
            if (post >= 0) {
                i = post; // "X, who describes himself as a commander of ...": the title of the post
            } else if (who) {
                i++;
                int verb = i;
                while (i < limit && d.word(i) && WHO_LINKS.contains(tok(i))) {
                    i++;
                }
                // "who leads the regular army", "who commands the Rapid Support Forces", "who will command the force"
                if ((d.is(i, "will") || d.is(i, "would")) && d.word(i + 1) && LEADING_BARE.contains(tok(i + 1))) {
                    i++;
                }
                Token v = tok(i);
                String leading = v != null && v.isWord() ? LEADING_ROLES.get(v.key()) : null;
                if (leading != null) {
                    // ("who heads the parliamentary faction of the governing Civil Contract party": past "of the")
                    Mention m = firstMentionAfter(i, sentence, d.is(i + 3, "of") || d.is(i + 4, "of") ? 9 : 6);
                    boolean bare = LEADING_BARE.contains(v);
                    if (bare && m != null && (m.first() > i + 2 || m.first() == i + 2 && !d.is(i + 1, "the"))) {
                        return null; // "who will head to Egypt", "who will command troops in Somalia": no body led
                    }
                    Ent body = m == null ? null : m.ent();
                    if (body == null && d.is(i + 1, "the") && d.word(i + 2)) {
                        body = bodyNoun(tok(i + 2).key(), b); // "who will command the force": the force named before
                    }
                    return new Apposition(leading, body, leadingStrength(leading, body), false);
                }
                // "who signed the deal with China's ambassador, X": a title after another verb and an actor is
                // the object's
                otherVerb = i == verb && v != null && v.isWord() && !v.capitalised() && !isTitle(i)
                        && !v.in(DETERMINERS);
            }
            for (; i < limit; i++) {
                Token t = tok(i);
                if (t.sentence() != sentence || t.isPunct('.') || t.kind() == Token.Kind.QUOTE) {
                    return null;
                }
                if (placeAhead(i, limit)) {
                    return null; // "Uvira, the last major government-held town": a place, "major" no rank
                }
                if (isTitle(i)) {
                    for (int k = from; otherVerb && k < i; k++) {
                        if (at[k] != null) {
                            return null;
                        }
                    }
                    int te = titleEnd[i];
                    if (tok(te + 1) != null && tok(te + 1).kind() == Token.Kind.POSSESSIVE && isTitle(te + 2)) {
                        String owner = Doc.key(d.span(i, te));
                        i = te + 1; // "the Secretary-General's Special Representative": the office after the owner's
                        if (aff == null && (owner.equals("secretary-general") || owner.equals("secretary general"))) {
                            aff = secretaryGeneralsBody(b);
                            affStrength = aff == null ? affStrength : 2;
                        }
                        continue;
                    }
                    int held = postHeld(te + 1);
                    String role = held >= 0 ? roleText(held, titleEnd[held]) : roleText(i, te);
                    te = held >= 0 ? titleEnd[held] : te; // the post's body: "... the post of head of X"
                    // possessive or demonym before the title within the apposition
                    for (int k = from; k < i; k++) {
                        Mention m = mentionAt(k);
                        if (m != null && !m.ent().isPerson()) {
                            int s = ownerStrength(m);
                            if (s > affStrength) {
                                aff = m.ent();
                                affStrength = s;
                            }
                        } else if (m == null && tok(k + 1) != null && tok(k + 1).kind() == Token.Kind.POSSESSIVE) {
                            // "the coalition's leader": the body the noun stands for
                            Ent body = bodyNoun(tok(k).key(), b);
                            if (body != null && affStrength < 2) {
                                aff = body;
                                affStrength = 2;
                            }
                        } else if (m == null && (tok(k).is("its") || tok(k).is("their")) && affStrength < 2) {
                            Ent body = recentBody(b);
                            if (body != null) {
                                aff = body;
                                affStrength = 2;
                            }
                        }
                    }
                    // "President of Nigeria", "head of the U.N. mission", "a spokesman for the coast guard"
                    int of = te + 1;
                    if (tok(of) != null && tok(of).is("in") && mentionAt(of + 1) != null && tok(mentionAt(of + 1).last() + 1) != null
                            && tok(mentionAt(of + 1).last() + 1).is("of")) {
                        of = mentionAt(of + 1).last() + 1; // "the representative in Chad of the UNHCR": the body, not the post
                    }
                    boolean aide = tok(of) != null && tok(of).is("to") && AIDES.contains(tok(te));
                    // "the EU's special representative for the Belgrade-Pristina dialogue": a brief, not the employer
                    // "the special envoy for Sudan": a diplomat's brief names the state, not the employer
                    boolean brief = tok(of) != null && tok(of).is("for") && aff != null || briefFor(i, of);
                    // ("a researcher with the group": the body one works with)
                    if (tok(of) != null && (tok(of).is("of") || tok(of).is("for") && !brief || tok(of).is("at") || aide
                            || tok(of).is("in") && bodyIn(of)
                            || tok(of).is("with") && !diplomat(i) && (mentionAt(of + 1) != null
                            || d.is(of + 1, "the") && mentionAt(of + 2) != null && !mentionAt(of + 2).ent().isPerson()
                            || d.is(of + 1, "the") && d.word(of + 2) && BODY_NOUNS.containsKey(tok(of + 2).key())
                            && !d.word(of + 3)))) {
                        // "an adviser to the RSF leadership": an aide serves the one after "to"
                        Ent body = bodyOfPhrase(of + 1, Math.min(d.size(), of + 13));
                        if (body != null && (aff == null || (body.isState() ? 3 : 2) + 1 >= affStrength)) {
                            aff = body;
                        }
                    }
                    boolean former = false;
                    for (int k = from; k < i; k++) {
                        former |= tok(k).is("former") || tok(k).is("ex");
                    }
                    Apposition now = former ? postNow(b, te + 1) : null;
                    if (now != null) {
                        return now; // "X, a former police officer who is now the leader of Y,": the post held now
                    }
                    int strength = aff == null ? 0 : aff.isState() ? 3 : 2;
                    if (former || (indefinite && aff != null && aff.isState())) {
                        strength = 1; // "a former Philippine ambassador", "a Danish diplomat": nationality, not office
                    }
                    return new Apposition(role, aff, strength, former);
                }
                Token tt = tok(i);
                boolean allowed = tt.kind() == Token.Kind.POSSESSIVE || mentionAt(i) != null
                        || (tt.isWord() && !tt.capitalised() && !tt.in(APPOSITION_STOP)
                        && !speechAt(i)) || tt.isPunct('-')
                        // "the Bosniak member of the presidency": a people's adjective before the title; "a South
                        // Caucasus specialist", "a Goldman Sachs economist": two capitalised words before it
                        || tt.isWord() && tt.capitalised() && i > b + 2 && !isTitle(i) && (isTitle(i + 1)
                        || d.capitalised(i + 1) && !isTitle(i + 1) && isTitle(i + 2))
                        // "the Treasury's under secretary": an office's name before the title
                        || tt.isWord() && tt.capitalised() && i > b + 1 && tok(i + 1) != null
                        && tok(i + 1).kind() == Token.Kind.POSSESSIVE && isTitle(i + 2);
                if (!allowed) {
                    return null;
                }
            }
            return null;
        }

        /**
         * "a senior figure in the Islamist Ennahda party": a party or another body (not a state, which "in" makes a
         * place) named after "in the" and at most one epithet.
         */
        private boolean bodyIn(int in) {
            int k = d.is(in + 1, "the") ? in + 2 : -1;
            if (k > 0 && d.word(k) && at[k] == null && mentionAt(k + 1) != null) {
                k++; // ("the ruling X party", "the Islamist X party")
            }
            Mention m = k > 0 ? mentionAt(k) : null;
            return m != null && m.first() == k && !m.ent().isPerson() && !m.ent().isState();
        }

        /**
         * "a former police officer who is now the leader of Viv Ansanm": after a former office, the one a
         * "who is now" clause in the same apposition gives, if any (no comma or quote between).
         */
        private Apposition postNow(int b, int k) {
            int sentence = tok(b).sentence();
            for (int end = Math.min(d.size() - 2, k + 6); k < end && d.word(k) && tok(k).sentence() == sentence; k++) {
                if (d.is(k, "who") && (d.is(k + 1, "now") || d.is(k + 1, "is") && d.is(k + 2, "now"))) {
                    Apposition now = appositionFrom(b, k, Math.min(d.size(), k + 12));
                    return now != null && !now.former() ? now : null;
                }
            }
            return null;
        }

        /**
         * "a commander who identified himself as X", "an officer calling himself X", "a spokesman who gave his
         * name as X": the end of the title the name's bearer gave himself, or -1.
         */
        int selfNamedBy(int a) {
            int q = d.is(a - 1, "as") ? a - 2 : a - 1;
            if (d.is(q, "name") && (d.is(q - 1, "his") || d.is(q - 1, "her"))) {
                q -= 2;
            } else if (d.is(q, "himself") || d.is(q, "herself")) {
                q--;
            } else {
                return -1;
            }
            if (q < 1 || !d.word(q) || !SELF_NAMING.contains(tok(q))) {
                return -1;
            }
            q = d.is(q - 1, "who") ? q - 2 : q - 1;
            if (q >= 1 && tok(q).isPunct(',')) {
                // "A spokesman for the 3R, who identified himself as Colonel X": the office before the clause
                for (int k = q - 1; k >= Math.max(0, q - 8) && tok(k).sentence() == tok(a).sentence(); k--) {
                    if (isTitle(k)) {
                        Token prep = tok(k + 1);
                        return titleEnd[k] == k && (prep.is("of") || prep.is("for") || prep.is("at")) ? k : -1;
                    }
                    if (!d.word(k) && at[k] == null) {
                        return -1;
                    }
                }
                return -1;
            }
            return q >= 0 && isTitle(q) && tok(q).sentence() == tok(a).sentence() ? q : -1;
        }

        /** Verbs of leading a body after "who", and the role each gives ("who commands X": commander). */
        private static final WordMap<String> LEADING_ROLES = new WordMap<>(Map.ofEntries(Map.entry("leads", "leader"),
                Map.entry("led", "leader"), Map.entry("lead", "leader"), Map.entry("heads", "head"),
                Map.entry("headed", "head"), Map.entry("head", "head"), Map.entry("commands", "commander"),
                Map.entry("commanded", "commander"), Map.entry("command", "commander"), Map.entry("chairs", "chair"),
                Map.entry("chair", "chair")));

        /**
         * How sure "who leads/chairs X" makes X the person's body: a guess for the chair of an intergovernmental
         * council, who holds the seat for a state ("Algerian ambassador X, who chairs the council this month" stays
         * Algeria's, where the text names the state); stated otherwise (not "who chairs the African Union
         * Commission": a commission's chair serves the body).
         */
        private static int leadingStrength(String leading, Ent body) {
            boolean rotating = leading.equals("chair") && body != null && body.type == ActorType.IGO
                    && body.name.contains("Council");
            return rotating ? 2 : 4;
        }

        /** Their bare forms, after "will" or "would": "who will command the force". */
        private static final Words LEADING_BARE = Words.of("lead", "head", "command", "chair");

        /** Verbs a person names himself with. */
        private static final Words SELF_NAMING = Words.of("identified", "identifies", "introduced", "introduces",
                "called", "calls", "calling", "gave", "gives");

        /** Verbs of holding a post: "who has held the post of", "who serves as", "who describes himself as". */
        private static final Words HOLDING = Words.of("held", "holds", "served", "serves", "is", "was", "been",
                "himself", "herself");

        /** Words that may come between "who", the verb of holding and the post's title. */
        private static final Words HOLDING_LINKS = Words.of("has", "have", "had", "the", "post", "office",
                "position", "role", "of", "as", "now", "describes", "described", "calls", "called", "a", "an");

        /**
         * "the diplomat who has held the post of High Representative", "who describes himself as a
         * commander": the title of the post, when "who" at token k starts such a clause; -1 otherwise.
         */
        private int postHeld(int k) {
            if (!d.is(k, "who")) {
                return -1;
            }
            boolean holding = false;
            for (int j = k + 1; j < d.size() && j <= k + 7; j++) {
                if (isTitle(j)) {
                    int p = d.is(j - 1, "a") || d.is(j - 1, "an") || d.is(j - 1, "the") ? j - 2 : j - 1;
                    return holding && (d.is(p, "of") || d.is(p, "as")) ? j : -1;
                }
                if (!d.word(j) || !HOLDING.contains(tok(j)) && !HOLDING_LINKS.contains(tok(j))) {
                    return -1;
                }
                holding |= HOLDING.contains(tok(j));
            }
            return -1;
        }

        /**
         * The body of a Secretary-General the text names by title alone ("the Secretary-General's envoy"):
         * the United Nations when the text names it, else the intergovernmental organisation named last
         * before token i; null when there is neither.
         */
        private Ent secretaryGeneralsBody(int i) {
            KnownEntity un = lex.byName.get("United Nations");
            Ent named = un == null ? null : knownEnts.get(un);
            if (named != null && !named.mentions.isEmpty()) {
                return named;
            }
            for (int k = i - 1; k >= 0; k--) {
                if (at[k] != null && at[k].ent().type == ActorType.IGO) {
                    return at[k].ent();
                }
            }
            return null;
        }

        /** The bodies of aides named after an office's title ({@link #aideTitle}), by the name's first token. */
        private final Map<Integer, Ent> aideBodies = new HashMap<>();

        /**
         * "a spokesperson for the Secretary-General, X", "an adviser to the President, X": the aide's title before the
         * office's, and a comma, is X's, and X serves the office holder's body (the Secretary-General's: the UN). The
         * title to read, else the one given.
         */
        private int aideTitle(int titleBefore, int a) {
            if (titleBefore < 0 || !d.tok(a - 1).isPunct(',')) {
                // ("X, an adviser to President Ilham Aliyev": with no comma the name is the office holder's)
                return titleBefore;
            }
            int ts = titleStart(titleBefore);
            int k = d.is(ts - 1, "the") ? ts - 2 : ts - 1;
            if (!(d.is(k, "for") || d.is(k, "to") || d.is(k, "of")) || !isTitle(k - 1)
                    || !(tok(k - 1).key().startsWith("spokes") || AIDES.contains(tok(k - 1)))) {
                return titleBefore;
            }
            String office = Doc.key(d.span(ts, titleBefore));
            Ent body = office.equals("secretary-general") || office.equals("secretary general") ? secretaryGeneralsBody(a)
                    : null;
            if (body != null) {
                aideBodies.put(a, body);
            }
            return k - 1;
        }

        /**
         * Does "for" after the title at token t name the post's brief, not the employer: a diplomat's with an employer
         * named before ("the UN special envoy for Yemen"), a diplomat's for a state ("Special Envoy for Sudan X"), or
         * a body's post for a state ("the UN humanitarian coordinator for Sudan, X": the UN's post in Sudan)?
         */
        private boolean briefOnly(Ent e, int t) {
            boolean forAfter = e.affiliation != null && d.is(t + 1, "for");
            return forAfter && (diplomat(t) || !e.affiliation.isState() && !e.affiliation.isPerson() && stateAt(t + 2))
                    || briefFor(t, t + 1);
        }

        /**
         * Does token i open a line as a dateline does ("HANOI - ", "Hanoi, May 3"): written in capitals, or followed by
         * a dash or a comma? (A headline's last word before it is no given name; a name wrapped onto a new line is.)
         */
        private boolean datelineLike(int i) {
            return tok(i).allCaps() || tok(i + 1) != null && (tok(i + 1).isPunct('-') || tok(i + 1).isPunct(','));
        }

        /** Is a state named at token i (past "the")? */
        private boolean stateAt(int i) {
            Mention m = mentionAt(d.is(i, "the") ? i + 1 : i);
            return m != null && m.ent().isState();
        }

        /** Is the title at token i a diplomat's (an envoy, a representative, an ambassador)? */
        private boolean diplomat(int i) {
            return titleAt[i] != null && titleAt[i].kind().equals("diplomat");
        }

        /**
         * "the special envoy for Sudan": a diplomat's title at token {@code title} and "for" a state at token
         * {@code prep} name the brief, not the employer.
         */
        private boolean briefFor(int title, int prep) {
            Mention m = mentionAt(prep + 1);
            return d.is(prep, "for") && diplomat(title) && m != null && m.ent().isState();
        }

        int strengthOf(Mention m) {
            return m.ent().isState() ? 3 : m.ent().type == ActorType.PERSON ? 0 : 2;
        }

        /**
         * "minister of water resources and irrigation, X": the end of the portfolio that follows the title
         * at te up to the comma before the name at a, when it is all bare lower-case words; else te.
         */
        private int portfolioEnd(int te, int a) {
            if (a - 1 <= te + 2 || !tok(a - 1).isPunct(',') || !(d.is(te + 1, "of") || d.is(te + 1, "for"))) {
                return te;
            }
            for (int k = te + 2; k < a - 1; k++) {
                if (!d.word(k) || d.capitalised(k) || at[k] != null || tok(k).in(DETERMINERS)) {
                    return te; // (not "spokesman for the air force": a body, not a portfolio)
                }
            }
            return a - 2;
        }

        /** Role words: the title and the acronyms of bodies right before it ("UN ambassador"). */
        String roleText(int ts, int te) {
            int s = ts;
            while (s > 0 && mentionAt(s - 1) != null && !mentionAt(s - 1).ent().isState()
                    && mentionAt(s - 1).ent().type != ActorType.PERSON && tok(s - 1).allCaps()) {
                s = mentionAt(s - 1).first();
            }
            return d.span(s, te);
        }

        /** The affiliation stated before a title: "Mali's", "French", "ECOWAS". */
        void affiliationBefore(Ent person, int ts) {
            int i = ts - 1;
            int limit = Math.max(0, ts - 6);
            // set when the nationality right before the title gave the affiliation: "the mission's Kenyan commander"
            // serves the mission named before it, not Kenya
            Ent nationality = null;
            for (; i >= limit; i--) {
                Token t = tok(i);
                if (t.sentence() != tok(ts).sentence()) {
                    break;
                }
                Mention m = mentionAt(i);
                Ent sender = m != null && m.ent().type == ActorType.IGO && m.first() >= 1
                        && (d.is(m.first() - 1, "its") || d.is(m.first() - 1, "their")) ? recentBody(m.first() - 1) : null;
                if (sender != null && sender.isState()) {
                    person.affiliate(sender, strengthOf(m)); // "Its U.N. ambassador": the state's envoy to the body
                    break;
                }
                if (m != null && m.ent() != person && m.ent().type != ActorType.PERSON) {
                    Ent aff = m.ent().junta != null && coupContext ? m.ent() : m.ent();
                    person.affiliate(aff, strengthOf(m));
                    nationality = m.form() == Mention.Form.DEMONYM && person.affiliation == aff ? aff : null;
                    i = m.first();
                    continue;
                }
                if ((t.is("rebel") || t.is("militia") || t.is("insurgent")) && person.affiliation == null) {
                    person.affiliate(bodyNoun("rebels", ts), 2);
                    break;
                }
                if ((t.is("its") || t.is("their")) && person.affiliation == null) {
                    person.affiliate(recentBody(ts), 2);
                    break;
                }
                if (t.is("whose") && person.affiliation == null) {
                    // "the United Democratic Party (UDP), whose candidate X": the body the clause is about
                    int k = i - 1;
                    k -= d.tok(k) != null && d.tok(k).isPunct(',') ? 1 : 0;
                    k -= d.tok(k) != null && d.tok(k).isPunct(')') && k >= 2 ? 2 : 0; // past "(UDP)"
                    k -= d.tok(k) != null && d.tok(k).isPunct('(') ? 1 : 0;
                    Mention owner = k >= 0 ? mentionAt(k) : null;
                    if (owner != null && !owner.ent().isPerson()) {
                        person.affiliate(owner.ent(), 2);
                    }
                    break;
                }
                if (t.isWord() && !t.capitalised() && BODY_NOUNS.containsKey(t.key())
                        && (person.affiliation == null || person.affiliation == nationality)
                        && tok(i + 1) != null && tok(i + 1).kind() == Token.Kind.POSSESSIVE) {
                    // "the party's spokesman", "the group's leader": the body named before
                    Ent body = bodyNoun(t.key(), i - 1);
                    if (body != null && nationality != null) {
                        person.affiliation = body; // (over the nationality: "the mission's Kenyan commander")
                    } else {
                        person.affiliate(body, 2);
                    }
                    break;
                }
                if (i == ts - 1 && t.capitalised() && mentionAt(i) == null && BODY_NOUNS.containsKey(t.key())
                        && person.affiliation == null) {
                    // "Forum Secretary General X", "Alliance spokesperson X": a body named before with the word
                    Ent body = bodyNoun(t.key(), i - 1);
                    if (body != null && hasWord(body, t.key())) {
                        person.affiliate(body, 2);
                        break;
                    }
                }
                if (t.kind() == Token.Kind.POSSESSIVE || t.capitalised() || t.is("the") || t.is("de")
                        || t.is("facto") || t.is("former") || t.is("current") || t.is("-") || isTitle(i)
                        || t.in(TITLE_SCOPES) || t.isWord() && PORTFOLIO_WORDS.contains(t)) {
                    continue; // "WFP country director X", "the agency's regional head", "EU foreign affairs spokesperson"
                }
                if (t.isPunct(',')) {
                    postOwnedBefore(person, i, nationality);
                }
                break;
            }
        }

        /**
         * "The mission's commander, Kenyan police officer X", "The mission's head, AU Special Representative X": a post
         * of a body told before the comma at c, then the title: the person serves that body, over a nationality or
         * the body's parent the title names.
         */
        private void postOwnedBefore(Ent person, int c, Ent nationality) {
            if (c < 3 || !isTitle(c - 1) || tok(c - 2).kind() != Token.Kind.POSSESSIVE || !d.word(c - 3)
                    || d.capitalised(c - 3) || !BODY_NOUNS.containsKey(tok(c - 3).key())) {
                return;
            }
            int opening = d.is(c - 4, "the") ? c - 5 : c - 4;
            if (opening >= d.sentenceStart(tok(c).sentence())) {
                return; // (not "In a letter to the council's president, Foreign Minister X": the phrase opens the sentence)
            }
            Ent body = bodyNoun(tok(c - 3).key(), c - 4);
            Ent now = person.affiliation;
            boolean parent = now != null && body != null && body.known != null && now.known != null
                    && now.known.name().equals(body.known.parent());
            if (body != null && body != person && (now == null || now == nationality || parent)) {
                person.affiliation = body;
                person.affiliationStrength = Math.max(person.affiliationStrength, 2);
            }
        }

        /**
         * How strongly a side named before a title in an apposition employs the person: a body that owns the post outranks
         * a nationality after it ("UNIFIL's Italian head of mission": the body's, of that nationality).
         */
        private int ownerStrength(Mention m) {
            int s = strengthOf(m);
            boolean owner = !m.ent().isState() && tok(m.last() + 1) != null
                    && tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE;
            return owner ? Math.max(s, 4) : s;
        }

        /** Words of a portfolio before a title: "EU foreign affairs spokesperson", "UN human rights chief". */
        private static final Words PORTFOLIO_WORDS = Words.of("foreign", "affairs", "defence", "defense", "security",
                "trade", "humanitarian", "political", "press", "media", "policy", "human", "rights", "interior",
                "economic", "finance", "military");

        /**
         * The body an "of/for/at" phrase names, from token i up to a comma or token end: a peace
         * operation or an acronym in brackets before anything else ("the UN political office in
         * Haiti (BINUH)"), else the head of the first actor ("the U.N. peacekeeping mission").
         */
        Ent bodyOfPhrase(int i, int end) {
            // "the head of its mission to Moldova": the body that owns the mission, not where it is sent
            if ((d.is(i, "its") || d.is(i, "their")) && d.word(i + 1) && !d.capitalised(i + 1)
                    && (d.is(i + 2, "to") || d.is(i + 2, "in"))) {
                Ent owner = recentBody(i);
                if (owner != null) {
                    return owner;
                }
            }
            Mention first = null;
            for (int k = i; k < end && k < d.size() && !tok(k).isPunct(',') && !tok(k).isPunct('.'); k++) {
                Mention m = at[k];
                if (m == null) {
                    continue;
                }
                if (m.ent().type == ActorType.MISSION || tok(k - 1) != null && tok(k - 1).isPunct('(')) {
                    return m.ent();
                }
                if (participleAfterDash(m.last() + 1)) {
                    k = m.last() + 2; // "an analyst at the Baku-based Caspian Policy Forum": where it sits
                    continue;
                }
                if (first == null) {
                    first = m;
                    while (first.last() + 1 < at.length && at[first.last() + 1] != null && at[first.last() + 1] != first) {
                        first = at[first.last() + 1];
                    }
                    // "a researcher at Taipei's Institute for ...": the possessor's body employs
                    Token p = tok(first.last() + 1);
                    Mention owned = p != null && p.kind() == Token.Kind.POSSESSIVE ? mentionAt(first.last() + 2) : null;
                    if (owned != null && owned.ent() != first.ent() && !owned.ent().isPerson() && !owned.ent().isState()) {
                        first = owned;
                    }
                }
                k = m.last();
            }
            if (first == null && i < d.size()) {
                // "a spokesman for the mission, Major X": the body the noun stands for
                int k = i;
                while (k < end && d.word(k) && d.in(k, DETERMINERS)) {
                    k++;
                }
                if (k > i && k < end && d.word(k) && (k + 1 >= end || !d.word(k + 1))) {
                    Ent body = bodyNoun(tok(k).key(), i - 1);
                    return body == null || body.weak ? null : body; // (not a name only guessed)
                }
            }
            return first == null ? null : first.ent();
        }

        /** Kinds of body whose known name may be the tail of another's ("Democratic Party"). */
        private static final Set<ActorType> ORG_TYPES = Set.of(ActorType.POLITICAL_GROUP, ActorType.ARMED_GROUP,
                ActorType.COMPANY, ActorType.OTHER);

        /** Words before a people's adjective that make it a region's: "South American", "Latin American". */
        private static final Words REGIONS_OF_A_CONTINENT = Words.of("south", "north", "central", "latin");

        /** Is the one-word adjective km a continent's after a region's word: "South American", "Latin American"? */
        private static boolean regionsAdjective(Trie.Match<?> km, Token prev) {
            return km.first() == km.last() && prev != null && prev.isWord() && prev.capitalised()
                    && REGIONS_OF_A_CONTINENT.contains(prev);
        }

        /** Nouns that stand for a body already named: "the coalition", "the group", "the bloc". */
        static final WordMap<Set<ActorType>> BODY_NOUNS = new WordMap<>(Map.ofEntries(
                Map.entry("group", Set.of(ActorType.ARMED_GROUP, ActorType.POLITICAL_GROUP, ActorType.OTHER)),
                Map.entry("coalition", Set.of(ActorType.ARMED_GROUP, ActorType.POLITICAL_GROUP, ActorType.OTHER)),
                Map.entry("militia", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("rebels", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("guerrillas", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("insurgents", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("militants", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("jihadists", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("paramilitaries", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("mercenaries", Set.of(ActorType.ARMED_GROUP)),
                Map.entry("movement", Set.of(ActorType.ARMED_GROUP, ActorType.POLITICAL_GROUP)),
                Map.entry("party", Set.of(ActorType.POLITICAL_GROUP)),
                Map.entry("opposition", Set.of(ActorType.POLITICAL_GROUP)),
                Map.entry("alliance", Set.of(ActorType.IGO, ActorType.ARMED_GROUP, ActorType.POLITICAL_GROUP)),
                Map.entry("bloc", Set.of(ActorType.IGO)),
                Map.entry("organisation", Set.of(ActorType.IGO, ActorType.OTHER)),
                Map.entry("organization", Set.of(ActorType.IGO, ActorType.OTHER)),
                Map.entry("body", Set.of(ActorType.IGO)),
                Map.entry("agency", Set.of()),
                Map.entry("forum", Set.of()),
                Map.entry("operation", Set.of()),
                Map.entry("association", Set.of()),
                Map.entry("court", Set.of(ActorType.IGO)),
                Map.entry("panel", Set.of(ActorType.IGO)),
                Map.entry("command", Set.of(ActorType.STATE, ActorType.ARMED_GROUP)),
                Map.entry("council", Set.of(ActorType.IGO)),
                Map.entry("union", Set.of(ActorType.IGO)),
                Map.entry("community", Set.of(ActorType.IGO)),
                Map.entry("commission", Set.of(ActorType.IGO)),
                Map.entry("mission", Set.of(ActorType.MISSION)),
                Map.entry("force", Set.of(ActorType.MISSION, ActorType.ARMED_GROUP)),
                Map.entry("company", Set.of(ActorType.COMPANY)),
                Map.entry("firm", Set.of(ActorType.COMPANY))));

        /** More types a noun stands for when the body's own name has it: "the bloc" of the Patriotic Socialist Bloc. */
        static final WordMap<Set<ActorType>> NAMED_TYPES = new WordMap<>(Map.of(
                "bloc", Set.of(ActorType.POLITICAL_GROUP),
                // "the agency" only for a body whose name says so ("the International Atomic Energy Agency", "the
                // UN refugee agency"): too many bodies are agencies to take the last one named
                "agency", Set.of(ActorType.IGO, ActorType.OTHER),
                // "the forum" likewise: most forums are meetings ("at the forum in Davos")
                "forum", Set.of(ActorType.IGO, ActorType.OTHER),
                // "the operation" only for one whose name says so ("Operation Atalanta"), not any military one
                "operation", Set.of(ActorType.MISSION),
                // "the association": the one whose name says so
                "association", Set.of(ActorType.OTHER, ActorType.POLITICAL_GROUP, ActorType.IGO, ActorType.COMPANY)));

        /** The body most recently named before token i that the noun can stand for. */
        Ent bodyNoun(String noun, int i) {
            Set<ActorType> types = BODY_NOUNS.get(noun);
            return types == null ? null : bodyNoun(noun, i, types);
        }

        /** The same, for a body of one of these types only. */
        Ent bodyNoun(String noun, int i, Set<ActorType> types) {
            // "the panel", "the court": a body whose name has the noun comes first ("the UN Panel of Experts",
            // not the UN named in between; "the bloc" of the Patriotic Socialist Bloc, a party), if the text named
            // it in the last few sentences; for "the agency", the gazetteer's names of the body count too (the
            // IAEA the text names only by its acronym). Institutions (bodies and missions) a noun of their name
            // stands for however long ago they were named ("the panel", "the court").
            int stop = i < 0 ? 0 : d.sentenceStart(Math.max(0, tok(i).sentence() - 4));
            boolean institution = types.contains(ActorType.IGO) || types.contains(ActorType.MISSION);
            // "the ECOWAS court": the body named right before owns it
            boolean owned = institution && i >= 0 && at[i] != null && !at[i].ent().isPerson() && d.is(i + 1, noun)
                    && !hasWord(at[i].ent(), noun);
            for (int k = owned ? -1 : i; k >= stop; k--) {
                if (institution && introduces(k, noun)) {
                    owned = true; // "appointed a panel of former heads of state": that one, not one named before
                    break;
                }
                Mention m = at[k];
                if (m != null && (types.contains(m.ent().type) || NAMED_TYPES.getOrDefault(noun, Set.of())
                        .contains(m.ent().type)) && m.naming()
                        && (hasWord(m.ent(), noun) || noun.equals("agency") && (knownHasWord(m.ent(), noun)
                        || unAgency(m.ent()) && i >= 0 && UN_AGENCY_WORDS.contains(tok(i))))) {
                    // ("froze its participation in the CSTO, accusing the alliance": a body of the kind named in
                    // the sentence itself, before one named with the word sentences ago, the Armenia Alliance)
                    Ent near = i < 0 || tok(k).sentence() == tok(i).sentence() || institution && !LOOSE_BODY_NOUNS.contains(noun)
                            ? null : bodyInSentence(i, types);
                    return near != null ? near : m.ent();
                }
            }
            if (!owned && institution) {
                // "the panel" after the Security Council named since: the Panel of Experts named at the start
                // (unless another one came in since: "appointed a panel of former heads of state", "the ECOWAS
                // court"; nor for "the ECOWAS court" itself)
                for (int k = i; k >= 0; k--) {
                    if (introduces(k, noun)) {
                        break;
                    }
                    Mention m = k < stop ? at[k] : null;
                    if (m != null && types.contains(m.ent().type) && m.naming() && hasWord(m.ent(), noun)) {
                        return m.ent();
                    }
                }
            }
            Ent described = describedAs(noun, i);
            if (described != null) {
                return described;
            }
            if (noun.equals("court")) {
                // "the court" is a body's court the text named so ("the ECOWAS court in Abuja"), not any body named last
                // ("defended the court's decision" of a court in Montevideo, after the OAS)
                for (int k = i; k >= 0; k--) {
                    Mention m = at[k];
                    if (m != null && m.last() == k && types.contains(m.ent().type) && d.is(k + 1, noun)) {
                        return m.ent();
                    }
                }
                return null;
            }
            for (int k = i; k >= 0; k--) {
                Mention m = at[k];
                // (not "pledged allegiance to the Islamic State": the parent of the one the text speaks of)
                if (m != null && types.contains(m.ent().type) && m.naming() && !modifier(m) && !ownsTitle(m)
                        && !(noun.equals("opposition") && ruling(m))
                        && !(asParent(m) && parentOfAnother(m.ent()))) {
                    return m.ent();
                }
            }
            return null;
        }

        /** Fighters' nouns and the word the text puts beside a group's name to call it one: "M23 rebels". */
        private static final WordMap<String> FIGHTERS_SINGULAR = new WordMap<>(Map.of("rebels", "rebel",
                "insurgents", "insurgent", "militants", "militant", "jihadists", "jihadist", "guerrillas", "guerrilla"));

        /**
         * "the rebels": the armed group the text last called so before token i ("M23 rebels", "the AFC/M23 rebel
         * alliance", "the rebel M23"), rather than a militia named since that it never called rebels; null when
         * the text calls no group so.
         */
        private Ent describedAs(String noun, int i) {
            String one = FIGHTERS_SINGULAR.get(noun);
            if (one == null) {
                return null;
            }
            for (int k = Math.min(i, at.length - 1); k >= 0; k--) {
                Mention m = at[k];
                int of = d.is(k - 1, "the") ? k - 2 : k - 1; // "rebels of the Permanent Strategic Framework"
                if (m != null && m.first() == k && m.ent().type == ActorType.ARMED_GROUP && m.naming()
                        && (d.is(m.last() + 1, noun) || d.is(m.last() + 1, one) || d.is(k - 1, one)
                        || d.is(k - 2, one) && d.is(k - 1, "group") || d.is(of, "of") && d.is(of - 1, noun))) {
                    return m.ent();
                }
            }
            return null;
        }

        /** Nouns many kinds of body go by, whose body the sentence itself may name: "the alliance", "the bloc". */
        private static final Words LOOSE_BODY_NOUNS = Words.of("alliance", "bloc", "coalition", "organisation",
                "organization");

        /** The body of one of these types named last before token i in its sentence (not a modifier), or null. */
        private Ent bodyInSentence(int i, Set<ActorType> types) {
            for (int k = i - 1; k >= d.sentenceStart(tok(i).sentence()); k--) {
                Mention m = at[k];
                if (m != null && types.contains(m.ent().type) && m.naming() && !modifier(m) && !ownsTitle(m)) {
                    return m.ent();
                }
            }
            return null;
        }

        /** Is the party named at m in power: "the ruling X party", "the governing X"? Not "the opposition". */
        private boolean ruling(Mention m) {
            for (Mention n : m.ent().mentions) {
                int p = n.first() - 1;
                if (d.is(p, "ruling") || d.is(p, "governing") || d.is(p - 1, "ruling") || d.is(p - 1, "governing")) {
                    return true;
                }
            }
            return false;
        }

        /** Does the noun at k bring in a body of its own: "a panel of former heads of state", "the ECOWAS court"? */
        private boolean introduces(int k, String noun) {
            if (!d.is(k, noun)) {
                return false;
            }
            if (at[k] != null) {
                // "the ECOWAS court" read as ECOWAS: the noun already stood for another body since
                return !at[k].ent().isPerson() && !hasWord(at[k].ent(), noun);
            }
            Mention owner = k > 0 ? at[k - 1] : null;
            return d.is(k - 1, "a") || d.is(k - 1, "an") || d.is(k - 2, "a") && d.word(k - 1) && at[k - 1] == null
                    || owner != null && !owner.ent().isPerson() && owner.last() == k - 1;
        }

        /** "the African Union's special envoy, X": a body named only to qualify a person's title. */
        private boolean ownsTitle(Mention m) {
            Token next = tok(m.last() + 1);
            return next != null && next.kind() == Token.Kind.POSSESSIVE && (isTitle(m.last() + 2) || isTitle(m.last() + 3));
        }

        /** Titles whose holder serves the one named after "to": "an adviser to the RSF leadership". */
        private static final Words AIDES = Words.of("adviser", "advisor", "aide", "assistant",
                "consultant", "counsellor", "counselor");

        /** Does the body's name, or one of its aliases, have the word? */
        private static boolean hasWord(Ent e, String word) {
            if (hasWord(e.name, word)) {
                return true;
            }
            for (String a : e.aliases) {
                if (hasWord(a, word)) {
                    return true;
                }
            }
            return false;
        }

        /** What the full names of the UN's agencies, funds and programmes end in; its organs and courts are none. */
        private static final List<String> AGENCY_WORDS = List.of("programme", "program", "fund", "organization",
                "organisation", "agency", "office", "entity");

        /**
         * Words right before "agency" when it means a UN agency: "the agency", "the UN agency", "the food agency"
         * (not "the Sudanese intelligence agency", "the national agency").
         */
        private static final Words UN_AGENCY_WORDS = Words.of("the", "un", "food", "refugee", "health", "aid",
                "relief", "humanitarian", "migration");

        /** Is the actor the gazetteer's United Nations itself? */
        /**
         * "the head of the UN mission, X", "X, the UN's special representative for Haiti, who heads BINUH": the UN
         * official who leads the one UN mission of the story serves the mission, when the text names it near him.
         */
        private void missionHeads() {
            Ent mission = null;
            for (Ent e : ents) {
                if (e.type == ActorType.MISSION && !e.mentions.isEmpty() && e.known != null
                        && "United Nations".equals(e.known.parent())) {
                    if (mission != null) {
                        return; // two missions: which one he leads, the text must say
                    }
                    mission = e;
                }
            }
            if (mission == null) {
                return;
            }
            for (Ent p : ents) {
                if (!p.isPerson() || p.affiliation == null || !theUn(p.affiliation) || p.mentions.isEmpty()
                        || p.roles.stream().noneMatch(Run::missionHeadRole)) {
                    continue;
                }
                for (Mention m : mission.mentions) {
                    for (Mention own : p.mentions) {
                        if (own.form() != Mention.Form.PRONOUN && Math.abs(m.first() - own.first()) <= 14
                                && tok(m.first()).sentence() == tok(own.first()).sentence()) {
                            p.affiliation = mission;
                        }
                    }
                }
            }
        }

        /** A role of one who leads a mission: "head", "chief", "special representative", "mission chief". */
        private static boolean missionHeadRole(String role) {
            String k = Doc.key(role);
            return k.equals("head") || k.equals("chief") || k.startsWith("head of")
                    || k.contains("special representative") || k.contains("mission chief");
        }

        private static boolean theUn(Ent e) {
            return e.known != null && e.name.equals("United Nations");
        }

        /** A body of the UN family that the news calls "the agency": the World Food Programme, UNICEF, the WHO. */
        private static boolean unAgency(Ent e) {
            if (e.known == null || e.type != ActorType.IGO || !"United Nations".equals(e.known.parent())) {
                return false;
            }
            for (String w : AGENCY_WORDS) {
                if (hasWord(e.known.name(), w) || knownHasWord(e, w)) {
                    return true;
                }
            }
            return false;
        }

        /** Does one of the gazetteer's names of the actor have the word ("Agency" of the IAEA)? */
        private static boolean knownHasWord(Ent e, String word) {
            for (String a : e.known == null ? List.<String>of() : e.known.aliases()) {
                if (hasWord(a, word)) {
                    return true;
                }
            }
            return false;
        }

        /** Does the name have the word (any case)? */
        private static boolean hasWord(String name, String word) {
            int n = word.length();
            for (int i = 0; i + n <= name.length(); i++) {
                if ((i == 0 || name.charAt(i - 1) == ' ') && (i + n == name.length() || name.charAt(i + n) == ' ')
                        && name.regionMatches(true, i, word, 0, n)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "its", "their" as affiliation: the first organisation or state named in token i's sentence
         * before it, else in one of the two sentences before (the sentence's main body, not the nearest;
         * {@link #stateNamedBefore} gives the nearest), past a place the sentence opens with ("In Colombo,").
         */
        Ent recentBody(int i) {
            int sentence = tok(Math.max(0, i)).sentence();
            for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
                int to = s == sentence ? i : d.sentenceEnd(s);
                for (int k = d.sentenceStart(s); k < to; k++) {
                    Mention m = at[k];
                    // (not the place a sentence opens with: "In Colombo, the TPA welcomed the vote. Its leader")
                    boolean place = m != null && m.ent().isState() && m.first() == d.sentenceStart(s) + 1
                            && d.is(m.first() - 1, "in");
                    // (a description that opens the sentence is its subject: "The junta rejected ... its spokesman")
                    boolean named = m != null && (m.naming() || m.form() == Mention.Form.DESCRIPTION
                            && m.first() <= d.sentenceStart(s) + 1);
                    // (nor where the story is filed: "BOGOTA, May 2 (Reuters) - The ELN attacked ... Its negotiator")
                    // (nor a body that owns the next one named: "NATO's Kosovo Force (KFOR) said ... Its commander")
                    Mention owned = named && !m.ent().isState() && tok(m.last() + 1) != null
                            && tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE && m.last() + 2 < to ? at[m.last() + 2] : null;
                    boolean owner = owned != null && owned.ent() != m.ent() && !owned.ent().isPerson()
                            && !owned.ent().isState();
                    if (named && !owner && !m.ent().isPerson() && !modifier(m) && !inQuote[k] && !place
                            && !TextImporter.inDateline(d, k)) {
                        return m.ent();
                    }
                    k = m != null ? Math.max(k, m.last()) : k;
                }
            }
            return null;
        }

        boolean whoAfter(int b) {
            return tok(b + 1) != null && tok(b + 1).isPunct(',') && tok(b + 2) != null && tok(b + 2).is("who");
        }

        private byte[] speech;

        /** The longest phrase of the words lexicon at token i, looked up once per token: several passes ask. */
        private Trie.Match<String>[] words;
        private boolean[] wordsLooked;

        @SuppressWarnings("unchecked")
        Trie.Match<String> wordsAt(int i) {
            if (words == null) {
                words = new Trie.Match[d.size()];
                wordsLooked = new boolean[d.size()];
            }
            if (!wordsLooked[i]) {
                wordsLooked[i] = true;
                words[i] = lex.words.longest(d, i, false);
            }
            return words[i];
        }

        boolean speechAt(int i) {
            Token t = tok(i);
            if (t == null || !t.isWord() || at[i] != null && t.capitalised() || !lex.speech.startsAt(d, i)) {
                return false; // not the "States" of "the United States", nor a word no speech phrase starts with
            }
            if (speech == null) {
                speech = new byte[d.size()];
            }
            if (speech[i] == 0) {
                speech[i] = (byte) (lex.speech.longest(d, i, false) != null ? 1 : 2);
            }
            return speech[i] == 1;
        }

        Mention firstMentionAfter(int i, int sentence, int within) {
            for (int k = i + 1; k < d.size() && k <= i + within; k++) {
                if (tok(k).sentence() != sentence) {
                    return null;
                }
                if (at[k] != null) {
                    return at[k];
                }
            }
            return null;
        }

        Mention lastMentionBefore(int i, int sentence) {
            for (int k = i - 1; k >= 0 && tok(k).sentence() == sentence; k--) {
                if (at[k] != null) {
                    return at[k];
                }
            }
            return null;
        }

        // ---- 5. surnames and titled surnames --------------------------------------------------

        /**
         * "Gabriela Montenegro Solis, head of the mission, ... Montenegro declined to say": a person's later
         * name that is also a state's, where the text named no such state before the person, is the person.
         */
        private void surnamesLikeStates() {
            List<Mention> states = null;
            for (Ent e : ents) {
                if (e.isState()) {
                    for (Mention m : e.mentions) {
                        // (a capital too: "Rear Admiral Jose Miguel Santiago ... Santiago said" is no word of Chile's)
                        if (m.first() == m.last() && (m.form() == Mention.Form.NAME || m.form() == Mention.Form.METONYM)) {
                            states = states == null ? new ArrayList<>() : states;
                            states.add(m);
                        }
                    }
                }
            }
            if (states == null) {
                return; // (most texts name no state by one word that could be a surname)
            }
            Set<String> stateWords = new HashSet<>();
            for (Mention m : states) {
                stateWords.add(tok(m.first()).key());
            }
            for (Ent p : new ArrayList<>(ents)) {
                if (!p.isPerson() || p.mentions.isEmpty() || p.name.indexOf(' ') < 0) {
                    continue;
                }
                int first = p.mentions.get(0).first();
                String[] w = p.name.split(" ");
                boolean any = false;
                for (int j = 1; j < w.length; j++) {
                    w[j] = Doc.key(w[j]);
                    any |= stateWords.contains(w[j]);
                }
                if (!any) {
                    continue; // (no word of the name after the first is one of those states' names)
                }
                for (Mention m : states) {
                    if (m.first() <= first || at[m.first()] != m) {
                        continue;
                    }
                    for (int j = 1; j < w.length; j++) {
                        if (w[j].equals(tok(m.first()).key()) && !namedBefore(m.ent(), first)) {
                            mention(m.first(), m.first(), p, Mention.Form.SURNAME);
                            break;
                        }
                    }
                }
            }
        }

        /**
         * Is the unknown capitalised word at i a first name before a state's one-word name, by a title
         * before them, by speech, an apposition or a "who" clause after them, or by "said" right before them
         * ("Foreign Minister Valeria Montenegro", "Valeria Montenegro said", "said Gabriel Montenegro, who ...")?
         */
        private boolean surnameLikeAState(int i) {
            Mention m = i + 1 < d.size() ? at[i + 1] : null;
            if (m == null || m.first() != i + 1 || m.last() != i + 1 || !m.ent().isState()
                    || m.form() != Mention.Form.NAME && !(m.form() == Mention.Form.DEMONYM && nothingQualified(i + 1))
                    || d.keyId(i) >= 0 || tok(i).allCaps()) {
                return false;
            }
            if (titleBefore(i) >= 0) {
                return true;
            }
            // (not at a sentence's start: "Neighbouring Guatemala said")
            boolean start = i == d.sentenceStart(tok(i).sentence()) || tok(i - 1).kind() == Token.Kind.QUOTE;
            // ("said Gabriel Montenegro, who coordinates ...": speech before, or a "who" clause after)
            // (a people's word is no state's name at a sentence's start: "Volker Turk, the UN rights chief, said")
            return (!start || m.form() == Mention.Form.DEMONYM) && (speechAt(i + 2) || d.tok(i + 2) != null && d.tok(i + 2).isPunct(',')
                    && (apposition(i + 1) != null || d.is(i + 3, "who")))
                    || speechAt(i - 1) && !d.capitalised(i - 1) && d.is(i + 2, ",");
        }

        /**
         * Does the people's name at k qualify no word after it, ending the clause or followed by speech ("Volker Turk,
         * the UN rights chief,", "Volker Turk said", not "Volker Turk troops")? Then it may be a surname.
         */
        private boolean nothingQualified(int k) {
            return !d.word(k + 1) || speechAt(k + 1);
        }

        /**
         * The end of a party's name that opens with "All" ("the All Progressives Congress", "the All Basotho
         * Convention", "the All People's Congress"): capitalised words, a people's name among them, up to
         * the head of a party's name; i when there is none.
         */
        private int allPartyEnd(int i) {
            int end = i;
            for (int k = i + 1; k < d.size() && tok(k).sentence() == tok(i).sentence() && !outlet[k]; k++) {
                Mention m = at[k];
                if (m != null && !(m.form() == Mention.Form.DEMONYM && m.first() == k && m.last() == k)
                        || !d.capitalised(k) && !nameJoint(k) || isTitle(k) || tok(k).in(FUNCTION)) {
                    break;
                }
                end = nameJoint(k) ? k + 1 : k;
                k = end;
            }
            boolean head = lex.orgHeads.get(tok(end).key()) == ActorType.POLITICAL_GROUP || d.is(end, "convention");
            return end > i + 1 && head ? end : i;
        }

        /**
         * Is the unknown capitalised word at i a surname after a state's one-word name that is a given
         * name here? So the text says by a title before them ("Defence Minister Israel Katz"), a person's
         * apposition after them ("Jordan Bardella, the leader of the National Rally,"), or the word alone
         * elsewhere ("Katz told reporters"). Speech alone is no proof: "Kenya Airways said".
         */
        private boolean givenNameLikeAState(int i) {
            if (d.keyId(i) >= 0 || !d.capitalised(i) || tok(i).allCaps()
                    || tok(i - 1).sentence() != tok(i).sentence()) {
                return false;
            }
            // (titles are not marked yet: a title's last word is a title by itself)
            int p = d.is(i - 2, ",") ? i - 3 : i - 2;
            Trie.Match<Title> title = p >= 0 && d.word(p) ? lex.titles.longest(d, p, false) : null;
            if (title != null && title.last() == p) {
                return true;
            }
            // ", a spokesman for", ", the leader of": a title in the apposition, past a determiner and a few words
            if (d.is(i + 1, ",")) {
                for (int k = i + 2; k <= i + 6 && (d.word(k) || k < d.size() && tok(k).kind() == Token.Kind.POSSESSIVE)
                        && tok(k).sentence() == tok(i).sentence(); k++) {
                    Trie.Match<Title> office = d.word(k) ? lex.titles.longest(d, k, false) : null;
                    if (office != null) {
                        return true;
                    }
                    if (k > i + 2 && tok(k).in(FUNCTION) && !d.is(k, "the") || k == i + 2 && !tok(k).in(DETERMINERS)) {
                        break;
                    }
                }
            }
            for (int k = d.firstWithKey(tok(i).key()); k >= 0; k = d.nextWithKey(k)) {
                if (k != i && d.capitalised(k) && !d.is(k - 1, tok(i - 1).key())
                        && !d.capitalised(k + 1)) {
                    return true; // the surname alone (not after the state's name again)
                }
            }
            return false;
        }

        /**
         * "the Congolese Party of Labour (PCT)": an acronym in brackets right after a name the text defines
         * is the name's, though its letters follow another language's words; later uses of it too.
         */
        private void giveBracketedAcronym(int b, Ent e) {
            Token acr = tok(b + 2);
            if (tok(b + 1) == null || !tok(b + 1).isPunct('(') || acr == null || !acr.allCaps() || at[b + 2] != null
                    || tok(b + 3) == null || !tok(b + 3).isPunct(')')) {
                return;
            }
            mention(b + 2, b + 2, e, Mention.Form.ALIAS);
            for (int i = b + 4; i < d.size(); i++) {
                if (d.allCaps(i) && tok(i).key().equals(acr.key()) && free(i, i)) {
                    mention(i, i, e, Mention.Form.ALIAS);
                }
            }
        }

        /**
         * A party named before a lower-case "party" takes the short name the text gives it right after: "the ruling
         * Liberty and Refoundation party (LIBRE)", "the governing Liberty and Refoundation party, known as Libre,";
         * later uses of the short name are its mentions.
         */
        private void partyShortNames() {
            for (int k = d.firstWithKey("party"); k >= 0; k = d.nextWithKey(k)) {
                Mention m = k >= 1 ? at[k - 1] : null;
                if (m == null || m.last() != k - 1 || m.ent().type != ActorType.POLITICAL_GROUP || d.capitalised(k)) {
                    continue;
                }
                boolean bracketed = d.tok(k + 3) != null && tok(k + 1).isPunct('(') && tok(k + 3).isPunct(')');
                boolean knownAs = d.tok(k + 1) != null && tok(k + 1).isPunct(',') && d.is(k + 2, "known") && d.is(k + 3, "as");
                int w = bracketed ? k + 2 : k + 4; // "(LIBRE)", "(PiS)"; ", known as Libre"
                if ((bracketed || knownAs) && d.capitalised(w) && !d.capitalised(w + 1) && at[w] == null && d.lexicons(w) == 0) {
                    for (int i = w; i >= 0; i = d.nextWithKey(i)) {
                        if (d.capitalised(i) && free(i, i)) {
                            mention(i, i, m.ent(), Mention.Form.ALIAS);
                        }
                    }
                }
            }
        }

        /**
         * "The Pacific Islands Forum suspended Fiji ... the 18-member Forum said", "the Forum's secretary general": a
         * body named by one capitalised word, the last word of a body the text named before in full (one only), is that
         * body.
         */
        private void shortHeads() {
            for (Ent e : List.copyOf(ents)) {
                if (e.known != null || e.isPerson() || e.isState() || e.mentions.isEmpty() || e.name.indexOf(' ') >= 0
                        || e.name.length() < 4 || !Character.isUpperCase(e.name.charAt(0)) || Token.acronym(e.name)) {
                    continue;
                }
                String tail = " " + e.name;
                Ent body = null;
                for (Ent f : ents) {
                    if (f != e && !f.isPerson() && !f.isState() && f.name.endsWith(tail) && !f.mentions.isEmpty()
                            && f.mentions.get(0).first() < e.mentions.get(0).first()) {
                        body = body == null ? f : e; // (two such bodies: neither)
                    }
                }
                if (body != null && body != e) {
                    absorb(e, body);
                }
            }
        }

        /**
         * "the Maldivian Democratic Party ... the MDP said", "Deutsche Welle ... DW": an acronym no list has and the text
         * never defines, made of the initials of a body it named before, is that body.
         */
        private void initialisms() {
            for (Ent e : List.copyOf(ents)) {
                if (e.known != null || e.isPerson() || e.isState() || e.mentions.isEmpty() || e.name.length() < 2
                        || e.name.length() > 6 || !Token.acronym(e.name) || !e.name.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                Ent body = null;
                for (Ent f : ents) {
                    if (f != e && !f.isPerson() && !f.isState() && f.name.indexOf(' ') > 0 && initialsOf(f.name).equals(e.name)
                            && !f.mentions.isEmpty() && f.mentions.get(0).first() < e.mentions.get(0).first()) {
                        body = body == null ? f : e; // (two such bodies: neither)
                    }
                }
                if (body != null && body != e) {
                    absorb(e, body);
                }
            }
        }

        /** The initials of the capitalised words of a name ("Maldivian Democratic Party" is "MDP"). */
        private static String initialsOf(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : name.split(" ")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    b.append(w.charAt(0));
                }
            }
            return b.toString();
        }

        /**
         * "Julio Paredes of the right-wing Fuerza Popular party", "X, a lawmaker from the opposition Revival party,": the
         * person serves the party, over the state a title or a nationality gave; "said X, whose Union Nationale party",
         * when nothing else gave X a body.
         */
        private void partyMembers() {
            for (Ent party : List.copyOf(ents)) {
                if (party.type != ActorType.POLITICAL_GROUP) {
                    continue;
                }
                for (Mention m : List.copyOf(party.mentions)) {
                    if (!partyAfter(m.last())) {
                        continue;
                    }
                    int k = m.first() - 1;
                    while (k > 0 && m.first() - k <= 5 && (d.word(k) && !d.capitalised(k) || tok(k).isPunct('-')) && at[k] == null
                            && !d.is(k, "of") && !d.is(k, "from") && !d.is(k, "whose")) {
                        k--; // "the", "right-wing", "main opposition"
                    }
                    boolean whose = d.is(k, "whose");
                    Ent member = whose ? personBefore(k - 1) : d.is(k, "of") || d.is(k, "from") ? memberBefore(k) : null;
                    // (not over the state of "Prime Minister X, whose Vetevendosje party won": an office of the state)
                    if (member != null && (member.affiliation == null || member.affiliation.isState() && !whose)) {
                        member.affiliation = party;
                        member.affiliationStrength = Math.max(member.affiliationStrength, 3);
                    }
                }
            }
        }

        /** The person right before "of" or "from" at k, or before the title of an apposition there (", a lawmaker from"). */
        private Ent memberBefore(int k) {
            Ent person = personBefore(k - 1);
            if (person != null) {
                return person;
            }
            int t = k - 1;
            while (t > 0 && k - t <= 4 && (d.word(t) && !d.capitalised(t) && at[t] == null && !d.is(t, "a") && !d.is(t, "an")
                    || at[t] != null && at[t].form() == Mention.Form.DEMONYM)) {
                t = at[t] != null ? at[t].first() - 1 : t - 1; // "lawmaker", "national coordinator", "Kyrgyz lawmaker"
            }
            return t < k - 1 && (d.is(t, "a") || d.is(t, "an")) && tok(t - 1) != null && tok(t - 1).isPunct(',') ? personBefore(t - 2) : null;
        }

        /** The person whose mention ends at k (past a comma right there), or null. */
        private Ent personBefore(int k) {
            int e = tok(k) != null && tok(k).isPunct(',') ? k - 1 : k;
            Mention m = e >= 0 ? at[e] : null;
            return m != null && m.last() == e && m.ent().isPerson() && m.form() != Mention.Form.PRONOUN ? m.ent() : null;
        }

        /** The body named [a - 1, b] after the country or people at a - 1, as a name of its own. */
        private Ent nationalBody(int a, int b, ActorType type) {
            Ent e = newEnt(d.span(a - 1, b), type);
            // (a party named after its country is sure, named once: "the opposition Kiribati Reform Party")
            e.weak = (e.mentions.isEmpty() || e.weak) && type != ActorType.POLITICAL_GROUP;
            mention(a - 1, b, e, Mention.Form.NAME);
            return e;
        }

        /** Does the text mention the actor before token i? */
        private boolean namedBefore(Ent e, int i) {
            for (Mention m : e.mentions) {
                if (m.first() < i) {
                    return true;
                }
            }
            return false;
        }

        private void surnames() {
            Map<String, List<Ent>> byFirstKey = new HashMap<>();
            for (Ent e : ents) {
                if (e.isPerson() && !e.surname.isEmpty()) {
                    byFirstKey.computeIfAbsent(e.surname.get(0), k -> new ArrayList<>()).add(e);
                }
            }
            if (byFirstKey.isEmpty()) {
                return;
            }
            int past = 0; // (a surname found: the tokens it covers start no other)
            // only the tokens of the surnames' first words, in text order (see Doc#withKeys)
            for (int i : d.withKeys(byFirstKey.keySet())) {
                if (i < past || at[i] != null || outlet[i] || !d.word(i)) {
                    continue; // a surname is words (see surnameOf)
                }
                List<Ent> candidates = byFirstKey.get(tok(i).key());
                for (Ent e : candidates) {
                    // the surname's words, and the hyphens between them ("Villanueva-Ramos", "al-Burhan")
                    int end = i;
                    boolean same = true;
                    for (int k = 0; k < e.surname.size() && same; k++, end++) {
                        if (k > 0 && d.tok(end) != null && d.tok(end).isPunct('-') && d.tok(end).joined()) {
                            end++;
                        }
                        same = end < d.size() && tok(end).key().equals(e.surname.get(k)) && at[end] == null;
                    }
                    int n = end - i;
                    Token last = tok(i + n - 1);
                    if (!same || !last.capitalised()) {
                        continue;
                    }
                    // not the middle of a longer name
                    Token next = tok(i + n);
                    if (next != null && next.capitalised() && at[i + n] == null && !next.in(NOT_NAME)
                            && !isTitle(i + n)) {
                        continue;
                    }
                    int from = i;
                    if (isTitle(i - 1)) {
                        from = titleStart(i - 1);
                        role(e, d.span(from, i - 1));
                    }
                    mention(from, i + n - 1, e, from == i ? Mention.Form.SURNAME : Mention.Form.TITLED);
                    if (from == i) {
                        shortFormApposition(e, i + n - 1);
                    }
                    past = i + n;
                    break;
                }
            }
            middleNames();
        }

        /**
         * "Mrema, who leads the Alliance for Democracy and Development,", "Okafor, the bloc's envoy,": an
         * apposition after a later mention by surname tells the body as one after the first would. Its
         * office counts only for a person the text has given none (a rank aside): "Andersen, a Danish
         * diplomat," adds nothing to the head of a mission.
         */
        private void shortFormApposition(Ent e, int b) {
            Apposition app = apposition(b);
            if (app == null || app.former()) {
                return;
            }
            boolean office = false;
            for (String r : e.roles) {
                office |= !lex.ranks.contains(Doc.key(r).replace(".", ""));
            }
            // (the bare "leader" of "who leads X" adds nothing to a rank: "Major X ... X, who leads the committee";
            // to a person the text gave no office yet it is the role)
            if (!office && (e.roles.isEmpty() || !LEADING_ROLES.asMap().containsValue(app.role()))) {
                role(e, app.role());
                e.weak = false; // (a name only guessed to be a person's is one: "X, the leader of the Y gang,")
            }
            // a state's president or minister stays the state's, whatever body they chair ("Kenyan President
            // X ... X, who chairs the African Union,")
            if (!(e.affiliation != null && e.affiliation.isState() && e.roles.stream().anyMatch(Run::stateOffice))) {
                e.affiliate(app.affiliation(), app.strength());
            }
        }

        private static boolean mentionedBefore(Ent e, int i) {
            for (Mention m : e.mentions) {
                if (m.first() < i) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Chinese family names of two letters, which come first in a name ("Li Haoran ... Li accused"): a first name
         * of two letters is otherwise too likely an initial or a particle to stand for the person alone.
         */
        private static final Set<String> SHORT_FAMILY_NAMES = Set.of("li", "hu", "wu", "xu", "lu", "su", "fu", "gu",
                "du", "yu");

        /** Words before a father's name inside a person's name. */
        private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "ben", "bint", "ould", "ag", "wuld", "binti");

        /**
         * "President Mario Quispe Villca ... President Quispe said": a person found under one word that is a middle
         * name (the first of two surnames) of one person named before, and no other word of anyone's name, is that
         * person.
         */
        private void middleNamePersons() {
            for (Ent one : new ArrayList<>(ents)) {
                if (!one.isPerson() || one.name.indexOf(' ') >= 0 || one.mentions.isEmpty()) {
                    continue;
                }
                String key = Doc.key(one.name);
                int first = Integer.MAX_VALUE;
                for (Mention m : one.mentions) {
                    first = Math.min(first, m.first());
                }
                Ent owner = null;
                int owners = 0;
                for (Ent e : ents) {
                    if (e == one || !e.isPerson()) {
                        continue;
                    }
                    String[] parts = e.name.split(" ");
                    for (int k = 0; k < parts.length; k++) {
                        if (Doc.key(parts[k]).equals(key)) {
                            owners++;
                            // (not a father's name after "bin", "ibn", "ould": "Tamim bin Hamad Al Thani ... Sheikh Hamad")
                            boolean father = k >= 1 && PATRONYMIC.contains(Doc.key(parts[k - 1]));
                            owner = k >= 1 && k < parts.length - e.surname.size() && !father && mentionedBefore(e, first)
                                    ? e : null;
                        }
                    }
                }
                if (owners == 1 && owner != null) {
                    absorb(one, owner);
                }
            }
        }

        /**
         * "Lucía Restrepo Arango ... Restrepo said", "Abdiqani Hersi Yusuf ... Hersi told": where a name
         * has three words or more, the press may shorten it to a middle one (the first of two surnames, a
         * father's name). Such a word, alone and with a capital after the person's first mention, is the
         * person when no other person's name has it. So is a first name where the text never shortens
         * the name to its surname ("Tesfay Weldegiorgis ... Tesfay, who was appointed ..."): in some
         * countries a person goes by the first name.
         */
        private void middleNames() {
            middleNamePersons();
            Map<String, Ent> byMiddle = new HashMap<>();
            Map<String, Ent> byFirst = new HashMap<>();
            Set<String> taken = new HashSet<>();
            Set<String> firstTaken = new HashSet<>();
            for (Ent e : ents) {
                if (!e.isPerson() || e.mentions.isEmpty()) {
                    continue;
                }
                String[] parts = e.name.split(" ");
                String first = Doc.key(parts[0]);
                taken.add(first);
                boolean shared = parts.length >= 2 && (parts[0].length() > 2 || SHORT_FAMILY_NAMES.contains(first))
                        && !e.surname.isEmpty() && byFirst.putIfAbsent(first, e) != null;
                if (shared || calledBySurname(e)) {
                    firstTaken.add(first); // two people share it, or the text calls this one by the surname
                }
                taken.addAll(e.surname);
                firstTaken.addAll(e.surname);
                for (int k = 1; k < parts.length - e.surname.size(); k++) {
                    String key = Doc.key(parts[k]);
                    firstTaken.add(key);
                    if (parts[k].length() > 2 && Character.isUpperCase(parts[k].charAt(0))
                            && byMiddle.putIfAbsent(key, e) != null) {
                        taken.add(key); // two people share it
                    }
                }
            }
            byMiddle.keySet().removeAll(taken);
            byFirst.keySet().removeAll(firstTaken);
            byMiddle.putAll(byFirst);
            if (byMiddle.isEmpty()) {
                return;
            }
            for (int i : d.withKeys(byMiddle.keySet())) { // (as in surnames: only the tokens of these keys)
                if (at[i] != null || outlet[i] || !d.capitalised(i) || isTitle(i)) {
                    continue;
                }
                Ent e = byMiddle.get(tok(i).key());
                if (e == null || !mentionedBefore(e, i)) {
                    continue;
                }
                // alone: not part of a longer name or a phrase with a capital
                boolean alone = !(d.capitalised(i + 1) && at[i + 1] == null && !tok(i + 1).in(NOT_NAME))
                        && !(d.capitalised(i - 1) && at[i - 1] == null && !isTitle(i - 1)
                        && tok(i - 1).sentence() == tok(i).sentence() && i - 1 != d.sentenceStart(tok(i).sentence()))
                        && !(tok(i + 1) != null && tok(i + 1).isPunct('-') && tok(i + 1).joined()); // ("Su-35 jets")
                if (alone) {
                    int from = isTitle(i - 1) ? titleStart(i - 1) : i;
                    mention(from, i, e, from == i ? Mention.Form.SURNAME : Mention.Form.TITLED);
                }
            }
        }

        /** Does the text call the person by the surname ("Alemu said"; not by the first name: "Tesfaye told ...")? */
        private boolean calledBySurname(Ent e) {
            for (Mention m : e.mentions) {
                if (m.form() == Mention.Form.SURNAME && e.surname.contains(tok(m.last()).key())) {
                    return true;
                }
            }
            return false;
        }

        // ---- 5b. counterparts ---------------------------------------------------------------------

        /** The nouns {@link #counterparts} starts at. */
        private static final Words COUNTERPARTS = Words.of("counterpart", "counterparts");

        /** "Velk ... with her Sudrian counterpart, Omar Dessal": the counterpart holds the same office. */
        private void counterparts() {
            for (int i : d.withKeys(COUNTERPARTS)) {
                if (i < 1) {
                    continue;
                }
                Mention named = null;
                for (int k = i + 1; k <= i + 2 && k < d.size(); k++) {
                    if (at[k] != null && at[k].ent().isPerson()) {
                        named = at[k];
                        break;
                    }
                    if (!tok(k).isPunct(',')) {
                        break;
                    }
                }
                if (named == null) {
                    continue;
                }
                Ent person = named.ent();
                // whose counterpart: the person before in the sentence
                Ent other = null;
                for (int k = i - 1; k >= d.sentenceStart(tok(i).sentence()); k--) {
                    if (at[k] != null && at[k].ent().isPerson() && at[k].ent() != person) {
                        other = at[k].ent();
                        break;
                    }
                }
                if (other == null && i >= 2 && (tok(i - 2).is("his") || tok(i - 2).is("her") || tok(i - 1).is("his")
                        || tok(i - 1).is("her"))) {
                    // "His Colombian counterpart, X, said": the person the pronoun stands for
                    Ent recent = recentPerson(i - 2);
                    other = recent != person ? recent : null;
                }
                if (other != null && !other.roles.isEmpty()) {
                    role(person, other.roles.get(0));
                    person.weak = false; // a counterpart holds an office: no guess any more
                }
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    Mention m = at[k];
                    if (m != null && m.ent().isState()) {
                        person.affiliate(m.ent(), 3);
                        break;
                    }
                }
            }
        }

        // ---- 6. governments and juntas ----------------------------------------------------------

        /** Ties a word of the forces may qualify: "military cooperation", "security assistance". */
        private static final Words TIES_NOUNS = Words.of("cooperation", "ties", "aid", "assistance", "support",
                "programme", "program", "agreement", "agreements", "pact", "deal", "partnership", "relations");

        /** Forces that, with "the" and no owner named, are the state's own. */
        private static final Words STATE_FORCES = Words.of("security forces", "military",
                "armed forces", "police");

        /** "Ministry of Defence", "Ministry of Foreign Affairs": the end of the name after the word at b, else b. */
        private int officeNameEnd(int b) {
            if (tok(b + 1) != null && tok(b + 1).is("of") && tok(b + 2) != null && tok(b + 2).capitalised()
                    && at[b + 2] == null) {
                int e = b + 2;
                while (tok(e + 1) != null && (tok(e + 1).capitalised() || tok(e + 1).is("and")) && at[e + 1] == null
                        && tok(e + 1).sentence() == tok(b).sentence()) {
                    e++;
                }
                return e;
            }
            return b;
        }

        /**
         * Is the government word at token a the head of an apposition to a body that is no state ("The National Unity
         * Government (NUG), the shadow administration formed by ...")? Then it is that body, no state's government.
         */
        private boolean bodysApposition(int a) {
            int p = a - 1;
            while (p > a - 3 && p > 0 && d.word(p) && !d.capitalised(p) && !d.is(p, "the") && at[p] == null) {
                p--;
            }
            if (!d.is(p, "the") || !d.is(p - 1, ",")) {
                return false;
            }
            Mention m = d.is(p - 2, ")") ? mentionAt(p - 3) : mentionAt(p - 2);
            if (m == null || m.ent().isState() || m.ent().isPerson() || inQuote[a]) {
                return false;
            }
            // (the body opens its clause: not "In a letter to the United Nations, the government accused ...")
            int before = m.first() - (d.is(m.first() - 1, "the") ? 2 : 1);
            return before < 0 || !d.word(before) || before < d.sentenceStart(tok(a).sentence());
        }

        /**
         * Is the government word at token a owned by a group, past one or two epithets ("M23's political leadership")?
         * Then it is the group's, no state's government.
         */
        private boolean groupsOwn(int a) {
            int p = a - 1;
            while (p >= a - 2 && d.word(p) && !d.capitalised(p) && at[p] == null && !d.in(p, FUNCTION)
                    && !d.in(p, PREPOSITIONS) && (d.lexicons(p) & lex.triggers.bit()) == 0) {
                p--; // epithets only (not "Al-Shabaab's attack on government buildings")
            }
            Mention owner = tok(p) != null && tok(p).kind() == Token.Kind.POSSESSIVE ? mentionAt(p - 1) : null;
            return owner != null && !owner.ent().isState() && !owner.ent().isPerson();
        }

        /** Rulers of several states, after an adjective: "the military governments in X and Y", "military juntas". */
        private static final Words PLURAL_RULERS = Words.of("governments", "juntas", "regimes", "rulers", "leaders",
                "leaderships", "administrations");

        private void governmentPhrases() {
            for (int i = 0, n = d.size(); i < n; i++) { // (the size read once: C2 may not inline it here)
                if (coupContext && (d.is(i, "officers") || d.is(i, "soldiers")) && coupMenAt(i)) {
                    continue;
                }
                if ((d.lexicons(i) & lex.words.bit()) == 0 || at[i] != null || outlet[i] || !d.word(i)) {
                    continue;
                }
                Trie.Match<String> w = wordsAt(i);
                if (w == null || !(w.value().equals("gov") || w.value().equals("junta") || w.value().equals("force")
                        || w.value().equals("coup-men"))) {
                    continue;
                }
                boolean force = w.value().equals("force");
                // ("army officers", "mutineers": the rulers in a coup; with no coup told now, no one's government)
                boolean men = w.value().equals("coup-men");
                boolean junta = w.value().equals("junta") || men;
                int a = w.first();
                int b = w.last();
                if (men && !coupContext) {
                    i = b;
                    continue;
                }
                Trie.Match<Title> office = lex.titles.longest(d, a, false);
                if (office != null && office.last() > b && office.value().kind().equals("minister")) {
                    i = b;
                    continue; // "Cabinet Secretary X": the start of a minister's title, no government phrase
                }
                if (force && office != null && office.last() > b) {
                    i = b;
                    continue; // "the military attaché": a post, not the state's forces
                }
                if (force && d.is(b, "military") && d.word(b + 1) && PLURAL_RULERS.contains(tok(b + 1))) {
                    i = b;
                    continue; // "the military governments in Bamako, Ouagadougou and Niamey": the states' rulers, no force
                }
                if ((force || d.is(b, "military")) && d.word(b + 1) && !d.capitalised(b + 1) && TIES_NOUNS.contains(tok(b + 1))) {
                    i = b;
                    continue; // "its military cooperation with Bissau": a kind of tie, not the forces
                }
                Trie.Match<Title> after = d.capitalised(b) ? lex.titles.longest(d, b + 1, false) : null;
                if (after != null && after.value().kind().equals("minister") && d.is(after.last(), "minister")) {
                    i = b;
                    continue; // "Territorial Administration Minister X": a minister's portfolio
                }
                b = officeNameEnd(b);
                // "military" before "junta"/"government" belongs to the phrase
                while (a > 0 && (tok(a - 1).is("military") || tok(a - 1).is("ruling") || tok(a - 1).is("current")
                        || tok(a - 1).is("transitional") || tok(a - 1).is("interim")) && at[a - 1] == null) {
                    a--;
                }
                Ent state = null;
                int from = a;
                int to = b;
                Mention before = mentionAt(a - 1);
                Mention beforePoss = tok(a - 1) != null && tok(a - 1).kind() == Token.Kind.POSSESSIVE ? mentionAt(a - 2) : null;
                if (!force && (groupsOwn(a) || bodysApposition(a))) {
                    i = b;
                    continue; // "M23's political leadership", "the party's leadership": the owner's, no state's government
                }
                if (before != null && before.ent().isState() && (before.form() == Mention.Form.DEMONYM
                        || before.form() == Mention.Form.METONYM && d.is(before.first() - 1, "the") && !force)) {
                    // "the Malian government", "the Manila government" (a capital, after "the")
                    state = before.ent();
                    from = before.first();
                } else if (beforePoss != null && beforePoss.ent().isState()) {
                    state = beforePoss.ent();
                    from = beforePoss.first();
                } else if (tok(b + 1) != null && tok(b + 1).is("of") && mentionAt(b + 2) != null
                        && mentionAt(b + 2).ent().isState()) {
                    state = mentionAt(b + 2).ent();
                    to = mentionAt(b + 2).last();
                } else if (!force && d.is(b + 1, "in") && d.capitalised(b + 2)) {
                    // "the authorities in Chisinau", "the government in Kinshasa": the government seated there
                    Trie.Match<Lexicon.Known> km = lex.names.longest(d, b + 2, true);
                    if (km != null && km.first() == b + 2 && km.value().form() == Lexicon.Form.METONYM
                            && km.value().entity().type() == ActorType.STATE) {
                        state = known(km.value().entity());
                        to = km.last();
                    }
                }
                boolean owned = false;
                if (state == null && force && tok(a - 1) != null && (tok(a - 1).is("its") || tok(a - 1).is("their"))) {
                    // "imposed sanctions on Niger after its army ousted ...": the state just named
                    Ent body = stateNamedBefore(a - 1);
                    if (body != null) {
                        state = body;
                        owned = true;
                    }
                }
                if (state == null && force) {
                    // "the security forces", "the military": the state's own, the one the story is about so
                    // far, unless the text shows it at war with an armed group of its own
                    if (d.is(a - 1, "federal") && at[a - 1] == null && !inQuote[a]) {
                        // "federal troops", "the federal army": the central government's, whoever else fights
                        // ("Ethiopian federal troops": the state named right before)
                        Mention named = mentionAt(a - 2);
                        Ent own = named != null && named.last() == a - 2 && named.ent().isState() ? named.ent() : null;
                        own = own != null ? own : recentGovernment(a);
                        own = own != null ? own : bodyDatelineState();
                        own = own != null ? own : mainState();
                        if (own != null) {
                            mention(named != null && own == named.ent() ? named.first() : a - 1, b, own,
                                    Mention.Form.DESCRIPTION);
                        }
                    } else if (d.is(a - 1, "the") && STATE_FORCES.contains(Doc.key(d.span(a, b))) && !inQuote[a]) {
                        // "a backer of the junta ... called on the military to stop": the state whose junta was
                        // spoken of, else the government spoken of
                        Ent own = recentJuntaState(a);
                        own = own != null && own.isState() ? own : recentGovernment(a);
                        own = own != null ? own : mainState();
                        if (own != null && !hasDomesticArmedGroup(own)) {
                            mention(a, b, own, Mention.Form.DESCRIPTION);
                        }
                    }
                    continue; // "the troops", "soldiers": nobody's in particular
                }
                if (state == null && before != null && !before.ent().isState() && !before.ent().isPerson()
                        && before.last() == a - 1) {
                    continue; // "the RSF leadership", "the Hamas government": the group's own, no state's
                }
                if (state == null && (d.is(a - 1, "no") || d.is(a - 1, "any") || d.is(a - 1, "every")
                        || d.is(a - 1, "each"))) {
                    continue; // "no government had the right", "any government that": none in particular
                }
                if (state == null && !junta && d.is(a - 1, "of") && KINDS_OF_GOVERNMENT.contains(tok(a - 2))) {
                    continue; // "an unconstitutional change of government", "a form of government": no government's act
                }
                if (state == null && !junta && d.is(a - 1, "federal") && at[a - 1] == null && !inQuote[a]) {
                    federalGovernment(a, b);
                    continue;
                }
                if (state == null) {
                    // "the government", "the junta": the government already spoken of, else the
                    // state the article is about so far
                    // "In Beijing, Foreign Ministry spokesman ...": a state named earlier in the sentence;
                    // "its army": the state just named; else the government already spoken of; else the
                    // state the article is about
                    // "the junta": the state whose junta was spoken of, not another state named since
                    Ent recent = governmentSpokenOf(a, b, junta);
                    if (recent == null) {
                        continue;
                    }
                    Ent target = junta && coupContext ? juntaOf(recent) : recent;
                    mention(a, b, target, Mention.Form.DESCRIPTION);
                    if (target.placeholder) {
                        target.alias(d.span(a, b)); // rulers the text never names go by what it calls them
                    }
                    continue;
                }
                Ent target = junta && coupContext ? juntaOf(state) : state;
                if (owned) {
                    mention(a, b, target, Mention.Form.GOVERNMENT);
                } else if (to > b) {
                    // "government of Mali": the state keeps its own mention; the phrase is an alias
                    target.alias(d.span(a, to));
                    mention(a, b, target, Mention.Form.GOVERNMENT);
                } else {
                    target.alias(d.span(from, b));
                    mention(a, b, target, Mention.Form.GOVERNMENT);
                }
                state.weak = false;
            }
        }

        /**
         * "The officers, led by Colonel X, said", "urged the soldiers to release X", "solidarity with the Gambian
         * soldiers": in a coup, the men who seized power (not those something is done to: "The officers were taken to a
         * camp" after the junta arrested them), made a mention of the rulers; false when token i is no such men. (Part
         * of {@link #governmentPhrases}, split off to keep it small enough for C2.)
         */
        private boolean coupMenAt(int i) {
            int coupMenFrom = !inQuote[i] && !DONE_TO.contains(tok(i + 1)) ? coupMen(i) : -1;
            if (coupMenFrom < 0) {
                return false;
            }
            Ent state = coupRulersState();
            if (state != null) {
                Ent rulers = juntaOf(state);
                state.aliases.remove(d.span(coupMenFrom, i));
                state.aliases.remove(d.span(i, i));
                mention(coupMenFrom, i, rulers, Mention.Form.DESCRIPTION);
                if (rulers.placeholder) {
                    rulers.alias(d.span(i, i));
                }
            }
            return true;
        }

        /**
         * "the Tigray Interim Administration accused the federal government" at [a, b] after "federal": the state the
         * story is about, never a region's own administration (nor the scene's: "In Mekelle, ..."), unless the phrase
         * names its state ("the Somali federal government", "Nigeria's federal government"). (Part of {@link
         * #governmentPhrases}, split off to keep it small enough for C2.)
         */
        private void federalGovernment(int a, int b) {
            Mention named = tok(a - 2) != null && tok(a - 2).kind() == Token.Kind.POSSESSIVE ? mentionAt(a - 3)
                    : mentionAt(a - 2);
            Ent central = named != null && named.ent().isState() && named.last() >= a - 3 ? named.ent() : mainState();
            if (central != null && central.isState()) {
                mention(a - 1, b, central, Mention.Form.DESCRIPTION);
            }
        }

        /**
         * The state whose government a phrase at [a, b] that names none means ("the government", "the junta", "its
         * foreign ministry"), from what the text said before; null for none. (Part of {@link #governmentPhrases}: one
         * method too large for C2 to inline the small calls it makes; see the README's Development section.)
         */
        private Ent governmentSpokenOf(int a, int b, boolean junta) {
            Ent recent = junta ? recentJuntaState(a) : null;
            if (!junta && a == b && governmentWordAt(a) && d.word(a - 1) && !d.in(a - 1, DETERMINERS) && !d.capitalised(a)
                    && !inQuote[a] && mentionAt(a - 1) == null && mentionAt(a - 2) == null
                    && lex.titles.startsAt(d, b + 1) && lex.titles.longest(d, b + 1, false) != null) {
                // "read by government spokesman X": the government of the state the sentence, or the one before, is
                // about ("Moscow vowed to respond, according to government spokesman X"), else of the story (where it
                // is filed, else the state it is about), not a state named nearer ("where Benin's borders meet those of
                // Niger")
                recent = sentenceSubjectState(tok(a).sentence(), a);
                recent = recent != null ? recent : previousSubject(a, true);
                recent = recent != null ? recent : bodyDatelineState();
                recent = recent != null ? recent : mainState();
            } else if (!junta && tok(a - 1) != null && tok(a - 1).isPunct(',') && !openingPhraseEndsAt(a - 1)
                    && !inQuote[a] && !d.capitalised(a) && lex.titles.startsAt(d, b + 1)
                    && lex.titles.longest(d, b + 1, false) != null) {
                // "Ethiopia accused Eritrea of ..., government spokesman X said", "..., foreign ministry spokesperson X
                // told reporters": the office of a speech tag is the government the sentence reports on, else the
                // dateline's (not the state named last)
                Ent dateline = datelineStateNamed(d.sentenceStart(tok(a).sentence()), a);
                recent = dateline != null ? dateline : sentenceSubjectState(tok(a).sentence(), a);
                recent = recent != null ? recent : bodyDatelineState();
            } else if (!junta && a == b && d.is(a - 1, "the") && governmentWordAt(a) && !inQuote[a] && ownTitleAfter(b)) {
                // "..., the government said. / X, the government's spokesman, said": the government last called so, not the
                // state whose authorities were named since
                recent = recentWithNoun(a, tok(a).key(), 3);
            }
            if (recent == null && junta && coupContext) {
                // "Portugal demanded that the mutineers free X": the rulers of the coup's state, not those
                // of a state named since
                recent = coupRulersState();
            }
            if (recent == null && !junta && coupContext && d.word(a - 1) && OUSTED.contains(tok(a - 1))) {
                // "the ousted government", "the deposed authorities": the state of the coup, not the
                // one named last ("talks in Nairobi between the council and the ousted government") nor
                // the dateline's (a summit's host): the state power was seized in, else the one the
                // article speaks of most (not the state of another junta the text names: "Mali's junta voiced
                // support for the coup")
                recent = ousterState();
            }
            if (recent == null && d.is(a - 1, "the") && d.is(a - 2, "what") && !inQuote[a]
                    && (d.is(b + 1, "called") || d.is(b + 1, "described") || d.is(b + 1, "termed"))) {
                // "Dhaka summoned India's envoy to protest what the foreign ministry called 'unwarranted
                // comments'": the government of the sentence's subject, not the state named last
                recent = sentenceSubjectState(tok(a).sentence(), a);
            }
            if (recent == null && d.is(a - 1, "the") && d.is(b, "ministry")) {
                // "the Gulf state's Ministry of Foreign Affairs said. ... the ministry called": the
                // ministry spoken of, not the government named before it
                recent = recentWithNoun(a, "ministry", 3);
            }
            if (recent == null && tok(a - 1) != null && (tok(a - 1).is("its") || tok(a - 1).is("their"))) {
                // "Romania, which borders Moldova, congratulated her, and its foreign ministry said": the
                // state the sentence is about, not one named in a clause or after a preposition
                recent = subjectState(a - 1);
            }
            if (recent == null && d.is(a - 1, "the") && tok(a - 2) != null && tok(a - 2).isPunct(',')
                    && speechAt(b + 1) && !inQuote[a]) {
                // "Chad ordered the French ambassador to leave, accusing Paris ..., the foreign ministry
                // said": the government of the state the sentence reports on, not the one named last
                recent = sentenceSubjectState(tok(a).sentence(), a);
                // ("The government in N'Djamena said ... that Central African authorities had ... Rebels attacked a
                // post, the government said": the government that spoke last, not the one it spoke of)
                recent = recent != null ? recent : governmentThatSpoke(a, 2);
            }
            // "The United States, Britain and Norway ... called on the government to free the men": the
            // government of another than the sides the sentence opens with, who call on it
            // (and "Russia backed the government's demand", "X criticised the government": whoever acts on
            // the government is no part of it)
            Set<Ent> callers = d.is(a - 1, "the") && (urgedAt(a - 2) || d.word(a - 2) && !d.capitalised(a - 2)
                    && d.tok(a - 2).key().endsWith("ed") && lex.triggers.startsAt(d, a - 2)) ? subjects(a) : Set.of();
            if (recent == null && !junta && !callers.isEmpty() && !inQuote[a]) {
                // "the opposition SDSM accused the government of ...": a party speaks of its own country's government,
                // an armed group of the government where the story is, not of the state named last
                recent = homeOfChallengers(callers, a);
            }
            if (recent == null && !junta && !inQuote[a] && d.is(a - 1, "the") && oppositionBefore(a)) {
                // "At home, opposition leader X accused the government of ...": the story's own government, not that
                // of the state named last ("In Benin, ...": the state the paragraph is set in)
                recent = storyState(a);
            }
            Ent near = recentState(a);
            int opening = d.sentenceStart(tok(a).sentence());
            for (int k = a - 1; k >= opening && near != null && callers.contains(near); k--) {
                if (at[k] != null && at[k].ent().isState() && !callers.contains(at[k].ent())) {
                    near = at[k].ent();
                }
            }
            for (int k = d.sentenceStart(tok(a).sentence()); k < a && recent == null; k++) {
                // (not "denied receiving money from Russia and accused the government": a side named
                // as the object of a preposition other than a place's)
                if (at[k] != null && at[k].ent() == near && (inQuote[a] || !inQuote[k])
                        && !d.is(at[k].first() - 1, "from") && !d.is(at[k].first() - 1, "against")
                        && (near == null || !callers.contains(near))) {
                    recent = near;
                }
            }
            if (recent == null && tok(a - 1) != null && (tok(a - 1).is("its") || tok(a - 1).is("their"))) {
                Ent body = recentBody(a - 1);
                recent = body != null && body.isState() ? body : null;
            }
            if (recent == null && b + 1 < d.size() && lex.titles.longest(d, b + 1, false) != null) {
                // "Iran rejected the claim. Foreign ministry spokesman X said ...": the office of the
                // state the previous sentence opens with (titles are not marked yet: ask their lexicon)
                // ('"...," foreign ministry spokesman X told' opening a paragraph: the state the paragraph
                // before ends on, not the dateline's)
                int sentence = tok(a).sentence();
                int start = d.sentenceStart(sentence);
                boolean first = d.is(a - 1, "the") ? a - 1 == start : a == start;
                boolean opensParagraph = sentence > 0
                        && tok(d.sentenceStart(sentence - 1)).paragraph() != tok(a).paragraph();
                recent = previousSubject(a, true, (first || afterOpeningQuote(sentence, a)) && opensParagraph);
            }
            if (recent == null && junta) {
                recent = militaryState(a); // "sanction Myanmar generals ... the junta's air force"
            }
            if (recent == null) {
                recent = recentGovernment(a);
            }
            if (recent == null) {
                recent = bodyDatelineState(); // "BUJUMBURA, Jan 12 -": the government where it is filed
            }
            if (recent == null) {
                recent = mainState();
            }
            if (recent != null && callers.contains(recent)) {
                recent = calledOn(a, callers);
            }
            return recent;
        }

        /** Does the word "opposition" come before token a in its sentence, outside quotes? */
        private boolean oppositionBefore(int a) {
            for (int k = d.sentenceStart(tok(a).sentence()); k < a; k++) {
                if (d.is(k, "opposition") && !inQuote[k]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The state whose government a known party or armed group among the callers (the sides a sentence opens with,
         * read before persons are) challenges: for an armed group, which may act abroad ("the PKK accused the
         * government" of Iraq), the state the story is filed from, else the one it names most; for parties, the state
         * of their one country when the text names it (their country unknown, the story's state), unless a state or a
         * body is among the callers; null when no caller is such a challenger. The story's state is the one the paragraph
         * is set in first ("In Benin, ...", {@link #sceneState}), else the dateline's, else the one named most.
         */
        private Ent homeOfChallengers(Set<Ent> callers, int a) {
            boolean armed = false;
            boolean party = false;
            boolean body = false;
            Set<String> countries = new HashSet<>();
            for (Ent c : callers) {
                armed |= c.type == ActorType.ARMED_GROUP && c.junta == null;
                if (c.type == ActorType.POLITICAL_GROUP) {
                    party = true;
                    countries.add(c.country == null ? "" : c.country);
                }
                body |= c.isState() || c.type == ActorType.IGO || c.type == ActorType.MISSION;
            }
            if (armed || party && !body && countries.equals(Set.of(""))) {
                return storyState(a);
            }
            if (!party || body || countries.size() != 1) {
                return null;
            }
            String country = countries.iterator().next();
            for (Ent e : ents) {
                if (e.isState() && country.equals(e.country)) {
                    return e;
                }
            }
            return null; // (its country unnamed: no other state's government either)
        }

        /** The state a story is about at token i: the paragraph's scene ({@link #sceneState}), the dateline's, the most named. */
        private Ent storyState(int i) {
            Ent scene = sceneState(i);
            scene = scene != null ? scene : bodyDatelineState();
            return scene != null ? scene : mainState();
        }

        /**
         * "In Benin, the talks have become a domestic issue. The opposition party ... accused the government": the state
         * a sentence of token i's paragraph (up to i's own) opens with "In" and its name and a comma; the last such, or
         * null.
         */
        private Ent sceneState(int i) {
            Ent scene = null;
            int paragraph = tok(i).paragraph();
            for (int sentence = tok(i).sentence(); sentence >= 0 && scene == null; sentence--) {
                int s = d.sentenceStart(sentence);
                if (tok(s).paragraph() != paragraph) {
                    break;
                }
                Mention m = s + 1 < i ? at[s + 1] : null;
                if (d.is(s, "in") && m != null && m.first() == s + 1 && m.ent().isState()
                        && (m.form() == Mention.Form.NAME || m.form() == Mention.Form.METONYM)
                        && tok(m.last() + 1) != null && tok(m.last() + 1).isPunct(',')) {
                    scene = m.ent();
                }
            }
            return scene;
        }

        /** "X seized power", "X took power in a coup", "X, who seized power": the person at m took power. */
        private boolean seizedPower(Mention m) {
            int k = m.last() + 1;
            if (d.is(k, ",") && d.is(k + 1, "who")) {
                k += 2;
            }
            if (d.word(k) && (tok(k).is("has") || tok(k).is("had"))) {
                k++;
            }
            return d.word(k) && tok(k).in(POWER_VERBS) && d.is(k + 1, "power");
        }

        /** An office in a firm: "chief executive", "CEO", "company spokeswoman", "managing director". */
        private static boolean corporateRole(String role) {
            String k = Doc.key(role);
            return k.contains("chief executive") || k.equals("ceo") || k.startsWith("company ")
                    || k.contains("managing director") || k.contains("chief operating officer");
        }

        /** The one firm named in the sentence of token i, else in the sentence before; null when none or several. */
        private Ent companyNear(int i) {
            int sentence = tok(i).sentence();
            for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
                Ent firm = null;
                for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
                    Ent e = at[k] == null ? null : at[k].ent();
                    if (e != null && e.type == ActorType.COMPANY && e != firm) {
                        if (firm != null) {
                            return null;
                        }
                        firm = e;
                    }
                }
                if (firm != null) {
                    return firm;
                }
            }
            return null;
        }

        /** Verbs by which one side calls on another's government: "urged the government". */
        private static final Words URGING = Words.of("urged", "urging", "urges", "urge", "pressed", "pressing",
                "asked", "asking", "accused", "accusing", "criticised", "criticized", "condemned", "warned", "warning",
                "told", "telling", "demanded");

        /** Does token k end a call on another side: "urged", "called on", "calling on"? */
        private boolean urgedAt(int k) {
            if (!d.word(k) || inQuote[k]) {
                return false;
            }
            return URGING.contains(tok(k))
                    || d.is(k, "on") && d.word(k - 1) && tok(k - 1).key().startsWith("call"); // "called on"
        }

        /** The sides a sentence opens with before token a ("The US, Britain and Norway said"), and a person's body. */
        private Set<Ent> subjects(int a) {
            Set<Ent> out = new HashSet<>();
            for (int k = d.sentenceStart(tok(a).sentence()); k < a; k++) {
                if (at[k] != null) {
                    out.add(at[k].ent());
                    if (at[k].ent().affiliation != null) {
                        out.add(at[k].ent().affiliation);
                    }
                    k = at[k].last();
                } else if (!(d.is(k, "the") || d.is(k, "and") || tok(k).isPunct(','))) {
                    break;
                }
            }
            return out;
        }

        /** The government callers call on at token a: the one spoken of, else the dateline's, else the main state. */
        private Ent calledOn(int a, Set<Ent> callers) {
            for (Ent e : new Ent[] {recentGovernment(a), bodyDatelineState(), mainState()}) {
                if (e != null && !callers.contains(e)) {
                    return e;
                }
            }
            return null;
        }

        /** What a coup did to the government before it: "the ousted government". */
        private static final Words OUSTED = Words.of("ousted", "deposed", "toppled", "overthrown", "dismissed",
                "removed", "former");

        /** The military rulers of a state, as an actor of their own (only where a coup sets them apart). */
        Ent juntaOf(Ent state) {
            Ent named = state.junta == null || state.junta.placeholder ? namedJunta(state) : null;
            if (named != null) {
                adoptJunta(state, named);
                return named;
            }
            if (state.junta == null) {
                Ent j = newEnt(state.name + " junta", ActorType.ARMED_GROUP);
                j.country = state.country;
                j.junta = state;
                j.placeholder = true;
                state.junta = j;
            }
            return state.junta;
        }

        /** Words that make a body's name a state's electoral authority, and the heads such a name ends with. */
        private static final Words ELECTORAL = Words.of("electoral", "election", "elections");
        private static final Words ELECTORAL_HEADS = Words.of("commission", "council", "board", "tribunal",
                "institute", "authority");

        /**
         * "The National Electoral Council (CNE) suspended the count": a state's electoral authority speaks for
         * the state, as a ministry does, so its name and acronym are the state's (the state named in the
         * name, else the one the story is filed from, else the one it is about). Observers stay apart ("the
         * EU Election Observation Mission" ends in no such head).
         */
        private void electoralBodies() {
            for (Ent e : new ArrayList<>(ents)) {
                if (e.known != null || e.isPerson() || e.isState() || e.type == ActorType.MISSION
                        || e.type == ActorType.IGO || e.mentions.isEmpty()) {
                    continue;
                }
                String[] words = e.name.toLowerCase(java.util.Locale.ROOT).split(" ");
                boolean electoral = false;
                for (String w : words) {
                    electoral |= ELECTORAL.contains(w);
                }
                if (!electoral || !ELECTORAL_HEADS.contains(words[words.length - 1])) {
                    continue;
                }
                Ent state = null;
                for (Mention m : e.mentions) {
                    // "Malawi's Electoral Commission (MEC)", "the Malawian Electoral Commission": its owner
                    Mention owner = tok(m.first() - 1) != null && tok(m.first() - 1).kind() == Token.Kind.POSSESSIVE
                            ? mentionAt(m.first() - 2) : mentionAt(m.first() - 1);
                    if (owner != null && owner.ent().isState() && state == null) {
                        state = owner.ent();
                    }
                    Trie.Match<Lexicon.Known> km = m.form() == Mention.Form.NAME ? lex.names.longest(d, m.first(), true)
                            : null;
                    if (km != null && km.last() < m.last() && km.value().entity().type() == ActorType.STATE) {
                        state = known(km.value().entity()); // "the Zimbabwe Electoral Commission"
                    }
                }
                state = state != null ? state : datelineState(); // (an election is held where the story is filed)
                state = state != null ? state : mainState();
                if (state == null) {
                    continue;
                }
                absorb(e, state);
                state.aliases.addAll(e.aliases);
                state.weak = false;
                for (Ent p : ents) {
                    if (p.affiliation == e) {
                        p.affiliation = state;
                    }
                }
            }
        }

        /** Nouns for a state's military rulers: "Myanmar generals", "the Malian junta" (not its troops anywhere). */
        private static final Words MILITARY_NOUNS = Words.of("generals", "commanders", "junta");

        /** The state last named before token i with its soldiers or commanders ("Myanmar generals"), or null. */
        private Ent militaryState(int i) {
            for (int k = i - 1; k >= 0; k--) {
                Mention m = at[k];
                if (m != null && m.ent().isState() && m.last() == k && d.word(k + 1)
                        && MILITARY_NOUNS.contains(tok(k + 1))) {
                    return m.ent();
                }
            }
            return null;
        }

        /**
         * The state whose government a coup ousted: of the state power was seized in and the one whose rulers the text
         * sets apart, the one it names more ("a year after the coup in Niger" in a story on Gabon's junta; "Mali's
         * junta voiced support" in a story on a coup in Niger); else the coup's state.
         */
        private Ent ousterState() {
            Ent place = placeOfCoup();
            Ent ruled = onlyStateWithJunta();
            if (place != null && ruled != null && place != ruled) {
                return ruled.mentions.size() > place.mentions.size() ? ruled : place;
            }
            return place != null ? place : coupRulersState();
        }

        /** The state whose rulers unnamed coup words mean: the one whose rulers are set apart, else the coup's. */
        private Ent coupRulersState() {
            Ent only = onlyStateWithJunta();
            return only != null ? only : coupState();
        }

        /** The one state whose rulers the text has set apart so far, else null (none or several). */
        private Ent onlyStateWithJunta() {
            Ent only = null;
            for (Ent e : ents) {
                if (e.isState() && e.junta != null) {
                    if (only != null) {
                        return null;
                    }
                    only = e;
                }
            }
            return only;
        }

        /**
         * The state of a coup: the one the text says power was seized in ("seized power in Banjul"), else the one
         * the story is filed from, when the text names it, else the one it names most. (A summit's city, "ABUJA -",
         * may file a coup told in another state.)
         */
        Ent coupState() {
            Ent s = placeOfCoup();
            if (s != null) {
                return s;
            }
            s = bodyDatelineState();
            Ent main = mainState();
            // (not the summit's host, "LIBREVILLE - ... At an emergency summit in the Gabonese capital", named
            // less than half as often as the state the story is about)
            return s != null && (main == s || 2 * namedOutsideDateline(s) >= namedOutsideDateline(main)
                    || namedAlone(s)) ? s : main;
        }

        /**
         * Is the state named by its name, outside the dateline, alone and not in a list of states ("Niger is a key
         * ally")? A summit's host is often named only in a list ("Angola, Gabon and Cameroon had pressed") or by its
         * people's word ("in the Gabonese capital").
         */
        private boolean namedAlone(Ent state) {
            for (Mention m : state.mentions) {
                if (m.form() != Mention.Form.NAME || TextImporter.inDateline(d, m.first())) {
                    continue;
                }
                Mention before = tok(m.first() - 1) != null && (d.is(m.first() - 1, ",") || d.is(m.first() - 1, "and"))
                        ? mentionAt(m.first() - 2) : null;
                Mention after = d.is(m.last() + 1, ",") || d.is(m.last() + 1, "and") ? mentionAt(m.last() + 2) : null;
                if (!(before != null && before.ent().isState() || after != null && after.ent().isState())) {
                    return true;
                }
            }
            return false;
        }

        /** How many of a state's mentions lie outside the dateline. */
        private int namedOutsideDateline(Ent e) {
            int n = 0;
            for (Mention m : e.mentions) {
                n += m.first() < 40 && TextImporter.inDateline(d, m.first()) ? 0 : 1;
            }
            return n;
        }

        /** {@link #placeOfCoup}'s answer, worked out once; {@code coupPlaceRead} says whether it has been. */
        private Ent coupPlace;
        private boolean coupPlaceRead;

        /** "Army officers took power in Malawi", "the coup in Niger": the state a coup's word is told in, or null. */
        private Ent placeOfCoup() {
            if (!coupPlaceRead) {
                coupPlaceRead = true;
                coupPlace = findPlaceOfCoup();
            }
            return coupPlace;
        }

        private Ent findPlaceOfCoup() {
            for (int i = 1; i + 2 < d.size(); i++) {
                boolean coup = d.in(i, COUP_WORDS.bit()) || d.is(i, "power") && d.in(i - 1, POWER_VERBS.bit());
                if (!coup || !d.word(i)) {
                    continue;
                }
                int k = d.is(i + 1, "in") ? i + 2 : d.word(i + 1) && d.is(i + 2, "in") ? i + 3 : -1;
                Mention m = k > 0 && k < d.size() ? at[k] : null;
                if (m != null && m.ent().isState()) {
                    return m.ent();
                }
            }
            return null;
        }

        /** The rulers' own named body becomes the state's junta, taking over a placeholder's mentions. */
        private void adoptJunta(Ent state, Ent named) {
            Ent placeholder = state.junta;
            if (named.known == null) {
                // coup leaders set against the state they seized ("Council" alone had made it look like a bloc)
                named.type = ActorType.ARMED_GROUP;
                named.country = state.country;
            }
            named.junta = state;
            state.junta = named;
            if (placeholder == null) {
                return;
            }
            // spoken of before the text gave the rulers' own name: those mentions are theirs
            absorb(placeholder, named);
            named.aliases.addAll(placeholder.aliases);
            named.aliases.remove(placeholder.name);
        }

        /**
         * A body the text names for itself in the way military rulers name theirs: a committee, council
         * or movement for salvation, safeguarding, restoration or transition ("Committee for the
         * Transition and Restoration of Institutions"), from the state's own country. Null when there is
         * none, or more than one.
         */
        private Ent namedJunta(Ent state) {
            Ent found = null;
            for (Ent e : ents) {
                if (e.isPerson() || e.isState() || e.junta != null || e.known != null && (e.type == ActorType.IGO
                        || e.type == ActorType.MISSION) || e.country != null && !e.country.equals(state.country)) {
                    continue;
                }
                boolean body = false;
                boolean aim = false;
                List<String> names = new ArrayList<>(e.aliases);
                names.add(e.name);
                for (String alias : names) {
                    List<String> words = List.of(alias.toLowerCase(java.util.Locale.ROOT).split(" "));
                    for (String w : words) {
                        body |= JUNTA_BODIES.contains(w);
                        // ("transitional" names a military body only with "military": "the Transitional Military
                        // Command", not "the National Transitional Council", an interim parliament)
                        aim |= JUNTA_AIMS.contains(w) && (!w.equals("transitional") || words.contains("military"))
                                // ("recovery" only for a committee, council or command: not "the opposition National
                                // Recovery Front")
                                && (!w.equals("recovery") || words.contains("committee") || words.contains("council")
                                || words.contains("command"));
                    }
                }
                if (body && aim) {
                    // ("the Patriotic Salvation Movement", a ruling party, and the officers' "National Committee for
                    // the Restoration of the Republic": the body that is no party; two of a kind: none)
                    boolean party = e.type == ActorType.POLITICAL_GROUP;
                    if (found != null && (found.type == ActorType.POLITICAL_GROUP) == party) {
                        return null;
                    }
                    found = found == null || !party ? e : found;
                }
            }
            return found;
        }

        /** The state whose government or rulers were last spoken of before token i, if any. */
        Ent recentGovernment(int i) {
            for (int k = i - 1; k >= 0; k--) {
                Mention m = at[k];
                // (not "Kampala said its troops will stay": a state's forces are no government spoken of)
                if (m != null && m.form() == Mention.Form.GOVERNMENT && (inQuote[i] || !inQuote[k])
                        && !(wordsAt(m.first()) != null && wordsAt(m.first()).value().equals("force"))) {
                    return m.ent().junta != null && !m.ent().isState() ? m.ent().junta : m.ent();
                }
            }
            return null;
        }

        /**
         * The state of the last government phrase before token a, in its sentence or up to n before, that a speech verb
         * follows ("The government in N'Djamena said"), when the government phrase named since lies in what it said
         * ("... that Central African authorities had"); null for none.
         */
        private Ent governmentThatSpoke(int a, int n) {
            int stop = d.sentenceStart(Math.max(0, tok(a).sentence() - n));
            Mention since = null;
            for (int k = a - 1; k >= stop; k--) {
                Mention m = at[k];
                if (m != null && m.ent().isState() && !inQuote[k] && m.form() == Mention.Form.GOVERNMENT && since == null) {
                    since = m;
                }
                if (m != null && m.ent().isState() && !inQuote[k] && (m.form() == Mention.Form.GOVERNMENT
                        || m.form() == Mention.Form.DESCRIPTION) && speechAt(seatEnd(m.last()) + 1)) {
                    return since != null && since.ent() != m.ent() && tok(since.first()).sentence() == tok(k).sentence()
                            ? m.ent() : null;
                }
                k = m != null ? m.first() : k;
            }
            return null;
        }

        /** The end of "in" and a place named right after the phrase ending at b ("the government in N'Djamena"), else b. */
        private int seatEnd(int b) {
            return d.is(b + 1, "in") && b + 2 < d.size() && at[b + 2] != null ? at[b + 2].last() : b;
        }

        /** Does a possessive and a title follow token b ("government's spokesman")? */
        private boolean ownTitleAfter(int b) {
            return b + 2 < d.size() && tok(b + 1).kind() == Token.Kind.POSSESSIVE && lex.titles.startsAt(d, b + 2)
                    && lex.titles.longest(d, b + 2, false) != null;
        }

        /** The state whose junta was last spoken of before token i ("Myanmar's military junta"), or null. */
        Ent recentJuntaState(int i) {
            Ent junta = recentWithNoun(i, "junta", Integer.MAX_VALUE);
            // ("Burkina Faso's military government ... as the junta draws closer to Russia": the state whose military
            // rulers were spoken of, not France named since)
            return junta != null ? junta : recentMilitaryRulers(i);
        }

        /** The state of the last "military government" (or authorities, rulers) named before token i; null for none. */
        private Ent recentMilitaryRulers(int i) {
            for (int k = i - 1; k >= 0; k--) {
                Mention m = at[k];
                if (m != null && m.form() == Mention.Form.GOVERNMENT && m.ent().isState() && m.last() > m.first()
                        && d.is(m.last() - 1, "military") && (inQuote[i] || !inQuote[k])) {
                    return m.ent();
                }
                k = m != null ? m.first() : k;
            }
            return null;
        }

        /**
         * The state (or junta) of the last government phrase with this noun before token i, in its sentence
         * or at most {@code sentences} before it; null when there is none.
         */
        private Ent recentWithNoun(int i, String noun, int sentences) {
            int stop = d.sentenceStart(Math.max(0, tok(i).sentence() - sentences));
            for (int k = i - 1; k >= stop; k--) {
                Mention m = at[k];
                if (m == null || m.form() != Mention.Form.GOVERNMENT && m.form() != Mention.Form.DESCRIPTION
                        || !(inQuote[i] || !inQuote[k])) {
                    continue;
                }
                for (int j = m.first(); j <= m.last(); j++) {
                    if (tok(j).is(noun)) {
                        return m.ent().junta != null && !m.ent().isState() ? m.ent().junta : m.ent();
                    }
                }
                k = m.first();
            }
            return null;
        }

        /** The state most recently named before token i, else the most named state. */
        Ent recentState(int i) {
            for (int k = i - 1; k >= 0; k--) {
                Mention m = at[k];
                if (m != null && m.ent().isState() && m.naming() && (inQuote[i] || !inQuote[k])) {
                    return m.ent();
                }
            }
            return mainState();
        }

        Ent mainState() {
            Ent best = null;
            int most = 0;
            for (Ent e : ents) {
                if (!e.isState()) {
                    continue;
                }
                // a dateline's place ("NAIROBI, May 3 -") says where the story is filed, not what it is about
                int n = namedOutsideDateline(e);
                if (best == null || n > most) {
                    best = e;
                    most = n;
                }
            }
            return best;
        }

        // ---- 6b. armies ------------------------------------------------------------------------

        /** Armed men a text names by whom they serve: "forces loyal to the GNU". */
        private static final Words LOYAL_MEN = Words.of("forces", "troops", "soldiers", "fighters", "units", "militias",
                "militiamen", "gunmen", "officers", "men", "elements", "factions");

        /**
         * "forces loyal to the Government of National Unity", "Troops loyal to the government": armed men
         * who serve a side are that side (not an armed group called "Forces" at the head of a sentence). A
         * person they are loyal to ("soldiers loyal to a dismissed commander") makes no side of them here.
         */
        private void loyalForces() {
            for (int k = d.firstWithKey("loyal"); k >= 0; k = d.nextWithKey(k)) {
                if (k < 1 || k + 2 >= d.size() || !d.is(k + 1, "to") || !LOYAL_MEN.containsAt(d, k - 1) || inQuote[k]) {
                    continue;
                }
                int t = d.is(k + 2, "the") ? k + 3 : k + 2;
                if (t < d.size() && at[t] != null && tok(at[t].last() + 1) != null && tok(at[t].last() + 1).isPunct('-')
                        && d.is(at[t].last() + 2, "based")) {
                    t = at[t].last() + 3; // "loyal to the Tripoli-based Government of National Unity"
                }
                Mention side = t < d.size() && at[t] != null && at[t].first() == t ? at[t] : null;
                if (side == null || side.ent().isPerson() || side.form() == Mention.Form.PRONOUN
                        || at[k - 1] != null && at[k - 1].ent() == side.ent()) {
                    continue;
                }
                mention(k - 1, k - 1, side.ent(), Mention.Form.DESCRIPTION);
            }
        }

        /** What an army holds or sends: "an army base", "army convoys", "army positions". */
        private static final Words ARMY_POSTS = Words.of("base", "bases", "post", "posts", "outpost", "outposts",
                "camp", "camps", "convoy", "convoys", "headquarters", "barracks", "position", "positions", "checkpoint",
                "checkpoints", "garrison", "garrisons", "patrol", "patrols", "depot", "depots");

        /** The nouns {@link #armies} starts at: "army", and "forces" after "armed". */
        private static final Words ARMY_NOUNS = Words.of("army", "forces");

        /**
         * "the Sudanese army", "Sudan's army", "the regular army": the state, unless the article has a
         * non-state armed group of the same country that the army fights, where the army is a party
         * of its own. A bare "the army" (or "an army base") is that party, else the state whose army the
         * text named within the last five sentences, else the state the story names most when nothing
         * speaks against it ({@link #storyArmy}: "JNIM overran an army base near Djibo", filed from
         * Ouagadougou).
         */
        private void armies() {
            Ent army = null;
            // the state whose army the text named last, and where, when the army is no side of its own
            Ent armyOf = null;
            int armySentence = 0;
            for (int i : d.withKeys(ARMY_NOUNS)) {
                boolean noun = d.is(i, "army") || (d.is(i, "forces") && d.is(i - 1, "armed"));
                if (!noun) {
                    continue;
                }
                Token t = tok(i);
                if (!noun || outlet[i] || t.capitalised() && at[i] != null) {
                    continue;
                }
                if (at[i] != null) {
                    continue;
                }
                int a = t.is("forces") ? i - 1 : i;
                Ent state = null;
                Mention dem = mentionAt(a - 1);
                if (dem != null && dem.ent().isState() && (dem.form() == Mention.Form.DEMONYM)) {
                    state = dem.ent();
                    a = dem.first();
                } else if (tok(a - 1) != null && tok(a - 1).kind() == Token.Kind.POSSESSIVE && mentionAt(a - 2) != null
                        && mentionAt(a - 2).ent().isState()) {
                    state = mentionAt(a - 2).ent();
                } else if (tok(i + 1) != null && tok(i + 1).is("of")
                        && !(d.word(i + 2) && !d.capitalised(i + 2) && tok(i + 2).key().endsWith("ing"))
                        && !accusedOfAMisdeed(i)) {
                    continue; // "the armies of Chad and Niger" name the states themselves ("accused the army of
                    // bombing", "of summary executions" do not)
                } else if (tok(a - 1) != null && (tok(a - 1).is("its") || tok(a - 1).is("their"))) {
                    // "sanctions on Niger after its army ousted the president": the state just named
                    Ent owner = stateNamedBefore(a - 1);
                    if (owner != null && !hasDomesticArmedGroup(owner)) {
                        mention(a - 1, i, owner, Mention.Form.GOVERNMENT);
                        armyOf = owner;
                        armySentence = t.sentence();
                        continue;
                    }
                }
                while (a > 0 && (tok(a - 1).is("regular") || tok(a - 1).is("national") || tok(a - 1).is("warring")
                        || tok(a - 1).is("federal")) && at[a - 1] == null) {
                    a--;
                }
                if (state == null) {
                    // "an army base", "two army convoys": a post of the army, whatever the article before it
                    boolean post = t.is("army") && ARMY_POSTS.contains(tok(i + 1));
                    if (army != null) {
                        mention(a, i, army, Mention.Form.ALIAS);
                    } else if ((d.is(a - 1, "the") || post) && t.is("army") && !inQuote[i]) {
                        if (armyOf != null && t.sentence() - armySentence <= 5) {
                            // "Sudan's army retook the town ... accused the army of bombing markets": the state
                            mention(a, i, armyOf, Mention.Form.GOVERNMENT);
                        } else {
                            // "Fano once fought alongside the federal army", "overran an army base"; and an army
                            // spoken of again after a while ("accused the army of summary executions"), found anew
                            Ent story = storyArmy(a);
                            if (story != null) {
                                armyOf = story;
                                mention(a, i, armyOf, Mention.Form.DESCRIPTION);
                                armySentence = t.sentence();
                            }
                        }
                    }
                    continue;
                }
                if (!hasDomesticArmedGroup(state)) {
                    armyOf = state;
                    armySentence = t.sentence();
                    continue;
                }
                if (army == null || army.junta != state) {
                    String demonym = state.known != null && !state.known.demonyms().isEmpty()
                            ? state.known.demonyms().get(0) : state.name;
                    army = newEnt(demonym + " Armed Forces", ActorType.ARMED_GROUP);
                    army.country = state.country;
                    army.junta = state;
                }
                mention(a, i, army, Mention.Form.ALIAS);
            }
        }

        /**
         * "accused the army of summary executions": "the army" at token i is the object of a verb of accusing and the
         * words after "of" name no one (not "accused the army of the RSF", "of Tigray", "of Khalifa Haftar").
         */
        private boolean accusedOfAMisdeed(int i) {
            int j = d.is(i + 2, "the") ? i + 3 : i + 2;
            return d.is(i - 1, "the") && d.word(i - 2) && ACCUSING_VERBS.contains(tok(i - 2))
                    && j < at.length && d.word(j) && !d.capitalised(j) && at[j] == null && !ARMY_MEN.contains(tok(j));
        }

        /** What an army may be made of ("an army of volunteers from Poland"): no misdeed. */
        private static final Words ARMY_MEN = Words.of("volunteers", "conscripts", "mercenaries", "fighters", "soldiers",
                "recruits", "reservists", "men", "women", "children", "veterans", "militiamen", "foreigners");

        private static final Words ACCUSING_VERBS = Words.of("accused", "accuses", "accusing", "accuse", "blamed",
                "blames", "blaming", "suspected", "suspects", "charged", "charges");

        /**
         * Does the sentence of token i name an armed group of another country than this state's, while the text names
         * the state only once or twice ("CAIRO - The RSF overran an army base in Omdurman, Egypt's government said":
         * Sudan's army, not Egypt's)? A story about the state itself names it more often.
         */
        private boolean foreignGroupInSentence(int i, Ent own) {
            int named = 0;
            for (Mention m : own.mentions) {
                named += TextImporter.inDateline(d, m.first()) ? 0 : 1;
            }
            if (named >= 3) {
                return false;
            }
            int s = tok(i).sentence();
            for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
                Ent e = at[k] == null ? null : at[k].ent();
                if (e != null && e.type == ActorType.ARMED_GROUP && e.country != null
                        && !e.country.equals(own.country)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Does the sentence of token i name, past its dateline, a state before i, or a state other than this one
         * anywhere? ("Ecuador ... deployed the army in prisons": its own means, no party; "talks between Colombia's
         * government and the ELN ... an army post"; "Hezbollah fired rockets at an army base in northern Israel".)
         */
        private boolean stateInSentence(int i, Ent own) {
            int s = tok(i).sentence();
            for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
                if (at[k] != null && at[k].ent().isState() && (k < i || at[k].ent() != own)
                        && !TextImporter.inDateline(d, k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whose a bare army at token i is when the text named no army before, or none in the five sentences before: the
         * state the story names most, when where it is filed and the government it spoke of last say the same (not "the
         * army" of a story on Myanmar filed from Doha); not when that state is at war with an armed group of its own,
         * when the sentence names another state ({@link #stateInSentence}), or an armed group from abroad ({@link
         * #foreignGroupInSentence}); else the state of the armed groups the story names ({@link #homeOfTheRebels});
         * else null.
         */
        private Ent storyArmy(int i) {
            Ent own = mainState();
            Ent filed = bodyDatelineState();
            Ent spoken = recentGovernment(i);
            if (own != null && (filed == null || filed == own) && (spoken == null || spoken == own)
                    && !hasDomesticArmedGroup(own) && !stateInSentence(i, own) && !foreignGroupInSentence(i, own)) {
                return own;
            }
            // else ("talks in Mexico City between Colombia and the ELN ... accused the army", the story's state not yet
            // told by the dateline's) the army the rebels fight
            Ent rebels = homeOfTheRebels();
            return rebels != null && (spoken == null || spoken == rebels) && !stateInSentence(i, rebels) ? rebels : null;
        }

        /**
         * The state that every known armed group the text names belongs to, when the text names it too: the state
         * whose army a story about those groups means, wherever it is filed; null for none or more than one.
         */
        private Ent homeOfTheRebels() {
            String home = null;
            for (Ent e : ents) {
                if (e.type == ActorType.ARMED_GROUP && e.known != null && e.country != null && !e.mentions.isEmpty()) {
                    if (home != null && !home.equals(e.country)) {
                        return null;
                    }
                    home = e.country;
                }
            }
            for (Ent e : ents) {
                if (home != null && e.isState() && home.equals(e.country) && !e.mentions.isEmpty()) {
                    return e;
                }
            }
            return null;
        }

        /** The first state the sentence names before token i, not after a preposition nor in quotes; or null. */
        private Ent subjectState(int i) {
            int start = d.sentenceStart(tok(i).sentence());
            if (d.word(start) && (tok(start).in(CLAUSE_BREAK) || tok(start).in(SUBORDINATORS) || d.is(start, "as"))) {
                // "Although Egypt mediated the truce, Israel struck Gaza, and its defence ministry said": past the
                // opening clause
                while (start < i && !tok(start).isPunct(',')) {
                    start++;
                }
            }
            for (int k = start; k < i; k++) {
                Mention m = at[k];
                if (m != null && m.first() == k && m.ent().isState() && m.naming() && !inQuote[k]
                        && !(d.word(k - 1) && tok(k - 1).in(PREPOSITIONS)) && !TextImporter.inDateline(d, k)) {
                    return m.ent();
                }
            }
            return null;
        }

        /** "its", "their" at token i: the nearest body named before it in the sentence, when that is a state. */
        private Ent stateNamedBefore(int i) {
            // "Burundi, which has troops there under a pact with Kinshasa, said its troops": the one who says it,
            // past the relative clause
            int start = d.sentenceStart(tok(i).sentence());
            int v = d.is(i - 1, "that") ? i - 2 : i - 1;
            int s = d.is(start, "the") ? start + 1 : start;
            Mention subject = s < i ? at[s] : null;
            int clause = v > s && d.is(v - 1, ",") && speechAt(v) ? relativeOpening(v - 1, start, 30) : -1;
            if (subject != null && subject.first() == s && subject.ent().isState() && clause == subject.last() + 2) {
                return subject.ent();
            }
            if (subject != null && subject.first() == s && !subject.ent().isPerson()) {
                // "France condemned the coup in Gabon but said it would keep its troops there": "it" is the subject,
                // and so is "its" (no state's for "NATO, which leads KFOR in Kosovo, said it would reinforce its troops")
                for (int k = subject.last() + 1; k < i; k++) {
                    if (d.is(k, "it") && !inQuote[k]) {
                        return subject.ent().isState() ? subject.ent() : null;
                    }
                }
            }
            for (int k = i - 1; k >= start; k--) {
                if (at[k] != null && !at[k].ent().isPerson() && !inQuote[k]) {
                    return at[k].ent().isState() ? at[k].ent() : null;
                }
            }
            return null;
        }

        /**
         * "the war between the army and the RSF": the army at war at home with a rival (not "fighting between the
         * military and the Arakan Army", a state's army against insurgents).
         */
        private boolean armyAtWar(int k) {
            if (!d.is(k, "between") || !d.is(k - 1, "war")) {
                return false;
            }
            int j = k + 1 + (d.is(k + 1, "the") ? 1 : 0);
            return d.is(j, "army") || d.is(j, "military");
        }

        private boolean hasDomesticArmedGroup(Ent state) {
            if (warring == null) {
                warring = false;
                for (int k = 0; k < d.size(); k++) {
                    if (d.in(k, RIVALRY) && (!d.is(k, "power") || d.is(k + 1, "struggle")) || armyAtWar(k)) {
                        warring = true;
                        break;
                    }
                }
            }
            if (!warring) {
                return false;
            }
            for (Ent e : ents) {
                if (e.type == ActorType.ARMED_GROUP && e.known != null && state.country != null
                        && state.country.equals(e.country) && !e.mentions.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        // ---- 7. descriptions ---------------------------------------------------------------------

        /**
         * "Iran's U.N. mission said": a state's delegation to the UN is the state, not a peace operation nor
         * the UN; the phrase becomes one mention of the state.
         */
        private boolean delegationToUn(int i) {
            Mention un = i > 0 ? at[i - 1] : null;
            if (!(d.is(i, "mission") || d.is(i, "delegation")) || un == null || !theUn(un.ent()) || un.first() < 2
                    || tok(un.first() - 1).kind() != Token.Kind.POSSESSIVE || at[un.first() - 2] == null
                    || !at[un.first() - 2].ent().isState()) {
                return false;
            }
            Mention state = at[un.first() - 2];
            mention(state.first(), i, state.ent(), Mention.Form.GOVERNMENT);
            return true;
        }

        /** What a side speaks through: "the Houthis' political office", "Rahmon's office", "Hamas's armed wing". */
        private static final Words OFFICES = Words.of("office", "bureau", "wing");

        /**
         * "the Houthis' political office said", "Rahmon's office said": the office of a side named right
         * before it (past its possessive and one word such as "political" or "press") is that side.
         */
        private boolean ownOffice(int i) {
            if (!d.word(i) || !OFFICES.contains(tok(i))) {
                return false;
            }
            int p = i - 1;
            if (d.word(p) && !d.capitalised(p) && at[p] == null) {
                p--; // "political", "press", "media", "armed"
            }
            if (p < 1 || tok(p).kind() != Token.Kind.POSSESSIVE || at[p - 1] == null || !at[p - 1].naming()) {
                return false;
            }
            Mention owner = at[p - 1];
            if (tok(i).is("wing") && wingNamedBeside(owner.first(), i)) {
                return false; // "the PDF, the NUG's armed wing,": a group of its own ({@code Relations.branchesOf})
            }
            // (a person's office speaks for the person, but is no name of theirs)
            Mention.Form form = owner.ent().isPerson() ? Mention.Form.DESCRIPTION : Mention.Form.ALIAS;
            mention(owner.first(), i, owner.ent(), form);
            return true;
        }

        /**
         * Is a side named beside the wing at i, whose owner's name starts at o: before it ("the People's Defence Force,
         * the NUG's armed wing") or after it ("the NUG's armed wing, the People's Defence Force")?
         */
        private boolean wingNamedBeside(int o, int i) {
            int c = d.is(o - 1, "the") ? o - 2 : o - 1;
            int k = c >= 1 && tok(c - 1).isPunct(')') ? c - 2 : c - 1;
            if (c >= 1 && tok(c).isPunct(',') && k >= 0 && at[k] != null && at[k].last() == k && !at[k].ent().isPerson()) {
                return true;
            }
            int n = d.is(i + 2, "the") ? i + 3 : i + 2;
            return tok(i + 1) != null && tok(i + 1).isPunct(',') && n < d.size() && at[n] != null && at[n].first() == n
                    && !at[n].ent().isPerson();
        }

        private void descriptions() {
            for (int i = 0, n = d.size(); i < n; i++) { // (the size read once: C2 may not inline it here)
                if (!d.in(i, DESCRIPTION_STARTS) && (d.lexicons(i) & lex.words.bit()) == 0
                        || at[i] != null || outlet[i] || !d.word(i)) {
                    continue;
                }
                Token t = tok(i);
                if (delegationToUn(i) || ownOffice(i)) {
                    continue;
                }
                // peace operations
                Trie.Match<String> w = wordsAt(i);
                if (w != null && w.value().equals("mission-desc")) {
                    Ent mission = recentOfType(i, ActorType.MISSION);
                    if (mission != null) {
                        missionDescribed(mission, w, t);
                        i = w.last();
                        continue;
                    }
                }
                // "attacked a UN peacekeeping base": the mission's own, so an act on it is on the mission
                if (w != null && w.value().equals("mission-asset")) {
                    Ent mission = recentOfType(i, ActorType.MISSION);
                    Mention un = mentionAt(w.first() - 1);
                    if (mission == null && un != null && theUn(un.ent())) {
                        mission = un.ent(); // "a UN peacekeeping base" where the text names no mission: the UN's
                    }
                    if (mission != null) {
                        mention(w.first(), w.last(), mission, Mention.Form.DESCRIPTION);
                    }
                    i = w.last();
                    continue;
                }
                // "Burundi closed its border with Rwanda, accusing its neighbour of ...": the other state
                if ((t.is("neighbour") || t.is("neighbor")) && (d.is(i - 1, "its") || d.is(i - 1, "their"))
                        && mentionAt(i + 1) == null && !(tok(i + 1) != null && tok(i + 1).isPunct(',')
                        && mentionAt(i + 2) != null)) {
                    // (not "its neighbour Uganda", "its neighbour, Uganda,": the name says which)
                    Ent other = neighbourOf(ownerInClause(i - 1), i);
                    if (other != null) {
                        mention(i, i, other, Mention.Form.DESCRIPTION);
                    }
                    continue;
                }
                // "the council", "a 15-member council"; "Council members" opening a sentence
                if (t.is("council") && (!t.capitalised() || i == d.sentenceStart(t.sentence()) && d.is(i + 1, "members")
                        || openingHeadNoun(i, i))) {
                    councilSpokenOf(i, t);
                    continue;
                }
                // "the regional bloc"
                if (t.is("bloc") || t.is("grouping")) {
                    int r = regionBefore(i);
                    Ent ofRegion = r < i ? blocOfRegion(r, i) : null;
                    Ent bloc = ofRegion != null ? ofRegion : recentBloc(i);
                    if (bloc != null) {
                        int a = ofRegion != null ? r : tok(i - 1) != null && tok(i - 1).is("regional") ? i - 1 : i;
                        mention(a, i, bloc, Mention.Form.ALIAS);
                    }
                    continue;
                }
                if (t.is("leaders")) {
                    leadersSpokenOf(i);
                    continue;
                }
                // "a joint US-Saudi statement" ... "the statement said": its first issuer
                if (t.is("statement") || t.is("communique") || t.is("communiqu\u00e9") || t.is("declaration")) {
                    statementIssuer(i, t);
                    continue;
                }
                // "the group", "the al-Qaida-linked group", "the coalition": the body named before
                if (BODY_NOUNS.containsKey(t.key()) && !t.capitalised() && !t.is("council") && !t.is("mission")
                        && !t.is("force") && determinedNoun(i) && !(d.is(i - 1, "the") && isTitle(i))
                        && !qualifiedByName(i) && !namedRightAfter(i)) {
                    // (not "the opposition leader": the noun is part of a person's title)
                    // "the terrorist organization": only an armed group
                    boolean armed = d.in(i - 1, ARMED_ADJECTIVES) || d.in(i - 2, ARMED_ADJECTIVES);
                    Ent body = armed ? bodyNoun(t.key(), i - 1, Set.of(ActorType.ARMED_GROUP))
                            : bodyNoun(t.key(), i - 1);
                    if (body != null) {
                        mention(body.isState() ? i : peoplesWordBefore(i), i, body, Mention.Form.DESCRIPTION);
                    }
                    continue;
                }
                // "the host country"
                if (t.is("host") && tok(i + 1) != null && (tok(i + 1).is("country") || tok(i + 1).is("nation")
                        || tok(i + 1).is("government"))) {
                    Ent host = mainState();
                    if (host != null) {
                        mention(i, i + 1, host, Mention.Form.ALIAS);
                    }
                    i++;
                }
            }
        }

        /**
         * "the mission", "the UN peacekeeping force": the mission the text spoke of, named by the words {@code w} (part
         * of {@link #descriptions}, split off like {@link #councilSpokenOf}).
         */
        private void missionDescribed(Ent mission, Trie.Match<String> w, Token t) {
            int a = w.first();
            // "the mission", "the observers" stand for it; "deploy monitors" does not
            boolean bare = w.first() == w.last() && (t.is("mission") || t.is("force") || t.is("observers")
                    || t.is("monitors"));
            Mention un = mentionAt(a - 1);
            if (un != null && un.ent().known != null && un.ent().name.equals(mission.known == null
                    ? "" : mission.known.parent())) {
                // "United Nations peacekeeping force": an alias of the mission
                mission.alias(d.span(un.first(), w.last()));
                mention(a, w.last(), mission, Mention.Form.DESCRIPTION);
            } else if (un != null && un.last() == a - 1 && un.ent().type == ActorType.IGO && bare
                    && ownedByAnother(un.ent(), mission)) {
                // "the SADC mission" after the EU's observation mission: SADC's own, not the one named before; "the OAS
                // mission" after "the Electoral Observation Mission of the Organization of American States": that one
                for (Ent other : ents) {
                    if (other != mission && other.type == ActorType.MISSION && other.known == null
                            && missionOwner(other) == un.ent()) {
                        mention(un.first(), w.last(), other, Mention.Form.DESCRIPTION);
                        return;
                    }
                }
                return;
            } else if (!bare || (tok(a - 1) != null && tok(a - 1).is("the"))
                    || (un != null && un.ent().type == ActorType.IGO)
                    || d.is(a - 2, "the") && d.in(a - 1, MISSION_ADJECTIVES)) { // "the new force"
                mention(a, w.last(), mission, bare ? Mention.Form.DESCRIPTION : Mention.Form.ALIAS);
            }
        }

        /**
         * The body or state a mission no list knows is named as the owner of where the text names it: "the European
         * Union's Election Observation Mission", "the Electoral Observation Mission of the Organization of American
         * States"; null for none.
         */
        private Ent missionOwner(Ent mission) {
            for (Mention m : mission.mentions) {
                if (m.form() == Mention.Form.DESCRIPTION || m.form() == Mention.Form.PRONOUN) {
                    continue;
                }
                int f = m.first();
                Mention before = f >= 2 && tok(f - 1).kind() == Token.Kind.POSSESSIVE ? at[f - 2] : null;
                int o = d.is(m.last() + 1, "of") ? m.last() + (d.is(m.last() + 2, "the") ? 3 : 2) : -1;
                Mention after = o > 0 && o < d.size() && at[o] != null && at[o].first() == o ? at[o] : null;
                Mention owner = before != null ? before : after;
                if (owner != null && owner.ent() != mission && (owner.ent().type == ActorType.IGO || owner.ent().isState())) {
                    return owner.ent();
                }
            }
            return null;
        }

        /**
         * Is the mission visibly another body's than this one: affiliated with it, its parent in the gazetteer, or named
         * with its name first ("European Union Election Observation Mission" is no SADC mission)?
         */
        private boolean ownedByAnother(Ent body, Ent mission) {
            if (mission.affiliation != null || mission.known != null && mission.known.parent() != null) {
                return mission.affiliation != null ? mission.affiliation != body : !body.name.equals(mission.known.parent());
            }
            Ent owner = missionOwner(mission);
            if (owner != null) {
                return owner != body;
            }
            List<String> missionNames = new ArrayList<>(mission.aliases);
            missionNames.add(mission.name);
            for (Ent other : ents) {
                if (other == body || other.type != ActorType.IGO && !other.isState()) {
                    continue;
                }
                List<String> names = new ArrayList<>(other.aliases);
                names.add(other.name);
                for (String m : missionNames) {
                    for (String n : names) {
                        if (m.startsWith(n + " ")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * "the council", "Council members": the council the text named last (part of {@link #descriptions}: one
         * method too large for C2 to inline the small calls it makes; see the README's Development section).
         */
        private void councilSpokenOf(int i, Token t) {
            Ent council = recentNamed(i, "Council");
            if (council != null && council.type == ActorType.ARMED_GROUP && openingHeadNoun(i, i)) {
                // ('"The Council strongly condemns ...," the communique said': a body's own word for
                // itself, not the rulers' council it condemns)
                for (int k = i - 1; k >= 0; k--) {
                    Ent e = at[k] == null ? null : at[k].ent();
                    if (e != null && e.name.contains("Council") && e.type == ActorType.IGO) {
                        council = e;
                        break;
                    }
                }
            }
            if (council != null) {
                int a = i;
                if (tok(i - 1) != null && tok(i - 1).is("member") && tok(i - 2) != null && tok(i - 2).is("-")) {
                    a = i - 3;
                }
                if (t.capitalised()) {
                    mention(a, i + 1, council, Mention.Form.DESCRIPTION); // the body, by its members
                } else {
                    council.alias(d.span(a, i));
                    mention(a, i, council, Mention.Form.ALIAS);
                }
            }
        }

        /**
         * "a joint US-Saudi statement" ... "the statement said": its first issuer (part of {@link #descriptions},
         * split off like {@link #councilSpokenOf}).
         */
        private void statementIssuer(int i, Token t) {
            Ent issuer = null;
            for (int k = i - 1; k >= 0 && k >= i - 4 && tok(k).sentence() == t.sentence(); k--) {
                if (at[k] != null && !at[k].ent().isPerson()) {
                    issuer = at[k].ent();
                    k = at[k].first();
                } else if (!tok(k).isWord() && !tok(k).isPunct('-')) {
                    break;
                }
            }
            if (issuer != null) {
                lastStatement = issuer;
            } else if (tok(i - 1) != null && tok(i - 1).is("the") && lastStatement != null) {
                mention(i, i, lastStatement, Mention.Form.DESCRIPTION);
            }
        }

        /**
         * The state a possessive at i stands for: the one named last in its clause ("prompting Dushanbe to
         * accuse its neighbour"), else the body the sentence is about ({@link #recentBody}).
         */
        private Ent ownerInClause(int i) {
            for (int k = i - 1; k >= d.sentenceStart(tok(i).sentence()) && !tok(k).isPunct(','); k--) {
                if (at[k] != null && at[k].ent().isState() && at[k].naming() && !modifier(at[k]) && !inQuote[k]) {
                    return at[k].ent();
                }
            }
            return recentBody(i);
        }

        /**
         * The one state other than {@code owner} named in token i's sentence before it, or in the sentence
         * before (outside quotes): the owner's neighbour. Null when there is no owner state, or no such
         * state, or more than one.
         */
        private Ent neighbourOf(Ent owner, int i) {
            if (owner == null || !owner.isState()) {
                return null;
            }
            Ent other = null;
            int sentence = tok(i).sentence();
            for (int k = d.sentenceStart(Math.max(0, sentence - 1)); k < i; k++) {
                Mention m = at[k];
                if (m != null && m.ent().isState() && m.ent() != owner && m.naming() && !inQuote[k]
                        && !(m.first() == k && (d.is(k - 1, "in") || d.is(k - 1, "at") || TextImporter.inDateline(d, k)))) {
                    // ("talks in Turkey", "WARSAW (AP) -": places, not the neighbour)
                    if (other != null && other != m.ent()) {
                        return null;
                    }
                    other = m.ent();
                }
            }
            return other;
        }

        /**
         * Is the noun at i qualified by a capitalised word that names no actor: "the Zande community", "the
         * Hausa militia", another body than the one named before?
         */
        private boolean qualifiedByName(int i) {
            Token p = tok(i - 1);
            return p != null && p.isWord() && p.capitalised() && at[i - 1] == null && !p.in(DETERMINERS) && !IDEOLOGIES.contains(p)
                    && !(tok(i - 2) != null && tok(i - 2).isPunct('-') && p.joined()); // (not "the pan-African body")
        }

        /**
         * "The Somali Islamist group": where the description of the group noun at i starts when a people's word
         * qualifies it (right after "the", past lower-case or creed words), so that the people's state is not read
         * there; else i.
         */
        private int peoplesWordBefore(int i) {
            int s = i - 1;
            boolean people = false;
            while (s > 0 && i - s <= 3) {
                Mention m = at[s];
                if (m != null && m.form() == Mention.Form.DEMONYM && m.first() == s && m.last() == s) {
                    people = true;
                } else if (m != null || !d.word(s) || d.capitalised(s) && !IDEOLOGIES.contains(tok(s)) || d.is(s, "the")) {
                    break;
                }
                s--;
            }
            // (not "unrelated to the Somali movement of the same name": a group only spoken of)
            return people && d.is(s, "the") && !(d.word(s - 1) && d.in(s - 1, PREPOSITIONS)) ? s + 1 : i;
        }

        /**
         * "the al-Qaida-linked group Jama'at Nusrat al-Islam wal-Muslimin", "the rebel group M23": the noun at i
         * describes the body named right after it, not one named before.
         */
        private boolean namedRightAfter(int i) {
            Mention next = i + 1 < d.size() ? at[i + 1] : null;
            return next != null && next.first() == i + 1 && next.naming() && !next.ent().isPerson()
                    && !next.ent().isState();
        }

        /** "the group", "the al-Qaida-linked group", "the armed group": a determiner shortly before. */
        boolean determinedNoun(int i) {
            for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
                Token t = tok(k);
                if (t.is("the") || t.is("this") || t.is("that")) {
                    return true;
                }
                if (t.isPunct(',') || t.isPunct('.') || (t.isWord() && (t.is("a") || t.is("an")
                        || t.in(PREPOSITIONS) || t.in(AUXILIARIES)))) {
                    return false; // the determiner belongs to another phrase: "the east have faced ... from"
                }
            }
            return false;
        }

        /** Where a force is based: "the base", "a U.N. camp". */
        private static final Words BASES = Words.of("base", "camp", "compound");

        /**
         * "attacked their base" (the peacekeepers'), "an attack on a U.N. base", then "the base": a base of the
         * story's one peace operation stands for it, so an act on it is on the mission. A base the text gives
         * another owner ("Russia's base") ends the reading.
         */
        private void missionBases() {
            Ent mission = null;
            for (Ent e : ents) {
                if (e.type == ActorType.MISSION && !e.mentions.isEmpty()) {
                    if (mission != null) {
                        return; // (two missions: whose base is not said)
                    }
                    mission = e;
                }
            }
            if (mission == null) {
                return;
            }
            boolean seen = false;
            for (int i : d.withKeys(BASES)) {
                if (i < 1 || !d.word(i) || at[i] != null || d.capitalised(i)) {
                    continue;
                }
                Mention owner = at[i - 1];
                Mention last = owner == null && (d.is(i - 1, "their") || d.is(i - 1, "its")) ? lastMentionBefore(i - 1,
                        tok(i).sentence()) : null;
                boolean ours = owner != null && (owner.ent() == mission || theUn(owner.ent()))
                        || last != null && last.ent() == mission;
                if (ours || seen && owner == null && d.is(i - 1, "the")) {
                    mention(i, i, mission, Mention.Form.DESCRIPTION);
                    seen = true;
                } else if (owner != null || d.tok(i - 1).kind() == Token.Kind.POSSESSIVE || d.is(i - 1, "a")
                        || d.is(i - 2, "a") || d.is(i - 1, "an") || d.is(i - 2, "an")) {
                    seen = false; // "a Russian base", "the army's base", "a military base in Rutshuru": another's
                }
            }
        }

        Ent recentOfType(int i, ActorType type) {
            Ent only = null;
            int count = 0;
            for (Ent e : ents) {
                if (e.type == type && !e.mentions.isEmpty()) {
                    only = e;
                    count++;
                }
            }
            if (count == 1) {
                return only;
            }
            for (int k = i - 1; k >= 0; k--) {
                if (at[k] != null && at[k].ent().type == type) {
                    return at[k].ent();
                }
            }
            return null;
        }

        Ent recentNamed(int i, String word) {
            for (int k = i - 1; k >= 0; k--) {
                if (at[k] != null && at[k].ent().name.contains(word)) {
                    return at[k].ent();
                }
            }
            // else a state named by its council: "Haiti's Transitional Presidential Council ... the council said" (not
            // "the Arab League council", whose owner is named with it)
            if (i >= 1 && at[i - 1] != null && at[i - 1].last() == i - 1) {
                return null;
            }
            for (int k = i - 1; k >= 0; k--) {
                if (at[k] != null && at[k].ent().isState() && at[k].form() == Mention.Form.GOVERNMENT
                        && d.is(at[k].last(), word.toLowerCase(java.util.Locale.ROOT))) {
                    return at[k].ent();
                }
            }
            return null;
        }

        /**
         * '"...," the leaders said in the 38-page document': the leaders who speak together are the group of states
         * (the G7, the EU) named last, in the four sentences before, unless a person, or leaders of another kind
         * ("the presidents of Sudan and South Sudan"), are named after it.
         */
        private void leadersSpokenOf(int i) {
            if (!d.is(i - 1, "the") || !speechAt(i + 1)) {
                return;
            }
            int stop = d.sentenceStart(Math.max(0, tok(i).sentence() - 4));
            for (int k = i - 1; k >= stop; k--) {
                Ent e = at[k] == null || inQuote[k] ? null : at[k].ent(); // (not the states the quote names)
                if (!inQuote[k] && (d.is(k, "presidents") || d.is(k, "premiers") || d.is(k, "ministers")
                        || d.is(k, "leaders")) && !(k >= 1 && at[k - 1] != null && at[k - 1].ent().type == ActorType.IGO)
                        || e != null && e.isState() && k == d.sentenceStart(tok(k).sentence()) && pairOfStatesAt(k)) {
                    // ("Sudan and South Sudan agreed to reopen the border. '...,' the leaders said": the two states')
                    return;
                }
                if (groupOfStates(e)) {
                    mention(i, i, e, Mention.Form.DESCRIPTION);
                    return;
                }
                if (e != null && e.isPerson()) {
                    return; // ("Putin and Xi ... the leaders said": the two named last, not a body)
                }
            }
        }

        /** Does a list of two states or more start at token k ("Sudan and South Sudan agreed")? */
        private boolean pairOfStatesAt(int k) {
            Mention first = at[k];
            int and = first == null ? -1 : first.last() + 1;
            Mention second = and > 0 && d.is(and, "and") ? mentionAt(and + 1) : null;
            return second != null && second.ent().isState() && second.ent() != first.ent();
        }

        /** Is e an intergovernmental body of its own (no body of another, nor the United Nations as a whole)? */
        private static boolean groupOfStates(Ent e) {
            return e != null && e.type == ActorType.IGO && (e.known == null || e.known.parent() == null)
                    && !e.name.equals("United Nations");
        }

        /** The first of up to three capitalised words right before the noun at i that name a region ("West African"), else i. */
        private int regionBefore(int i) {
            int r = i;
            while (r > i - 3 && d.word(r - 1) && d.capitalised(r - 1) && at[r - 1] == null && r - 1 > d.sentenceStart(tok(i).sentence())) {
                r--;
            }
            return r;
        }

        /**
         * "the West African bloc", "the Southeast Asian bloc": the group of states named before i whose known names hold the
         * region's words r..i-1 ("Economic Community of West African States"); null for none.
         */
        private Ent blocOfRegion(int r, int i) {
            String region = " " + Doc.key(d.span(r, i - 1)) + " ";
            for (int k = r - 1; k >= 0; k--) {
                Ent e = at[k] == null ? null : at[k].ent();
                if (groupOfStates(e) && e.known != null && !ownsTitle(at[k])) {
                    for (String name : e.known.aliases()) {
                        if ((" " + Doc.key(name) + " ").contains(region)) {
                            return e;
                        }
                    }
                }
                if (at[k] != null) {
                    k = at[k].first();
                }
            }
            return null;
        }

        Ent recentBloc(int i) {
            for (int k = i - 1; k >= 0; k--) {
                Ent e = at[k] == null ? null : at[k].ent();
                if (groupOfStates(e) && !ownsTitle(at[k])) {
                    return e;
                }
                if (at[k] != null) {
                    k = at[k].first();
                }
            }
            return null;
        }

        // ---- 7b. a title standing for a person named before or later --------------------------

        /**
         * "The chief of the U.N. peace mission in Norland ... said ..." followed by "Ana Velk
         * told ...": the description is the person named next, with its role and affiliation. "The
         * president" after "President X" is X, when no one else named before holds that title.
         */
        private void titleDescriptions() {
            for (int i = 0; i + 1 < d.size(); i++) {
                // (a possessive first: the method is too large for C2 to inline, and most tokens are none)
                if (tok(i).kind() == Token.Kind.POSSESSIVE && stateOfficeHolderLater(i)) {
                    continue;
                }
                if (!isTitle(i + 1) || !d.is(i, "the") || at[i + 1] != null) {
                    if (d.is(i, "the") && d.is(i + 1, "former") && formerHolder(i)) {
                        i = titleEnd[i + 2];
                    }
                    continue;
                }
                int te = titleEnd[i + 1];
                Token after = tok(te + 1);
                if (after != null && after.capitalised()) {
                    continue;
                }
                boolean subject = opensSentence(i);
                int end = te;
                Ent aff = null;
                if (after != null && after.is("of")) {
                    // "the head of the UN political office in Haiti (BINUH), ...": the role runs to the comma
                    int comma = -1;
                    for (int k = te + 2; k < d.size() && k <= te + 12 && tok(k).sentence() == tok(i).sentence(); k++) {
                        // (or at the holder's name: "The President of the United States Joe X criticised ...")
                        if (tok(k).isPunct(',') || tok(k).isPunct('.') || at[k] != null && at[k].ent().isPerson()) {
                            comma = k;
                            break;
                        }
                    }
                    int stop = comma > 0 ? comma : Math.min(d.size(), te + 7);
                    aff = bodyOfPhrase(te + 2, stop);
                    if (aff != null) {
                        end = stop - 1;
                        while (end > te && (tok(end).isPunct(')') || tok(end).isPunct('('))) {
                            end--;
                        }
                        if (tok(end).allCaps() && tok(end - 1) != null && tok(end - 1).isPunct('(')) {
                            end -= 2;
                        }
                    }
                }
                int k = end + 1;
                while (k < d.size() && !tok(k).isPunct(',') && !tok(k).isPunct('.') && k <= end + 3) {
                    k++;
                }
                subject |= speechAt(end + 1);
                // (not "the president of Kenya"; "accused the opposition leader of inciting" is the holder)
                boolean ofSomeone = after != null && after.is("of") && !(d.word(te + 2) && !d.capitalised(te + 2)
                        && tok(te + 2).key().endsWith("ing"));
                Ent holder = aff == null && !ofSomeone ? holderBefore(i, d.span(i + 1, te)) : null;
                if (holder != null) {
                    // "Opposition leader Armando Tembe ... accused the opposition leader of": the one named so
                    mention(i, te, holder, Mention.Form.DESCRIPTION);
                    i = te;
                    continue;
                }
                Mention named = d.is(te + 1, ",") && te + 2 < d.size() ? at[te + 2] : null;
                if (named != null && named.first() == te + 2 && named.ent().isPerson()) {
                    // "The deputy envoy, Paul Varga, was absent": the one named right after, not the next new one
                    mention(i, te, named.ent(), Mention.Form.DESCRIPTION);
                    i = te;
                    continue;
                }
                if (!subject) {
                    continue;
                }
                Ent person = nextNewPerson(i, 3);
                if (person == null) {
                    continue;
                }
                role(person, d.span(i + 1, end));
                if (aff != null) {
                    person.affiliate(aff, 3);
                }
                mention(i, te, person, Mention.Form.DESCRIPTION);
                i = te;
            }
        }

        /**
         * "The former prime minister, who lives in exile, called ..." after "former prime minister X": the one person
         * named before with the title. True when the phrase at i was so marked.
         */
        private boolean formerHolder(int i) {
            if (i + 2 >= d.size() || !isTitle(i + 2) || at[i + 2] != null) {
                return false;
            }
            int te = titleEnd[i + 2];
            Token after = tok(te + 1);
            Ent holder = after == null || after.capitalised() || after.is("of") ? null
                    : holderBefore(i, d.span(i + 2, te));
            if (holder != null) {
                mention(i, te, holder, Mention.Form.DESCRIPTION);
            }
            return holder != null;
        }

        /** Does token k open its sentence, or the text after a dateline's dash ("BAMAKO (AP) — The ...")? */
        private boolean opensSentence(int k) {
            Token prev = tok(k - 1);
            return k == d.sentenceStart(tok(k).sentence())
                    || prev != null && (prev.isPunct('\u2014') || prev.isPunct('\u2013') || prev.isPunct('-'));
        }

        /** Words between a state's possessive and a title: "Mozambique's main opposition candidate". */
        private static final Words TITLE_ADJECTIVES = Words.of("main", "top", "chief", "senior", "leading",
                "new", "acting", "interim");

        /**
         * "Mozambique's main opposition candidate on Wednesday accused ..." opening a sentence, with the
         * person named in the next sentences ("Armando Tembe, who came second, ..."): the phrase is that
         * person, with its title as role and the state as affiliation (an opposition figure's is left to
         * the text). True when the possessive at {@code i} opened such a phrase.
         */
        private boolean stateOfficeHolderLater(int i) {
            if (i < 1 || tok(i).kind() != Token.Kind.POSSESSIVE || at[i - 1] == null || !at[i - 1].ent().isState()
                    || at[i - 1].last() != i - 1) {
                return false;
            }
            Mention state = at[i - 1];
            boolean opening = opensSentence(state.first());
            int t = i + 1;
            while (t < d.size() && t <= i + 2 && d.word(t) && TITLE_ADJECTIVES.contains(tok(t)) && !isTitle(t)) {
                t++;
            }
            if (!opening || t >= d.size() || !isTitle(t) || at[t] != null || titleStart(t) != t) {
                return false;
            }
            int te = titleEnd[t];
            Token after = tok(te + 1);
            if (after == null || after.capitalised() || after.isPunct(',') || after.is("of")) {
                return false; // a name follows, or an apposition, or the office of something
            }
            Ent person = nextNewPerson(i, 3);
            if (person == null) {
                return false;
            }
            String role = d.span(i + 1, te);
            role(person, role);
            if (person.affiliation == null && !role.toLowerCase(java.util.Locale.ROOT).contains("opposition")) {
                person.affiliate(state.ent(), 3);
            }
            mention(i + 1, te, person, Mention.Form.DESCRIPTION);
            return true;
        }

        /** Words before a title that make another office of it: "Vice President" is not "the president". */
        private static final Words NOT_THE_HOLDER = Words.of("vice", "deputy", "assistant", "acting", "former",
                "under", "associate", "co");

        /**
         * The one person named before token i whose role ends with the title ("President" for "the
         * president"), or null when none or several are.
         */
        private Ent holderBefore(int i, String title) {
            List<Ent> holders = new ArrayList<>();
            for (Ent e : ents) {
                if (e.isPerson() && holds(e, title) && e.mentions.stream().anyMatch(m -> m.first() < i)) {
                    holders.add(e);
                }
            }
            if (holders.size() > 1) {
                // two holders: the one named in this sentence or the one before, if only one was ("Mali's Foreign
                // Minister X spoke with his Nigerien counterpart. '...,' the minister said")
                int sentence = tok(i).sentence();
                holders.removeIf(e -> e.mentions.stream().noneMatch(m -> m.first() < i
                        && tok(m.first()).sentence() >= sentence - 1));
            }
            return holders.size() == 1 ? holders.get(0) : null;
        }

        /** Does the person hold the title by one of the roles the text gave it? */
        private boolean holds(Ent e, String title) {
            String t = title.toLowerCase(java.util.Locale.ROOT);
            for (String role : e.roles) {
                String r = role.toLowerCase(java.util.Locale.ROOT);
                String rest = r.endsWith(" " + t) ? r.substring(0, r.length() - t.length() - 1) : null;
                // not "Vice President" for "the president", nor "Deputy Minister" for "the minister"
                String last = rest == null ? null : rest.substring(rest.lastIndexOf(' ') + 1);
                if (r.equals(t) || last != null && !NOT_THE_HOLDER.contains(last)) {
                    return true;
                }
            }
            return false;
        }

        /** The first person whose first naming comes after token i, within n sentences, with no role yet. */
        private Ent nextNewPerson(int i, int n) {
            Ent best = null;
            int bestAt = Integer.MAX_VALUE;
            for (Ent e : ents) {
                if (!e.isPerson() || !e.roles.isEmpty()) {
                    continue;
                }
                int first = Integer.MAX_VALUE;
                for (Mention m : e.mentions) {
                    first = Math.min(first, m.first());
                }
                if (first > i && first < bestAt && tok(first).sentence() - tok(i).sentence() <= n) {
                    best = e;
                    bestAt = first;
                }
            }
            return best;
        }

        /**
         * "Rodney Maelasi, leader of the Popular Unity Party, said": the body an apposition's office is
         * of, when it was named only after the person (names are read in text order).
         */
        private void appositionBodies() {
            for (Ent e : ents) {
                if (!e.isPerson() || e.affiliation != null || e.roles.isEmpty()) {
                    continue;
                }
                for (Mention m : e.mentions) {
                    int k = m.last() + 1;
                    if (!m.naming() || k >= d.size() || !tok(k).isPunct(',')) {
                        continue;
                    }
                    int j = k + 1;
                    while (j < d.size() && j <= k + 5 && d.word(j) && !d.capitalised(j) && at[j] == null
                            && !d.is(j, "of") && !d.is(j, "for")) {
                        j++; // "leader", "a spokesman", "the deputy head"
                    }
                    if (j == k + 1 || !(d.is(j, "of") || d.is(j, "for"))) {
                        continue;
                    }
                    int b = d.is(j + 1, "the") ? j + 2 : j + 1;
                    Mention body = b < d.size() ? at[b] : null;
                    Token after = body == null ? null : tok(body.last() + 1);
                    if (body != null && body.first() == b && body.naming() && !body.ent().isPerson()
                            && !body.ent().isState() && after != null && after.isPunct(',')) {
                        e.affiliate(body.ent(), 2);
                        break;
                    }
                }
            }
        }

        /**
         * "Rosa Mendes of the governing Liberty Party", "Paz of the conservative National Party": a party,
         * group or body named right after a person's name, past "the" and up to two epithets, is the
         * person's, though the text names it only after the person (names are read in text order). A
         * name so placed is a person's, no guess. So is the body of ", who heads the parliamentary faction of
         * the governing X party,".
         */
        private void bodiesAfterNames() {
            for (Ent e : ents) {
                if (!e.isPerson()) {
                    continue;
                }
                for (Mention m : e.mentions) {
                    int k = m.last() + 1;
                    // ", who heads the parliamentary faction of the governing X party,": the apposition read
                    // again now that the parties' names are known
                    boolean who = m.form() != Mention.Form.PRONOUN && d.is(k + 1, "who");
                    Apposition app = who ? apposition(m.last()) : null;
                    Ent led = app != null && LEADING_ROLES.asMap().containsValue(app.role()) ? app.affiliation() : null;
                    if (led != null && !led.isPerson()) {
                        // (", who leads the opposition Kiribati Reform Party,": over the state its name holds)
                        boolean stateInName = !led.isState() && e.affiliation != null && e.affiliation.isState()
                                && led.name.contains(e.affiliation.name);
                        e.affiliate(led, stateInName ? e.affiliationStrength + 1 : led.isState() ? 3 : 2);
                        e.guessedPerson = false;
                        break;
                    }
                    if (!who && m.form() != Mention.Form.PRONOUN && d.is(k, ",") && e.affiliationStrength < 2) {
                        // "X, an analyst at consultancy Meridian Energy Analytics,": the apposition read again now
                        // that the names of bodies after the person's are known
                        Apposition late = apposition(m.last());
                        if (late != null && !late.former() && late.affiliation() != null && !late.affiliation().isPerson()
                                && late.strength() > e.affiliationStrength) {
                            e.affiliate(late.affiliation(), late.strength());
                            e.guessedPerson = false;
                            break;
                        }
                    }
                    if (m.form() == Mention.Form.PRONOUN || !d.is(k, "of")) {
                        continue;
                    }
                    k += d.is(k + 1, "the") ? 2 : 1;
                    for (int epithets = 0; epithets < 2 && d.word(k) && !d.capitalised(k) && at[k] == null
                            && !isTitle(k) && !d.in(k, FUNCTION); epithets++) {
                        k++;
                    }
                    Mention body = mentionAt(k);
                    if (body != null && body.first() == k && !body.ent().isPerson() && !body.ent().isState()) {
                        // ("MP X of the Kiribati Reform Party": the party, not the state its name starts with, which
                        // was all the text had named there when the person was found)
                        boolean stateInName = e.affiliation != null && e.affiliation.isState()
                                && body.ent().name.startsWith(e.affiliation.name);
                        e.affiliate(body.ent(), stateInName ? e.affiliationStrength + 1 : 2);
                        e.guessedPerson = false;
                        break;
                    }
                }
            }
        }

        /** The state whose capital opens the sentence ("In Moscow, ..."), or null. */
        private Ent capitalOpening(int sentence) {
            int s = d.sentenceStart(sentence);
            Mention m = d.is(s, "in") ? at[s + 1] : null;
            return m != null && m.form() == Mention.Form.METONYM && m.ent().isState() && tok(m.last() + 1) != null
                    && tok(m.last() + 1).isPunct(',') ? m.ent() : null;
        }

        /** Is the state named again between tokens from (exclusive) and to? */
        private boolean namedAgainAfter(Ent state, int from, int to) {
            for (int k = from + 1; k < to && k < d.size(); k++) {
                if (at[k] != null && at[k].ent() == state) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the speech tag that the titled name m stands in starts, when the tag comes after the words said (not
         * a quote), set off by a comma and followed or preceded by the verb of saying ("..., Prime Minister X said",
         * "..., said President X", "..., foreign ministry spokesperson X told reporters"): the token after the comma;
         * else -1.
         */
        private int speechTagStart(Mention m) {
            if (m.first() <= m.last() - 4) {
                return -1;
            }
            int p = m.first() - 1;
            if (tok(p) != null && tok(p).kind() == Token.Kind.QUOTE) {
                return -1; // ('"...," Defence Minister X said': a quote, which names no employer anyway)
            }
            if (d.word(p) && (d.is(p, "said") || d.is(p, "says") || d.is(p, "added")) && tok(p - 1) != null
                    && tok(p - 1).isPunct(',')) {
                return p; // "..., said President X."
            }
            if (!speechAt(m.last() + 1)) {
                return -1;
            }
            // (past a few lower-case words of the office: "government spokesman", "foreign ministry spokesperson"; not
            // "..., and Minister X said": a clause of its own)
            for (int n = 0; n < 3 && p > 0 && d.word(p) && !d.capitalised(p) && !d.in(p, FUNCTION); n++) {
                p--;
            }
            return tok(p) != null && tok(p).isPunct(',') && !openingPhraseEndsAt(p) ? p + 1 : -1;
        }

        /**
         * Does the comma at c close a sentence's opening phrase ("In Beijing, foreign ministry spokesperson X said",
         * "Speaking in Brussels, Secretary of State X said"), not a clause of what is said?
         */
        private boolean openingPhraseEndsAt(int c) {
            int start = d.sentenceStart(tok(c).sentence());
            for (int k = start; k < c; k++) {
                if (tok(k).isPunct(',')) {
                    return false; // (an earlier comma: the opening phrase ended there)
                }
            }
            // (a participle, not a place: "Speaking in Brussels, ...", not "BEIJING (Reuters) - ...")
            return d.word(start) && (d.in(start, PREPOSITIONS) || tok(start).key().endsWith("ing") && !d.allCaps(start)
                    && !TextImporter.inDateline(d, start));
        }

        /** Is the person's only role a bare "Secretary-General", with no body named with it? */
        private static boolean bareSecretaryGeneral(Ent e) {
            for (String r : e.roles) {
                String role = r.toLowerCase(java.util.Locale.ROOT);
                if (!role.equals("secretary-general") && !role.equals("secretary general")) {
                    return false;
                }
            }
            return !e.roles.isEmpty();
        }

        /**
         * The United Nations when the text names it, or one of its organs, bodies or missions, and no other body with a
         * secretary-general of its own; else null.
         */
        private Ent unitedNations() {
            Ent un = null;
            boolean named = false;
            for (Ent x : ents) {
                if (x.known != null && !x.mentions.isEmpty()) {
                    boolean ofUn = x.known.name().equals("United Nations") || "United Nations".equals(x.known.parent());
                    if (!ofUn && (x.type == ActorType.IGO || x.type == ActorType.OTHER)) {
                        return null; // ("OPEC criticised the UN talks. Secretary-General X said": maybe OPEC's)
                    }
                    un = x.known.name().equals("United Nations") ? x : un;
                    named |= ofUn;
                }
            }
            return named ? un : null;
        }

        /** The dateline's state when [from, to) names it outside the dateline, else null. */
        private Ent datelineStateNamed(int from, int to) {
            Ent dateline = datelineState();
            return dateline != null && namedBetween(dateline, from, to) ? dateline : null;
        }

        /** Is the actor named in [from, to), outside the dateline ("SEOUL (Reuters) -" names no one)? */
        private boolean namedBetween(Ent e, int from, int to) {
            for (int k = from; e != null && k < to; k++) {
                if (at[k] != null && at[k].ent() == e && !TextImporter.inDateline(d, k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Does the state's mention m qualify another person's title right after it ("Chinese Foreign Minister Y",
         * "Russia's President Y"), not the person whose first mention is own?
         */
        private boolean othersTitleAfter(Mention m, Mention own) {
            int n = m.last() + 1;
            if (tok(n) != null && tok(n).kind() == Token.Kind.POSSESSIVE) {
                n++;
            }
            if (n >= own.first() && n <= own.last()) {
                return false;
            }
            Mention after = mentionAt(n);
            return after != null && after.ent().isPerson() && after.ent() != own.ent();
        }

        /** A head of state or minister with no stated affiliation serves the state named beside them. */
        private void defaultAffiliations() {
            bodiesAfterNames();
            for (Ent e : ents) {
                if (!e.isPerson() || e.affiliation != null || e.roles.isEmpty() || e.mentions.isEmpty()) {
                    continue;
                }
                Mention first = e.mentions.get(0);
                if (aideBodies.containsKey(first.first())) {
                    e.affiliate(aideBodies.get(first.first()), 2); // "a spokesperson for the Secretary-General, X"
                    continue;
                }
                int sentence = tok(first.first()).sentence();
                // "the force commander, Major General X, told reporters in N'Djamena": the force the text is
                // about, not the capital he speaks in
                Ent best = forceOfRole(e) ? recentOfType(first.first(), ActorType.MISSION) : null;
                if (best == null && e.roles.stream().anyMatch(Run::corporateRole)) {
                    // "TotalEnergies has denied paying ..., and chief executive X declined": the firm, not a state
                    // named nearer; else the firm the sentence before spoke of ("Company spokeswoman X said")
                    best = companyNear(first.first());
                }
                int bestDistance = best != null ? -1 : 7;
                int tag = speechTagStart(first); // (where a speech tag after what is said starts, else -1)
                for (int k = d.sentenceStart(sentence); k < d.sentenceEnd(sentence); k++) {
                    if (k > first.last() && speechAt(k)) {
                        break; // "X said Russian forces had fired ...": what is said names no employer
                    }
                    if (k > first.last() && tok(k).isWord() && !tok(k).capitalised()
                            && (lex.triggers.startsAt(d, k) || tok(k).in(RELATIVE) && tok(k - 1).isPunct(','))) {
                        break; // "Defence Minister X accused Kabul", "President X, whom Beijing regards as": not the employer
                    }
                    if (inQuote[k]) {
                        continue; // "'... across the Taiwan Strait,' spokesperson X said"
                    }
                    if (k < first.first() && bestDistance >= 0 && d.word(k) && tok(k).in(SUBORDINATORS)
                            && !tok(k).is("while")) {
                        // "expelled diplomats from France three times since Captain X seized power": a state of
                        // the clause before, not the officer's
                        best = null;
                        bestDistance = 7;
                    }
                    Mention m = at[k];
                    if (m != null && m.ent().isState() && othersTitleAfter(m, first)) {
                        k = m.last();
                        continue; // "X met Chinese Foreign Minister Y", "after Israeli Foreign Minister Y declared X": Y's
                    }
                    if (m != null && m.ent().isState() && m.naming() && !(k < first.first() && m.first() == k
                            && (d.is(k - 1, "in") || d.is(k - 1, "at")) && d.is(m.last() + 1, "by")
                            && namedAgainAfter(m.ent(), first.last(), d.sentenceEnd(sentence)))) {
                        // (not "signed on Saturday in Moscow by Defence Minister X and Russian Deputy Defence Minister
                        // Y": the place of the act, the other signer's; "in Riyadh by Defence Minister X and Pakistani
                        // Prime Minister Y" leaves the host's minister the host's)
                        int dist = Math.abs(k - first.first());
                        if (dist < bestDistance) {
                            best = m.ent();
                            bestDistance = dist;
                        }
                    }
                }
                if (tag >= 0 && !namedBetween(best, tag, first.first())) {
                    // "NAIROBI - Kenya sent police to Haiti, President X said": in a speech tag after what is said,
                    // the dateline's state when the said clause names it, not the one named nearest (which stays
                    // otherwise: "Russia launched 50 drones at Kyiv, President X said"); first the capital the
                    // speaker speaks in ("..., Foreign Minister X said in Canberra")
                    Ent told = capitalWhereSpoken(first);
                    told = told != null ? told : datelineStateNamed(d.sentenceStart(sentence), tag);
                    best = told != null ? told : best;
                }
                Ent spokenIn = best != null && bestDistance >= 0 && bestDistance < 7 ? capitalWhereSpoken(first) : null;
                if (spokenIn != null && spokenIn != best && namedInSentenceBefore(spokenIn, first.first())) {
                    // "Australia sent a team at the Fijian government's request, Foreign Minister X said in Canberra":
                    // of the states the sentence names, the one whose capital X speaks in
                    best = spokenIn;
                }
                if (best == null) {
                    // "the international High Representative, X" and "the Office of the High Representative"
                    best = bodyNamedAfterRole(e);
                }
                if (best == null && bareSecretaryGeneral(e)) {
                    // "Secretary-General António Guterres called on ..." in a story on the UN: the UN's
                    best = unitedNations();
                }
                if (best == null && seizedPower(first)) {
                    // "since Captain X seized power": the officer rules the state the sentence is about, else in a
                    // coup the coup's state (not the state named most: "Russia sent instructors ... X thanked Moscow")
                    best = sentenceSubjectState(sentence, first.first());
                    best = best != null || !coupContext ? best : coupRulersState();
                }
                boolean office = e.servesState || e.roles.stream().anyMatch(r -> stateOffice(r) || stateServicesVoice(r));
                if (best == null && office) {
                    // "In Manila, lawmakers urged President X": the sentence is set in the state's capital
                    best = capitalOpening(sentence);
                }
                if (best == null && (office || speaksFor(e))) {
                    // "Oman has long served as a channel. Foreign Minister X met ...": the previous sentence's subject
                    best = previousSubject(first.first(), office);
                }
                if (best == null && office) {
                    // "In Brazil, the Defense Ministry said ... Defense Minister X": the ministry the minister heads
                    best = ministryOf(e, first.first(), 3);
                }
                if (best == null && office) {
                    // "X told a news conference in Tokyo": an official speaks in his capital
                    best = capitalWhereSpoken(first);
                }
                if (best == null && office) {
                    // "X did not attend. His foreign minister, Y, told ...": the state of the person before
                    best = employerOfPossessor(first.first());
                }
                if (best == null && office && tag < 0) {
                    // "Guinea-Bissau has been without a parliament since President X dissolved it": the state
                    // the sentence is about, before the dateline's place, which may only host a summit (not what
                    // a speech tag's speaker says: "Russia launched drones at Ukraine, President X said")
                    best = sentenceSubjectState(sentence, first.first());
                }
                if (best == null && office && first.first() == d.sentenceStart(sentence)) {
                    // "Caracas held a referendum in 2023. / Foreign Minister X condemned ...": the state the
                    // paragraph before ends on, when the officer opens the next one
                    best = previousSubject(first.first(), true, true);
                    for (int k = first.last() + 1; best != null && k < d.sentenceEnd(sentence); k++) {
                        if (at[k] != null && at[k].ent() == best) {
                            best = null; // "X said ... Russia had followed for years": he speaks of it, not for it
                        }
                    }
                }
                if (best == null && office && coupContext && oustedAt(first.first())) {
                    // "... after soldiers detained President X and seized power in Banjul": in a coup, the ousted
                    // leader's state is the one the sentence names (past the dateline), not the dateline's
                    best = onlyStateIn(sentence);
                }
                if (best == null && office) {
                    // the government of the dateline's place ("KYIV, Oct 3 -"), unless the place is the seat of a
                    // body the story is about ("JAKARTA -" for ASEAN's statement on Thailand), else the state of
                    // the lede, else the state most spoken of
                    Ent dateline = datelineState();
                    best = dateline != null && seatsABody(dateline) ? null : dateline;
                    if (best == null) {
                        best = ledeState();
                    }
                    if (best == null) {
                        best = mainState();
                    }
                }
                if (best == null) {
                    continue;
                }
                e.affiliate(best, 1);
            }
        }

        /**
         * Does the sentence open with a quote that only lower-case words follow before token i ('"Chinese
         * vessels obey the law," foreign ministry spokesman X told')?
         */
        private boolean afterOpeningQuote(int sentence, int i) {
            int k = d.sentenceStart(sentence);
            if (tok(k).kind() != Token.Kind.QUOTE || k + 1 >= d.size() || !inQuote[k + 1]) {
                return false;
            }
            while (k < i && (inQuote[k] || tok(k).kind() == Token.Kind.QUOTE)) {
                k++;
            }
            while (k < i && (tok(k).isPunct(',') || d.word(k) && !d.capitalised(k) && at[k] == null)) {
                k++;
            }
            return k == i;
        }

        /**
         * The actor a sentence of the same paragraph before token i opens with ("Oman, which ...",
         * "Iran rejected ..."): a state, or with {@code stateOnly} false any body; null for none.
         */
        private Ent previousSubject(int i, boolean stateOnly) {
            return previousSubject(i, stateOnly, false);
        }

        /**
         * The same; with {@code acrossParagraph}, also when the sentence before ends the paragraph before, and
         * then a state named by its capital counts ("Caracas held a referendum. / Foreign Minister X ...").
         */
        private Ent previousSubject(int i, boolean stateOnly, boolean acrossParagraph) {
            int sentence = tok(i).sentence();
            if (sentence == 0) {
                return null;
            }
            int from = d.sentenceStart(sentence - 1);
            if (tok(from).paragraph() != tok(i).paragraph() && !acrossParagraph) {
                return null;
            }
            from = acrossParagraph ? from : pastDateline(from, i);
            from = pastOpening(from, d.sentenceStart(sentence)); // ("In a statement read on state television, the junta ...")
            for (int k = from; k < from + 3 && k < i; k++) {
                Mention m = at[k];
                if (m != null && acrossParagraph && TextImporter.inDateline(d, k)) {
                    return null; // "ADDIS ABABA, May 4 -": where the story is filed
                }
                if (m != null && stateOnly && m.ent().isState() && envoyOf(m)) {
                    return null; // "Mexico's charge d'affaires, X, was given 72 hours": an envoy in the host's story
                }
                if (m != null) {
                    boolean named = m.naming() || acrossParagraph && m.form() == Mention.Form.METONYM
                            || m.ent().isState() && (m.form() == Mention.Form.DESCRIPTION || m.form() == Mention.Form.GOVERNMENT);
                    boolean fits = named && (m.ent().isState() || !stateOnly && !m.ent().isPerson());
                    return fits ? m.ent() : null;
                }
            }
            return null;
        }

        /** Words of an envoy's title, whose owner sends the envoy to another state. */
        private static final Words ENVOY_WORDS = Words.of("ambassador", "envoy", "charge", "chargé", "diplomat",
                "diplomats", "consul");

        /** Is the state's mention the owner of an envoy after it ("Mexico's charge d'affaires", "India's ambassador")? */
        private boolean envoyOf(Mention m) {
            int k = tok(m.last() + 1) != null && tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE ? m.last() + 2 : -1;
            boolean envoy = false;
            for (int j = k; j >= 0 && j < k + 3 && d.word(j); j++) {
                envoy |= ENVOY_WORDS.contains(tok(j));
            }
            // (only an envoy sent away or summoned by the story's state: not "Japan's ambassador to the United States,
            // X, met lawmakers", whose own minister may speak next)
            int sentence = tok(m.first()).sentence();
            for (int j = m.last() + 1; envoy && j < d.sentenceEnd(sentence); j++) {
                if (d.word(j) && SENT_AWAY.contains(tok(j))) {
                    return true;
                }
            }
            return false;
        }

        /** Words of an envoy sent away or called in. */
        private static final Words SENT_AWAY = Words.of("leave", "expelled", "expel", "summoned", "persona", "recalled",
                "withdrawn", "ordered");

        /** The first token from {@code from} (before {@code end}) past the dateline: "LOME (AP) - Amnesty said". */
        private int pastDateline(int from, int end) {
            if (!TextImporter.inDateline(d, from)) {
                return from;
            }
            int k = from;
            int stop = Math.min(end, d.sentenceEnd(tok(from).sentence()));
            while (k < stop && (TextImporter.inDateline(d, k) || !d.word(k))) {
                k++; // the place, the date, the agency and the dash
            }
            return k < stop ? k : from;
        }

        /**
         * Where the main clause of the sentence from {@code start} to {@code end} starts: past an opening phrase
         * that names no one and ends in a comma ("In a statement read on state television, the junta ..."); else
         * {@code start}.
         */
        private int pastOpening(int start, int end) {
            if (!d.word(start) || !OPENING_WORDS.contains(tok(start))) {
                return start;
            }
            for (int k = start + 1; k < end && k <= start + 10; k++) {
                if (at[k] != null || tok(k).kind() == Token.Kind.QUOTE) {
                    return start;
                }
                if (tok(k).isPunct(',')) {
                    return k + 1;
                }
            }
            return start;
        }

        /** Words that open a sentence's opening phrase: "In a statement, ...", "On Monday, ...". */
        private static final Words OPENING_WORDS = Words.of("in", "on", "at", "after", "earlier", "later",
                "late", "during");

        /**
         * The state of the ministry a minister heads ("the Defense Ministry" for "Defense Minister X"),
         * spoken of within n sentences before token i; null when none.
         */
        private Ent ministryOf(Ent minister, int i, int n) {
            java.util.Set<String> portfolio = new java.util.HashSet<>();
            for (String role : minister.roles) {
                String[] w = role.toLowerCase(java.util.Locale.ROOT).split(" ");
                for (int k = 0; k + 1 < w.length; k++) {
                    if (w[k + 1].equals("minister") || w[k + 1].equals("secretary")) { // ("Foreign Secretary X")
                        portfolio.add(Doc.key(w[k]));
                    }
                }
            }
            if (portfolio.isEmpty()) {
                return null;
            }
            int sentence = tok(i).sentence();
            for (int k = i - 1; k >= 0 && sentence - tok(k).sentence() <= n; k--) {
                Mention m = at[k];
                if (m == null || !m.ent().isState() || inQuote[k]) {
                    continue;
                }
                boolean ministry = false;
                boolean same = false;
                for (int j = m.first(); j <= m.last(); j++) {
                    ministry |= tok(j).is("ministry");
                    same |= portfolio.contains(tok(j).key());
                }
                if (ministry && same) {
                    return m.ent();
                }
                k = m.first();
            }
            return null;
        }

        /** A body whose name has the person's role of two words or more ("Office of the High Representative"). */
        private Ent bodyNamedAfterRole(Ent person) {
            for (String role : person.roles) {
                if (role.indexOf(' ') < 0) {
                    continue;
                }
                String r = " " + role.toLowerCase(java.util.Locale.ROOT) + " ";
                for (Ent e : ents) {
                    if (!e.isPerson() && !e.mentions.isEmpty() && !e.isState()
                            && (" " + e.name.toLowerCase(java.util.Locale.ROOT) + " ").contains(r)) {
                        return e;
                    }
                }
            }
            return null;
        }

        /** Is the actor named, outside quotes, in the sentence of token i before it? */
        private boolean namedInSentenceBefore(Ent e, int i) {
            for (int k = d.sentenceStart(tok(i).sentence()); k < i; k++) {
                if (at[k] != null && at[k].ent() == e && at[k].naming() && !inQuote[k]) {
                    return true;
                }
            }
            return false;
        }

        /** The state whose capital follows the speech verb after the person's first mention ("told reporters in Tokyo"). */
        private Ent capitalWhereSpoken(Mention first) {
            int sentence = tok(first.first()).sentence();
            for (int k = first.last() + 1; k < d.sentenceEnd(sentence) && k <= first.last() + 3; k++) {
                if (!speechAt(k)) {
                    continue;
                }
                for (int j = k + 1; j < d.sentenceEnd(sentence) && j <= k + 6; j++) {
                    Mention m = at[j];
                    if (m != null && tok(j - 1).is("in") && m.ent().isState() && m.form() == Mention.Form.METONYM) {
                        return m.ent();
                    }
                }
                return null;
            }
            return null;
        }

        /** The dateline's state ({@link #datelineState}) when the text names it outside the dateline too. */
        private Ent bodyDatelineState() {
            Ent s = datelineState();
            if (s != null && !seatsABody(s)) { // ("ADDIS ABABA (AP) - The African Union ...": the body's home)
                for (Mention m : s.mentions) {
                    if (m.form() != Mention.Form.DESCRIPTION && !TextImporter.inDateline(d, m.first())) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** Is the dateline's place, of this state, the seat of an organisation the text names ("JAKARTA" and ASEAN)? */
        private boolean seatsABody(Ent state) {
            for (Mention m : state.mentions) {
                if (!TextImporter.inDateline(d, m.first()) && m.form() != Mention.Form.DEMONYM && m.naming()
                        && !d.in(m.first() - 1, LOCATIVE)) { // (not "told reporters in Addis Ababa": a place again)
                    return false; // the text names the place's state again ("Ethiopia would not"): a party of its
                    // own, not only the home of an official ("Indonesian Foreign Minister X")
                }
            }
            for (Mention m : state.mentions) {
                Set<String> bodies = TextImporter.inDateline(d, m.first())
                        ? lex.seats.get(Doc.key(d.span(m.first(), m.last()))) : null;
                if (bodies != null) {
                    for (Ent e : ents) {
                        if (e.known != null && bodies.contains(e.known.name()) && !e.mentions.isEmpty()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The state the article's dateline names ("KYIV, Oct 3 (Reuters) -" is Ukraine), or null. */
        private Ent datelineState() {
            for (int start : openingParagraphs()) {
                for (int k = start; k < d.size() && k < start + 12 && TextImporter.inDateline(d, k); k++) {
                    Mention m = at[k];
                    if (m != null && m.ent().isState()) {
                        return m.ent();
                    }
                }
            }
            return null;
        }

        /** Where the first two paragraphs start: a dateline opens one of them (a headline may come first). */
        private int[] openingParagraphs() {
            if (d.size() == 0) {
                return new int[0];
            }
            int second = 0;
            while (second < d.size() && tok(second).paragraph() == tok(0).paragraph()) {
                second++;
            }
            return second < d.size() ? new int[] {0, second} : new int[] {0};
        }

        /**
         * "His foreign minister, Y": for a name at token i after "his"/"her" and a lower-case role, the
         * state the last person named before serves; null for any other shape.
         */
        private Ent employerOfPossessor(int i) {
            int k = i - 1;
            if (k >= 0 && tok(k).isPunct(',')) {
                k--;
            }
            int words = 0;
            while (k >= 0 && words < 4 && d.word(k) && !tok(k).capitalised() && at[k] == null) {
                k--;
                words++;
            }
            if (words == 0 || k < 0 || !(d.is(k, "his") || d.is(k, "her"))) {
                return null;
            }
            int from = d.sentenceStart(Math.max(0, tok(k).sentence() - 2));
            for (int j = k - 1; j >= from; j--) {
                Mention m = at[j];
                if (m != null && m.ent().isPerson()) {
                    Ent a = m.ent().affiliation;
                    return a != null && a.isState() ? a : null;
                }
            }
            return null;
        }

        /**
         * The state the story's first sentence of body text opens with ("Georgia on Tuesday condemned
         * ..."), past a headline (a first paragraph of one short sentence) and a dateline; null for none.
         */
        private Ent ledeState() {
            int s = 0;
            if (d.sentenceCount() > 1 && tok(d.sentenceEnd(0) - 1).paragraph() != tok(d.sentenceStart(1)).paragraph()
                    && !tok(d.sentenceEnd(0) - 1).isPunct('.')) {
                s = 1; // a headline has no full stop
            }
            for (int k = d.sentenceStart(s); k < d.sentenceEnd(s) && k < d.sentenceStart(s) + 12; k++) {
                Mention m = at[k];
                if (m == null || TextImporter.inDateline(d, k)) {
                    continue;
                }
                // the subject: nothing but "the" or the dateline's dash before it ("In Kyiv, ..." is a place)
                boolean subject = m.first() == d.sentenceStart(s) || d.is(m.first() - 1, "the") || !d.word(m.first() - 1);
                return m.ent().isState() && m.naming() && subject ? m.ent() : null;
            }
            return null;
        }

        /** The state that opens sentence s ("Guinea-Bissau has ...", "The Sudanese government said") before token i. */
        private Ent sentenceSubjectState(int s, int i) {
            int k = d.sentenceStart(s);
            while (k < i && TextImporter.inDateline(d, k)) {
                k++; // "ABUJA, Sept. 21 - The Economic Community ...": where the story is filed is no subject
            }
            if (k > d.sentenceStart(s) && k < i && (tok(k).isPunct('-') || tok(k).isPunct('\u2014')
                    || tok(k).isPunct('\u2013'))) {
                k++; // the dash that ends the dateline
            }
            if (d.is(k, "the")) {
                k++;
            }
            Mention m = k < i ? at[k] : null;
            return m != null && m.ent().isState() && m.naming() && !inQuote[k] ? m.ent() : null;
        }

        /** Does one of the person's roles name a force or mission as its body ("force commander", "mission chief")? */
        private static boolean forceOfRole(Ent e) {
            for (String role : e.roles) {
                for (String w : role.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                    if (w.equals("force") || w.equals("mission")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Roles that speak or act for a body: a spokesperson, envoy, official, head or member (not an analyst). */
        static boolean speaksFor(Ent e) {
            for (String role : e.roles) {
                String r = role.toLowerCase(java.util.Locale.ROOT);
                if (r.contains("spokes") || r.contains("negotiator") || r.contains("envoy") || r.contains("official")
                        || r.contains("representative") || r.contains("ambassador") || r.contains("adviser")
                        || r.contains("advisor") || r.contains("head") || r.contains("chief") || r.contains("commander")
                        || r.contains("director") || r.contains("chair") || r.contains("member") || r.contains("secretary")) {
                    return true;
                }
            }
            return false;
        }

        /** A state service's spokesperson: "Navy spokesman", "police spokeswoman", "government spokesperson". */
        static boolean stateServicesVoice(String role) {
            String r = role.toLowerCase(java.util.Locale.ROOT);
            return r.contains("spokes") && (r.startsWith("navy ") || r.startsWith("army ") || r.startsWith("police ")
                    || r.startsWith("government ")); // (not "military spokesman": armed groups have them too)
        }

        /** Offices that only a state has: ministers, heads of state and government, armed forces ranks. */
        static boolean stateOffice(String role) {
            // (a body's "secretary-general" or "general secretary" holds no general's rank)
            String r = role.toLowerCase(java.util.Locale.ROOT).replace("secretary-general", "")
                    .replace("general secretary", "");
            return r.contains("minister") || r.contains("president") || r.contains("prime") || r.contains("general")
                    || r.contains("colonel") || r.contains("king") || r.contains("chancellor") || r.contains("cabinet")
                    // a province's governor, a treasury or defence secretary (not a body's executive secretary)
                    || r.contains("governor") || r.contains("secretary") && !r.contains("executive secretary")
                    // a member of the state's legislature, with no party the text names
                    || r.contains("senator") || r.contains("lawmaker") || r.contains("legislator");
        }

        // ---- 8. pronouns ---------------------------------------------------------------------

        /** Last speaker or subject person seen before each token, for "he said". */
        private void pronouns() {
            for (int i = 0; i < d.size(); i++) {
                if (!d.in(i, PRONOUNS) && !d.is(i, "it")) {
                    if (d.is(i, "its")) {
                        itsForces(i);
                    }
                    continue; // (the class bit first: any other word, capitalised or not, is left alone below)
                }
                boolean opening = d.is(i, "it") && at[i] == null && !inQuote[i] && afterOpening(i);
                if (!d.in(i, PRONOUNS) && !d.capitalised(i) && !opening) {
                    if (d.is(i, "it") && at[i] == null && !inQuote[i]) {
                        reportedIt(i);
                        quotingIt(i);
                        andIt(i);
                    }
                    continue; // neither "he", "she", ... nor "It" (nor "In a statement ..., it")
                }
                Token t = tok(i);
                if (opening || t.is("it") && t.capitalised() && at[i] == null && i == d.sentenceStart(t.sentence())
                        && !inQuote[i]) {
                    // "Serbia's government did not condemn the vote. It said ...": the body the sentence before
                    // opens with, when "It" acts or speaks
                    int v = tok(i + 1) != null && tok(i + 1).is("also") ? i + 2 : i + 1;
                    Token verb = tok(v);
                    if (verb != null && verb.isWord() && !verb.capitalised() && (speechAt(v) || lex.triggers.startsAt(d, v))
                            && t.sentence() > 0) {
                        Ent body = previousSubject(i, false);
                        // (the reporter only speaks or judges: "It blamed ...", not "It attacked ...", which may be
                        // what the report was about)
                        body = body != null || !(speechAt(v) || judgingAt(v)) ? body : reporterAtEnd(i);
                        if (body != null && !body.isPerson()) {
                            mention(i, i, body, Mention.Form.PRONOUN);
                        }
                    }
                    continue;
                }
                if (at[i] != null || !t.isWord() || !t.in(PRONOUNS)) {
                    continue;
                }
                Ent p = namedAs(i);
                p = p != null ? p : recentPerson(i);
                if (p != null) {
                    mention(i, i, p, Mention.Form.PRONOUN);
                }
            }
        }

        /** Those who fight for a side, whose acts are its acts: "Its fighters ambushed a convoy". */
        private static final Words ITS_FIGHTERS = Words.union(FORCES_OF_STATES, Words.of("fighters", "militants",
                "gunmen", "militiamen", "army", "military", "navy", "warplanes", "jets", "drones"));

        /**
         * "Viv Ansanm has extended its control. Its fighters ambushed a convoy": "Its" opening a sentence before
         * the side's fighters, when they act (a verb of the relation lexicon right after), and the body the
         * sentence before opens with is theirs: the two words are that body.
         */
        private void itsForces(int i) {
            Token t = tok(i);
            if (at[i] != null || inQuote[i] || !t.capitalised() || i != d.sentenceStart(t.sentence()) || t.sentence() == 0
                    || !d.word(i + 1) || !ITS_FIGHTERS.contains(tok(i + 1)) || at[i + 1] != null) {
                return;
            }
            int v = d.is(i + 2, "also") || d.is(i + 2, "then") ? i + 3 : i + 2;
            if (!d.word(v) || d.capitalised(v) || !lex.triggers.startsAt(d, v)) {
                return;
            }
            Ent body = previousSubject(i, false);
            if (body != null && !body.isPerson()) {
                mention(i, i + 1, body, Mention.Form.PRONOUN);
            }
        }

        /** Is the word at v a verb by which a body judges others: "blamed", "accused", "condemned", "urged"? */
        private boolean judgingAt(int v) {
            Trie.Match<Lexicon.Trigger> m = lex.triggers.startsAt(d, v) ? lex.triggers.longest(d, v, false) : null;
            String c = m == null ? "" : m.value().category();
            return c.equals("accuse") || c.equals("condemn") || c.equals("criticise") || c.equals("demand");
        }

        /** Words that may stand between a report's comma and the body named as its reporter: "..., the mission said". */
        private static final Words REPORTER_LEAD = Words.of("the", "its", "known", "as", "also", "called");

        /**
         * "The convoy was ambushed near Obo, the mission, known as MINUSCA, said in a statement. It blamed ...": when
         * the sentence before the "It" at i names no one at its start, the body that reports it from its end (named
         * after a comma, right before the speech verb that closes the sentence); null for none.
         */
        private Ent reporterAtEnd(int i) {
            int s = tok(i).sentence() - 1;
            int from = d.sentenceStart(s);
            int end = d.sentenceEnd(s);
            if (tok(from).paragraph() != tok(i).paragraph()) {
                return null;
            }
            for (int v = end - 1; v > from && v >= end - 7; v--) {
                if (!speechAt(v)) {
                    continue;
                }
                int k = v - 1;
                while (k > from && tok(k).isPunct(',')) {
                    k--;
                }
                Mention m = at[k];
                if (m == null || m.ent().isPerson() || m.form() == Mention.Form.PRONOUN || inQuote[k]) {
                    return null;
                }
                // the comma that sets the reporter off from the report
                for (int j = m.first() - 1; j > from && j >= m.first() - 4; j--) {
                    if (tok(j).isPunct(',')) {
                        return m.ent();
                    }
                    if (!d.word(j) || !REPORTER_LEAD.contains(tok(j)) && at[j] == null) {
                        return null;
                    }
                }
                return null;
            }
            return null;
        }

        /** "an officer who gave his name as Colonel X": the "his" of a name given after it is that person's. */
        private Ent namedAs(int i) {
            if (!(d.is(i, "his") || d.is(i, "her")) || !d.is(i + 1, "name") || !d.is(i + 2, "as")) {
                return null;
            }
            for (int k = i + 3; k < d.size() && k <= i + 6; k++) {
                if (at[k] != null) {
                    return at[k].ent().isPerson() ? at[k].ent() : null;
                }
            }
            return null;
        }

        /**
         * Does token i open its sentence's main clause after an opening phrase that names no one ("In a
         * statement read on state television, it said")?
         */
        private boolean afterOpening(int i) {
            int start = d.sentenceStart(tok(i).sentence());
            if (i < start + 3 || !d.tok(i - 1).isPunct(',') || d.capitalised(i)) {
                return false;
            }
            for (int k = start; k < i - 1; k++) {
                if (at[k] != null || tok(k).kind() == Token.Kind.QUOTE || tok(k).isPunct(',')
                        || d.is(k, "response") || d.is(k, "reply") || d.is(k, "retaliation")) {
                    return false; // ("In reply, it said": the other side)
                }
            }
            return true;
        }

        /**
         * "The head of the mission, X, said it was working with ...": an "it" right after a person's
         * speech verb (or "said that it") is the body the person speaks for.
         */
        private void reportedIt(int i) {
            // the speech verb, past "that" and a short adverbial ("said on Monday it would")
            int v = i - 1;
            int start = d.sentenceStart(tok(i).sentence());
            while (v > start && v >= i - 4 && !speechAt(v) && at[v] == null && d.word(v)
                    && (!d.capitalised(v) || tok(v).in(RECENT_WORDS))) {
                v--;
            }
            if (v < 1 || !speechAt(v)) {
                return;
            }
            if (d.is(v - 1, "and")) {
                // "Russia's foreign ministry accused Pristina of ... and said it supported ...": the verb after "and"
                // shares the sentence's subject, which "it" then is (not the one accused)
                int clause = start;
                for (int k = v - 2; k > start; k--) {
                    if (d.in(k, CLAUSE_BREAK) && (tok(k - 1).isPunct(',') || tok(k - 1).kind() == Token.Kind.QUOTE)
                            || tok(k).isPunct(';')) {
                        clause = k + 1; // "Cuba expressed solidarity, while Nicaragua called ... and said it": Nicaragua
                        break;
                    }
                }
                Mention opener = openingMention(clause, v);
                Ent body = opener == null ? null : opener.ent().isPerson() ? opener.ent().affiliation : opener.ent();
                if (body != null && !body.isPerson()) {
                    mention(i, i, body, Mention.Form.PRONOUN);
                }
                return;
            }
            for (int k = v - 1; k >= start; k--) {
                Mention m = at[k];
                if (m != null) {
                    Ent p = m.ent();
                    if (p.isPerson() && p.affiliation != null && !p.affiliation.isPerson()) {
                        mention(i, i, p.affiliation, Mention.Form.PRONOUN);
                    }
                    return;
                }
                if (tok(k).isPunct('.') || tok(k).kind() == Token.Kind.QUOTE) {
                    return;
                }
            }
        }

        /** The mention that opens the sentence from {@code start} (past "the"), before token {@code end}; null for none. */
        private Mention openingMention(int start, int end) {
            int k = d.is(start, "the") ? start + 1 : start;
            Mention m = k < end ? at[k] : null;
            return m != null && m.first() == k && m.form() != Mention.Form.PRONOUN ? m : null;
        }

        /**
         * "Amnesty International said 74 people had been held, among them X, and it accused the authorities": "it"
         * acting or speaking after ", and" is the body the sentence opens with (past its dateline and an opening
         * phrase), never a person named in between.
         */
        private void andIt(int i) {
            int v = d.is(i + 1, "also") ? i + 2 : i + 1;
            if (at[i] != null || i < 2 || !d.is(i - 1, "and") || !tok(i - 2).isPunct(',') || !d.word(v) || d.capitalised(v)
                    || !(speechAt(v) || lex.triggers.startsAt(d, v))) {
                return;
            }
            int sentence = tok(i).sentence();
            int start = pastOpening(pastDateline(d.sentenceStart(sentence), i), i);
            for (int k = start; k < start + 3 && k < i && d.word(k); k++) { // ("the rights group said")
                Mention opener = at[k];
                if (opener != null) {
                    if (!opener.ent().isPerson() && (opener.naming() || opener.form() == Mention.Form.DESCRIPTION)) {
                        mention(i, i, opener.ent(), Mention.Form.PRONOUN);
                    }
                    return;
                }
            }
        }

        /**
         * 'The Dominican foreign ministry rejected the criticism. "...," it said in a statement': "it" speaking right
         * after a quote is the body the sentence before opens with, never a person (the quote's speaker before).
         */
        private void quotingIt(int i) {
            if (at[i] != null || i < 1 || tok(i - 1).kind() != Token.Kind.QUOTE || !speechAt(i + 1)
                    || tok(i).sentence() == 0) {
                return;
            }
            Ent body = previousSubject(i, false);
            if (body != null && !body.isPerson()) {
                mention(i, i, body, Mention.Form.PRONOUN);
            }
        }

        /** The person a pronoun at i most likely means: the subject of the nearest sentence naming one. */
        Ent recentPerson(int i) {
            int sentence = tok(i).sentence();
            // "He accused Sanca of ...": a subject is not the person its own verb names right after it
            Ent object = null;
            if (d.is(i, "he") || d.is(i, "she")) {
                for (int k = i + 1; k < d.sentenceEnd(sentence) && k <= i + 3 && object == null; k++) {
                    object = at[k] != null && at[k].form() != Mention.Form.PRONOUN && at[k].ent().isPerson()
                            && k > i + 1 && d.word(k - 1) && !d.capitalised(k - 1) ? at[k].ent() : null;
                }
            }
            // the same sentence first: the first person named before the pronoun
            for (int s = sentence; s >= Math.max(0, sentence - 3); s--) {
                int from = d.sentenceStart(s);
                int to = s == sentence ? i : d.sentenceEnd(s);
                for (int k = from; k < to; k++) {
                    Mention m = at[k];
                    // a pronoun counts as its person: "She urged all sides to engage with X. ... she told":
                    // the subject she stands for, not X
                    if (m != null && m.ent().isPerson() && (inQuote[i] || !inQuote[k]) && m.ent() != object) {
                        return m.ent();
                    }
                }
            }
            return null;
        }
    }

    /** Keeps insertion order for output. */
    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
