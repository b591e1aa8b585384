package dev.parley.importer.text.internal;

import static dev.parley.importer.text.internal.WordClass.ADJECTIVAL;
import static dev.parley.importer.text.internal.WordClass.AUXILIARIES;
import static dev.parley.importer.text.internal.WordClass.BLAME;
import static dev.parley.importer.text.internal.WordClass.MEMBERS;
import static dev.parley.importer.text.internal.WordClass.MISDEEDS;
import static dev.parley.importer.text.internal.WordClass.CLAUSE_BREAK;
import static dev.parley.importer.text.internal.WordClass.COMPASS;
import static dev.parley.importer.text.internal.WordClass.COUP_WORDS;
import static dev.parley.importer.text.internal.WordClass.CUT_VERBS;
import static dev.parley.importer.text.internal.WordClass.DEMONYM_HEADS;
import static dev.parley.importer.text.internal.WordClass.DETERMINERS;
import static dev.parley.importer.text.internal.WordClass.DOCUMENT_WORDS;
import static dev.parley.importer.text.internal.WordClass.FUNCTION;
import static dev.parley.importer.text.internal.WordClass.LINKING;
import static dev.parley.importer.text.internal.WordClass.MODALS;
import static dev.parley.importer.text.internal.WordClass.NEGATIONS;
import static dev.parley.importer.text.internal.WordClass.NOUNS_AFTER_ADJECTIVE;
import static dev.parley.importer.text.internal.WordClass.PASSIVE;
import static dev.parley.importer.text.internal.WordClass.PREPOSITIONS;
import static dev.parley.importer.text.internal.WordClass.PATTERN_VERBS;
import static dev.parley.importer.text.internal.WordClass.PLACE_PREPOSITIONS;
import static dev.parley.importer.text.internal.WordClass.PRONOUNS;
import static dev.parley.importer.text.internal.WordClass.SPEAKERS;
import static dev.parley.importer.text.internal.WordClass.QUOTES_PREP;
import static dev.parley.importer.text.internal.WordClass.RELATIVE;
import static dev.parley.importer.text.internal.WordClass.REQUESTS;
import static dev.parley.importer.text.internal.WordClass.SUBORDINATORS;

import dev.parley.model.ActorType;
import dev.parley.model.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations from trigger words: the agent is the subject of the trigger's clause (or the speaker
 * of the quote it stands in), the target the first actor after it. Passive voice swaps them,
 * negation turns support into refusal or drops the relation, and modal or hypothetical wording
 * drops it.
 */
final class Relations {

    /** One relation with the sentence that supports it. */
    record Found(Ent source, Ent target, String category, Polarity polarity, double weight, int sentence,
                 String date) {
    }

    private final Extractor.Run run;
    private final Doc d;
    private final Quotes quotes;
    private final Dates dates;

    Relations(Extractor.Run run, Quotes quotes, Dates dates) {
        this.run = run;
        this.d = run.d;
        this.quotes = quotes;
        this.dates = dates;
    }

    /** What makes two relations one: the same sides, polarity and category. */
    private record Same(Ent source, Ent target, Polarity polarity, String category) {
    }

    /** The relations found so far, in text order: a response looks back at what it answers. */
    private final List<Found> found = new ArrayList<>();

    /** The tokens of {@link #IRREGULAR_OPENINGS} in the text, found on first need ({@link #pastParticiplePhrase}). */
    private int[] participleOpenings;
    /**
     * What makes each relation kept so far one ({@link Same}), once there are more than {@link #SCANNED}: up to
     * then a look through {@link #found} is quicker than a set, and most articles never have that many.
     */
    private Set<Same> seen;
    private static final int SCANNED = 32;

    /** Keeps a relation unless one with the same sides, polarity and category is kept already. */
    private void keep(Found f) {
        if ((f.polarity() == Polarity.CONFLICT || OWN_MEANS.contains(f.category()))
                && bodyAndItsOwn(f.source(), f.target())) {
            // "fighting near the base of the UN mission": no body fights its own mission; nor does it deploy, staff, join
            // or found it as another side's ("the AU created AUSSOM"; reinforcing it is support)
            return;
        }
        if (f.polarity() == Polarity.CONFLICT && f.source().isPerson() && f.source().affiliation == f.target()
                && !f.target().isState()) {
            // '"Targeting peacekeepers is unacceptable," said X, the officer who heads the mission': no head stands
            // against the body he serves (a state's own critics may: "the opposition leader accused the government")
            return;
        }
        if (seen == null) {
            for (Found g : found) {
                if (g.source() == f.source() && g.target() == f.target() && g.polarity() == f.polarity()
                        && g.category().equals(f.category())) {
                    return;
                }
            }
            if (found.size() == SCANNED) {
                seen = new HashSet<>();
                for (Found g : found) {
                    seen.add(same(g));
                }
            }
        }
        if (seen == null || seen.add(same(f))) {
            found.add(f);
            f.source().involved = true;
            f.target().involved = true;
        }
    }

    /**
     * Keeps each of the relations a rule found (see {@link #keep}). A loop, not {@code forEach(this::keep)}: that
     * makes a new method reference at each call, and C2 left those made in {@link #find} to the method handles'
     * slow path, which took 1.5% of the importer's time on the test corpus.
     */
    private void keepAll(List<Found> relations) {
        for (int k = 0; k < relations.size(); k++) {
            keep(relations.get(k));
        }
    }

    /** Categories of a side's means, which a body's own body is to it, not a side it helps. */
    private static final Set<String> OWN_MEANS = Set.of("deploy", "contribute", "joint", "join");

    /** Are a and b two bodies (no person), one of them the other's own: its affiliation, or its parent in the gazetteer? */
    private static boolean bodyAndItsOwn(Ent a, Ent b) {
        if (a.isPerson() || b.isPerson()) {
            return false;
        }
        return a.affiliation == b || b.affiliation == a || a.known != null && b.known != null
                && (b.known.name().equals(a.known.parent()) || a.known.name().equals(b.known.parent()));
    }

    private static Same same(Found f) {
        return new Same(f.source(), f.target(), f.polarity(), f.category());
    }

    /** A rule that makes a trigger of a pattern of words at a pattern verb ("ordered French troops out"). */
    private interface Pattern {
        Trie.Match<Lexicon.Trigger> at(Relations relations, int i);
    }

    /** The pattern rules, tried in this order; the first that matches wins. */
    private static final Pattern[] PATTERNS = {Relations::orderedOut, Relations::agreedTruce,
        Relations::signedDocument, Relations::verbActorParticle, Relations::sentTo, Relations::killedFighters,
        Relations::joinedBody, Relations::vetoedDraft, Relations::blockedBid, Relations::agreedTogether, Relations::warnedOfConsequences,
        Relations::suppliesTo, Relations::freedomCalledFor, Relations::votedToExtend, Relations::calledIt,
        Relations::placedUnderArrest, Relations::boughtFrom, Relations::retookFrom, Relations::cameToDefence,
        Relations::droveOut};

    /** The trigger at token i: a lexicon phrase, else the first pattern that matches; null for none. */
    private Trie.Match<Lexicon.Trigger> triggerAt(int i, Token t) {
        if (SIGNING.contains(t)) {
            // "struck a deal", "reached an agreement": a document concluded, before the verb's other senses (no other
            // pattern starts at these verbs)
            Trie.Match<Lexicon.Trigger> signed = signedDocument(i);
            if (signed == null && nounAfterModifiers(i + 1, this::signedText) >= 0) {
                return null; // "struck a deal with Sudan": the document's own phrase ("deal with") names the other side
            }
            return signed != null ? signed : run.lex.triggers.longest(d, i, false);
        }
        if ((t.is("arms") || t.is("weapons")) && d.word(i + 1) && BUYING.contains(d.tok(i + 1)) && d.is(i + 2, "from")) {
            // "its arms purchases from Pyongyang": the seller arms the buyer
            return new Trie.Match<>(i, i + 2, new Trie.Entry<>(List.of(t.text()), BOUGHT_ARMS));
        }
        Trie.Match<Lexicon.Trigger> m = run.lex.triggers.longest(d, i, false);
        if (m == null && (t.in(PATTERN_VERBS) || t.in(REQUESTS))) {
            if (KEEPING.contains(t)) {
                return baseIn(i); // ("has", "keeps", "opened": verbs no other pattern starts at, and common ones)
            }
            // one class test first: most words open none of these patterns; then each in turn
            for (int p = 0; p < PATTERNS.length && m == null; p++) {
                m = PATTERNS[p].at(this, i);
            }
        }
        return m;
    }

    /** Is the trigger word t at i only an adjective of the noun after it ("armed groups", "the armed opposition")? */
    private boolean adjectiveOnly(int i, Token t) {
        return t.in(ADJECTIVAL) && d.tok(i + 1) != null
                && (d.tok(i + 1).in(NOUNS_AFTER_ADJECTIVE) || t.is("armed") && d.is(i + 1, "opposition"));
    }

    /**
     * Is the participle at i joined by a hyphen to a common noun before it ("a state-sanctioned umbrella", "an
     * army-backed takeover")? Such a compound describes and is no act (not "Iran-backed", with an actor, nor
     * "troop-contributing countries" or "his deputy-turned-rival", which are no participles in "-ed").
     */
    private boolean describingCompound(int i) {
        return i >= 2 && d.tok(i).key().endsWith("ed") && d.tok(i - 1).isPunct('-') && d.tok(i).joined()
                && d.word(i - 2) && !d.capitalised(i - 2) && run.at[i - 2] == null || qualifyingFirstPart(i);
    }

    /**
     * Does a participle follow the word at i, joined by a hyphen ("an arms-laden dhow", "sanctions-hit banks",
     * "war-torn")? Then the word only qualifies a noun after, and tells no act.
     */
    private boolean qualifyingFirstPart(int i) {
        if (!(d.tok(i + 1) != null && d.tok(i + 1).isPunct('-') && d.tok(i + 1).joined() && d.word(i + 2)
                && d.tok(i + 2).joined() && !d.capitalised(i + 2))) {
            return false;
        }
        String k = d.tok(i + 2).key();
        return k.endsWith("ed") || k.endsWith("en") || k.endsWith("ing") || k.equals("hit") || k.equals("torn");
    }

    /** Bodies named for sanctions, which watch them and impose none: "U.N. sanctions monitors reported". */
    private static final Words SANCTIONS_BODIES = Words.of("monitors", "committee", "experts", "panel", "inspectors",
            "team", "monitoring", "investigators");

    /** Finds the article's relations; once per instance. */
    List<Found> find() {
        keepAll(quoteCriticism());
        keepAll(mustDemands());
        keepAll(reportedMisdeeds());
        keepAll(quotedMisdeeds());
        keepAll(backedBy());
        keepAll(contributors());
        keepAll(whoseContributors());
        keepAll(ledBy());
        keepAll(troopsFrom());
        keepAll(troopProviders());
        keepAll(members());
        keepAll(alliedWith());
        tiesOfGroups();
        keepAll(atOdds());
        keepAll(underSanctions());
        keepAll(missionsAskedToEnd());
        vetoesOfDrafts();
        long patterns = PATTERN_VERBS.bit() | REQUESTS.bit();
        int previousEnd = -2;
        for (int i = 0; i < d.size(); i++) {
            if ((d.lexicons(i) & run.lex.triggers.bit()) == 0 && !d.in(i, patterns) || !d.word(i) || run.at[i] != null) {
                continue; // no trigger, no pattern verb
            }
            Token t = d.tok(i);
            Trie.Match<Lexicon.Trigger> m = triggerAt(i, t);
            if (m == null) {
                continue;
            }
            if (m.first() == m.last() && adjectiveOnly(i, t)) {
                continue; // "armed groups", "arms race", "the armed opposition": no act of arming
            }
            if (m.first() == m.last() && (describingCompound(i) || d.word(i + 1) && SANCTIONS_BODIES.contains(d.tok(i + 1))
                    && (t.is("sanctions") || t.is("sanction")))) {
                continue; // "a state-sanctioned umbrella", "army-backed government", "U.N. sanctions monitors reported"
            }
            if (d.is(m.last(), "beside") && !sideRightAfter(m.last())) {
                continue; // "fought beside the Gaza fence against Hamas": a place, no ally
            }
            if (m.first() == m.last() && SUPPLIED_GOODS.contains(t)) {
                // "Nigeria has supplied gas to Ghana": goods named, no arms, are trade
                Trie.Match<Lexicon.Trigger> goods = suppliesTo(i);
                m = goods != null ? goods : m;
            }
            if ((d.is(m.last(), "donor") || d.is(m.last(), "donors")) && possessorOfRoleNoun(m.first(), m.last()) == null
                    && !d.is(m.last() + 1, "to") && !d.is(m.last() + 1, "for") && !d.is(m.last() + 1, "of")) {
                continue; // "a donor meeting in Dhaka", "donor states", "donor support": no one's donor named
            }
            if ((t.is("ties") || t.is("relations")) && tiesCollapsed(m.last())) {
                continue; // "Nicaragua's ties with the Holy See have also collapsed": no tie now
            }
            if (m.first() == m.last() && t.is("arm") && d.is(i + 1, "of")) {
                continue; // "acting as the colonial arm of Washington": a body's arm, no arming
            }
            if (m.first() == m.last() && (t.is("struck") || t.is("strike") || t.is("strikes") || t.is("striking"))
                    && d.is(i + 1, "down")) {
                continue; // "the court struck down the agreement": a ruling, no attack
            }
            if (m.first() == m.last() && t.key().endsWith("ed") && d.word(i - 1)
                    && QUALIFYING.contains(d.tok(i - 1))
                    && d.word(i + 1) && !d.capitalised(i + 1) && run.at[i + 1] == null
                    && d.tok(i + 1).key().endsWith("s") && !d.is(i + 1, "its") && !d.is(i + 1, "his")) {
                continue; // "the other detained ministers", "the sanctioned officials": a participle that qualifies
            }
            if (m.first() == m.last() && DESCRIBING.contains(t) && d.word(i - 1) && DEGREE.contains(d.tok(i - 1))
                    && i + 1 < d.size() && (d.word(i + 1) && !d.capitalised(i + 1) && run.at[i + 1] == null && !d.in(i + 1, FUNCTION)
                    || run.at[i + 1] != null && run.at[i + 1].form() == Mention.Form.DEMONYM
                    && d.in(run.at[i + 1].last() + 1, NOUNS_AFTER_ADJECTIVE))) {
                // "heavily armed special police units", "a heavily armed Serb group": a participle that describes
                // the noun after it (not "fully backed the mission", "fully supported Qatar's efforts")
                continue;
            }
            if (m.first() == m.last() && (t.is("froze") || t.is("frozen") || t.is("freezes") || t.is("freeze")
                    || t.is("freezing"))) {
                // "had frozen any U.S. assets of General X": a sanction on the owner of the assets
                for (int k = i + 1; k + 1 < d.size() && k <= i + 5 && d.tok(k).sentence() == t.sentence(); k++) {
                    if (d.is(k, "assets") && d.is(k + 1, "of")) {
                        m = new Trie.Match<>(i, k + 1, new Trie.Entry<>(List.of(t.text()), SANCTION));
                        break;
                    }
                }
            }
            if (m.first() == m.last() && ALLIES.contains(t) && i + 1 < d.size() && run.at[i + 1] != null
                    && run.at[i + 1].first() == i + 1) {
                // "Egypt's ally Eritrea", "Russia's close ally Belarus": the owner and the one named are allies
                int p = d.tok(i - 1) != null && d.tok(i - 1).kind() == Token.Kind.POSSESSIVE ? i - 1
                        : d.word(i - 1) && !d.capitalised(i - 1) && run.at[i - 1] == null && d.tok(i - 2) != null
                        && d.tok(i - 2).kind() == Token.Kind.POSSESSIVE ? i - 2 : -1;
                Mention owner = p >= 1 ? run.at[p - 1] : null;
                if (owner != null && owner.ent() != run.at[i + 1].ent()) {
                    List<Found> allies = new ArrayList<>();
                    add(allies, owner.ent(), run.at[i + 1].ent(), m.value().category(), m.value().polarity(),
                            m.value().weight(), t.sentence(), dates.dateOf(t.sentence()));
                    keepAll(allies);
                    previousEnd = i;
                    continue;
                }
            }
            if (whoseContributorAt(i) >= 0) {
                continue; // "the coalition whose main troop contributors are X and Y" ({@link #whoseContributors})
            }
            if (unnamedAccused(i)) {
                // (and the deed after "of" or "for" is the unnamed one's too: "of arming", "of having supplied")
                i += d.is(i + 2, "having") ? 3 : 2;
                continue; // "companies in China that the bloc accuses of supplying Moscow": no side is accused
            }
            if (d.word(i) && WARS.contains(t) && !pronounOwners(ownerPronounAt(i)).isEmpty()) {
                continue; // "days after its full-scale invasion of Ukraine": its owner's act (ownedActs), not the clause's
            }
            if (noActOfItsOwn(m, t, i, previousEnd) || linksOfAThing(m)) {
                continue;
            }
            List<Found> acts = relationsFor(m);
            keepAll(acts);
            envoysWithTheirStates(acts);
            previousEnd = m.last();
            i = m.last();
        }
        keepAll(blamed());
        keepAll(quoteStances());
        keepAll(notAllowed());
        keepAll(calledTerrorists());
        keepAll(lettingThrough());
        blamesAndObstruction();
        keepAll(ourSides());
        keepAll(drafters());
        keepAll(stillInOffice());
        claimedActs();
        drawnResponses();
        listedTargets();
        countedTargetsNamedNext();
        movesAnswered();
        passiveAnswers();
        impliedCriticism();
        labelledActs();
        answeredMoves();
        ownForcesSent();
        forTheirSide();
        expelledEnvoys();
        sanctionedOfficials();
        keepAll(ownedActs());
        keepAll(joinedInAlliance());
        keepAll(switchedRecognition());
        keepAll(drillsOfAList());
        keepAll(peacekeepersOfAPeople());
        keepAll(servingContingents());
        keepAll(renewedMandates());
        return found;
    }

    /** Words that may stand between a side and "links to" or "linked to" it has: "X, which is closely linked to". */
    private static final Words LINK_LEAD = Words.of("has", "have", "had", "having", "is", "are", "was", "were", "been",
            "close", "closely", "strong", "alleged", "allegedly", "suspected", "reportedly", "long", "deep", "historic",
            "historical", "growing", "its", "their");

    /**
     * Is the trigger "links to" or "linked to" said of something that is no actor ("a cell linked to Hezbollah",
     * "detainees suspected of links to the insurgents", "hackers linked to China's ministry")? Only a side named
     * right before it ("the militia, which is linked to Iran", "Kigali has links to the M23") has the tie.
     */
    private boolean linksOfAThing(Trie.Match<Lexicon.Trigger> m) {
        int a = m.first();
        if (!d.is(a, "linked") && !d.is(a, "links")) {
            return false;
        }
        int k = a - 1;
        while (k >= 0 && d.word(k) && LINK_LEAD.contains(d.tok(k)) && run.at[k] == null && !d.in(k, RELATIVE)) {
            k--;
        }
        // a side, a relative clause about one ("the RSF, which the army says is linked to", "whose links to"), an
        // apposition after one or a report of it keep the tie; a thing right before ("a cell linked to", "suspected
        // of links to", "hackers linked to") has it alone
        return k >= 0 && run.at[k] == null && d.word(k) && !d.in(k, RELATIVE) && !d.is(k, "whose")
                && !run.speechAt(k);
    }

    /** Nouns for the soldiers of a peace operation. */
    private static final Words PEACEKEEPERS = Words.of("peacekeepers", "peacekeeper");

    /**
     * "two Nepalese peacekeepers were wounded", "its Bangladeshi peacekeepers": a people's peacekeepers are their
     * state's contribution to the peace operation named in their sentence or the two before.
     */
    private List<Found> peacekeepersOfAPeople() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(PEACEKEEPERS)) {
            peacekeepersAt(i, out);
        }
        return out;
    }

    private void peacekeepersAt(int i, List<Found> out) {
        Mention people = i >= 1 ? run.at[i - 1] : null;
        if (people == null || people.last() != i - 1 || people.form() != Mention.Form.DEMONYM || !people.ent().isState()
                || run.inQuote[i]) {
            return;
        }
        int sentence = d.tok(i).sentence();
        Ent mission = null;
        // (the operation named in the sentence or the two before: "Russian peacekeepers left Nagorno-Karabakh" in a
        // story about an EU mission are no part of it)
        for (int k = d.sentenceEnd(sentence) - 1; k >= d.sentenceStart(Math.max(0, sentence - 2)) && mission == null; k--) {
            mission = k != i && run.at[k] != null && run.at[k].ent().type == ActorType.MISSION && run.at[k].naming()
                    ? run.at[k].ent() : null; // (not the word "peacekeepers" itself, read as the mission's)
        }
        if (mission != null) {
            add(out, people.ent(), mission, "contribute", Polarity.COOPERATION, 4, sentence, dates.dateOf(sentence));
        }
    }

    private static final Words SERVING = Words.of("serve", "serves", "serving", "served");

    /**
     * "About 500 Fijian soldiers serve with UNDOF", "Nepalese troops serving in UNIFIL": a state's soldiers or police
     * who serve with or in a peace operation are the state's contribution to it.
     */
    private List<Found> servingContingents() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(SERVING)) {
            int m = d.is(i + 2, "the") ? i + 3 : i + 2;
            Mention mission = (d.is(i + 1, "with") || d.is(i + 1, "in")) && m < d.size() ? run.at[m] : null;
            // (the men's noun may be the people's mention's own last word: "Fijian soldiers", or follow it: "Kenyan
            // police officers")
            Mention men = i < 2 || !d.word(i - 1) || !STATE_MEN.contains(d.tok(i - 1)) ? null
                    : run.at[i - 1] != null ? run.at[i - 1] : run.at[i - 2];
            if (mission == null || mission.first() != m || mission.ent().type != ActorType.MISSION || !mission.naming()
                    || men == null || !men.ent().isState() || run.inQuote[i] || men.last() < i - 2) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            add(out, men.ent(), mission.ent(), "contribute", Polarity.COOPERATION, 4, sentence, dates.dateOf(sentence));
        }
        return out;
    }

    /** A state's men that serve abroad: "Fijian soldiers", "Kenyan police officers". */
    private static final Words STATE_MEN = Words.of("soldiers", "troops", "police", "officers", "peacekeepers",
            "personnel", "policemen", "gendarmes", "contingent", "battalion", "engineers", "observers");

    /** Verbs by which sides hold exercises together: "began a week of live-fire exercises", "held drills". */
    private static final Words HOLDING_DRILLS = Words.of("began", "begin", "begins", "held", "hold", "holds", "holding",
            "staged", "stage", "stages", "staging", "conducted", "conduct", "conducts", "conducting", "launched",
            "started", "completed", "wrapped");

    /** Exercises that sides hold together when named together as their subject. */
    private static final Words DRILLS = Words.of("exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers");

    /** Words that keep each side's exercises its own: "separate", "rival", "parallel". */
    private static final Words APART = Words.of("separate", "rival", "parallel", "competing", "own", "respective", "each");

    /** Is there a word that keeps the exercises apart between tokens v and i? */
    private boolean apartBetween(int v, int i) {
        for (int k = v + 1; k < i; k++) {
            if (d.word(k) && APART.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Troops from Russia, Kazakhstan, Kyrgyzstan and Tajikistan began a week of live-fire exercises", "Forces from
     * Russia and Belarus held drills": sides named together as the subject of holding exercises hold them together
     * (one side holding drills near another's border holds none with it).
     */
    private List<Found> drillsOfAList() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(DRILLS)) {
            if (run.inQuote[i] || d.is(i - 1, "joint") || run.at[i] != null) {
                continue; // ("joint exercises": the lexicon's own)
            }
            int v = i - 1;
            while (v > 0 && i - v <= 7 && d.word(v) && !d.capitalised(v) && !HOLDING_DRILLS.contains(d.tok(v))
                    && run.at[v] == null || v > 0 && d.tok(v).isPunct('-')) {
                v--; // "began a week of live-fire exercises"
            }
            if (v < 1 || !d.word(v) || !HOLDING_DRILLS.contains(d.tok(v)) || apartBetween(v, i)) {
                continue; // ("held separate military exercises", "rival drills": each its own)
            }
            List<Ent> sides = agentsBefore(v, clauseStart(v, quotes.quoteAt(v)), false);
            if (sides.size() < 2) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            eachPair(out, sides, "joint", 4, sentence, dates.dateOf(sentence));
        }
        return out;
    }

    /**
     * Do the words around the trigger match {@code m} at token i (the last match ended at {@code previousEnd}) make
     * it no act of a side ("armed groups", "sanctioned officials", "the arms of the group")? (Part of {@link #find}:
     * one method too large for C2 to inline the small calls it makes; see the README's Development section.)
     */
    private boolean noActOfItsOwn(Trie.Match<Lexicon.Trigger> m, Token t, int i, int previousEnd) {
        if (t.joined() && i >= 2 && d.tok(i - 1).isPunct('-') && d.tok(i - 1).joined() && run.at[i - 2] != null) {
            // "the US-backed SDF", "the EU-sanctioned firm": the side before the dash acts (backedBy reads the acts it
            // knows), not the clause's subject
            return true;
        }
        if (m.value().noun() && i >= 2 && (d.is(i - 1, "on") || d.is(i - 1, "over") || d.is(i - 1, "about"))
                && d.word(i - 2) && TOPICS.contains(d.tok(i - 2))) {
            return true; // "forced negotiators to soften passages on sanctions": what is spoken of, no act
        }
        if (m.value().noun() && d.is(i - 1, "for") && d.is(i - 2, "responsibility")) {
            return true; // "claims responsibility for strikes on Syria": the claim's own rule reads it (claimedActs)
        }
        if (m.first() == m.last() && d.word(i + 1) && TRAINING_PLACES.contains(d.tok(i + 1)) && !d.is(i + 2, "for")
                && (t.is("training") || t.is("aid") || t.is("support"))) {
            // "a training site in southern Lebanon", "an aid base": a place named by its use, no act (but "a training
            // centre for Ukrainian pilots" trains them)
            return true;
        }
        if (m.first() == m.last() && (d.is(i + 1, "is") || d.is(i + 1, "was")) && d.in(i + 2, NEGATIONS)
                && (d.is(i - 1, "our") || d.is(i - 1, "my") || d.is(i - 1, "its") || d.is(i - 1, "their"))) {
            return true; // "Our fight is not with China": whom one does not fight
        }
        if (m.value().category().equals("fight") && sufferedFrom(i) && !d.is(m.last(), "between")
                && !d.is(m.last() + 1, "between")) {
            return true; // "families displaced by the fighting", "affected by drought and fighting": a plight, no act
        }
        if ((m.value().category().equals("agree") || m.value().category().equals("ceasefire")) && overseenBy(i)
                && !d.is(m.last() + 1, "between")) { // (the pair "between X and Y" still made it)
            return true; // "has monitored the 2016 peace agreement with the FARC": a third party's task, no party's pact
        }
        if (m.value().noun() && coveredBy(i)) {
            return true; // "the treaty covers armed attacks on Philippine vessels": what a pact would answer
        }
        if (m.value().category().equals("reject") && deniedCharge(m.last())) {
            return true; // "rejected the accusations as baseless": a denial, no stance against the accuser
        }
        if (m.value().category().equals("agree") && agreedToTalk(m.last())) {
            return true; // "agreed on Wednesday to hold another round of talks": negotiating, no agreement yet
        }
        if (m.value().category().equals("contribute") && harmedBefore(m.first())) {
            return true; // "the rebels killed seven soldiers in an attack": the soldiers suffered it, no one sent them
        }
        if (m.value().category().equals("contribute") && m.last() > m.first() && d.is(m.last(), "to")
                && infinitiveAt(m.last() + 1)) {
            return true; // "I call on these soldiers to return to their barracks": no troops sent anywhere
        }
        if (m.value().category().equals("arm") && m.last() > m.first() && d.is(m.last(), "to")
                && (d.word(m.last() + 1) && PURPOSES.contains(d.tok(m.last() + 1))
                || NAMED_ARMS.contains(d.tok(m.first())) && !transferBefore(m.first()))) {
            // "deployed troops and drones to defend Tripoli": a purpose, not the side armed; "has lost thousands of
            // drones to Russian jamming": no arms sent to anyone
            return true;
        }
        return noActOfItsOwnLater(m, t, i, previousEnd);
    }

    /**
     * Is the mention a state's name right after token b and alone, no name or noun going on after it ("reaffirmed its
     * commitment to Tuvalu under the treaty", not "to Mozambique LNG" nor "to Taiwan reunification")?
     */
    private boolean stateAloneAfter(Mention m, int b) {
        int n = m.last() + 1;
        return m.first() == b + 1 && m.form() == Mention.Form.NAME && m.ent().isState() && !run.possessiveAfter(m)
                && !d.capitalised(n) && (!d.word(n) || d.in(n, FUNCTION) || d.in(n, PREPOSITIONS));
    }

    /** Arms whose "to" ("drones to", "shells to") arms the side after it only after a verb of sending them. */
    private static final Words NAMED_ARMS = Words.of("drones", "missiles", "rockets", "ammunition", "munitions",
            "shells", "rifles");

    /** Verbs by which arms go to a side: "sent drones to", "has sold combat drones to", "of shipping shells to". */
    private static final Words TRANSFERS_OF_ARMS = Words.of("sent", "send", "sends", "sending", "sold", "sell", "sells",
            "selling", "supplied", "supply", "supplies", "supplying", "delivered", "deliver", "delivers", "delivering",
            "shipped", "ship", "ships", "shipping", "transferred", "transfer", "transfers", "transferring", "provided",
            "provide", "provides", "providing", "flew", "flying", "flown", "smuggled", "smuggling", "exported",
            "exporting", "gave", "giving", "given", "funnelled", "funneling", "funnelling");

    /** Is a verb or noun of sending arms among the eight words before token k, in its sentence? */
    private boolean transferBefore(int k) {
        int start = d.sentenceStart(d.tok(k).sentence());
        for (int j = k - 1; j >= start && j >= k - 8; j--) {
            if (d.word(j) && (TRANSFERS_OF_ARMS.contains(d.tok(j)) || TRANSFERS.contains(d.tok(j)))) {
                return true; // (and its nouns: "approved the sale of missiles to Taiwan")
            }
        }
        return false;
    }

    /** Verbs of a purpose after "drones to", "missiles to": "sent drones to defend the capital". */
    private static final Words PURPOSES = Words.of("defend", "support", "help", "keep", "protect", "strike", "hit",
            "target", "fight", "counter", "repel", "secure", "shoot", "bolster", "back", "monitor", "patrol", "guard",
            "attack", "deter", "intercept", "destroy", "reinforce", "push", "stop", "halt", "retake");

    /** Verbs by which people come to harm: "killed seven soldiers", "wounded three peacekeepers". */
    private static final Words HARMING = Words.of("killed", "killing", "kills", "kill", "wounded", "wounding", "injured",
            "injuring", "abducted", "abducting", "kidnapped", "kidnapping", "captured", "capturing", "ambushed", "lost",
            "losing", "executed", "massacred");

    /** Does a harming verb stand before the people at token i, past a number or an adjective ("killed 12 Kenyan")? */
    private boolean harmedBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (d.word(k) && HARMING.contains(d.tok(k))) {
                return true;
            }
            if (!d.number(k) && !(d.word(k) && (d.in(k, DETERMINERS) || run.at[k] != null || !d.capitalised(k)))) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of the arms trade after "arms": "arms maker", "arms industry", "arms dealer". */
    private static final Words ARMS_TRADE = Words.of("maker", "makers", "manufacturer", "manufacturers", "producer",
            "producers", "firm", "firms", "company", "companies", "industry", "industries", "dealer", "dealers",
            "giant", "group", "exporter", "exporters", "fair", "control", "race");

    /** The rest of {@link #noActOfItsOwn}'s checks (split off for C2 like it). */
    private boolean noActOfItsOwnLater(Trie.Match<Lexicon.Trigger> m, Token t, int i, int previousEnd) {
        if (m.first() == m.last() && (t.is("recognised") || t.is("recognized")) && governmentWord(i + 1)) {
            return true; // "the internationally recognised government": a title of the government, no act
        }
        if (m.first() == m.last() && t.is("arms") && d.is(i - 1, "the") && d.is(i + 1, "of")) {
            return true; // "driving young men into the arms of the group": a figure of speech
        }
        if (m.first() == m.last() && (t.is("arms") || t.is("defence") || t.is("defense")) && d.word(i + 1)
                && ARMS_TRADE.contains(d.tok(i + 1))) {
            return true; // "Swedish arms maker Saab", "the arms industry": a trade named, no one armed
        }
        if (m.first() == m.last() && (t.is("arms") || t.is("weapons")) && (i == 0 || run.at[i - 1] == null)
                && d.word(i + 1) && !d.capitalised(i + 1)
                && (d.in(i + 1, AUXILIARIES) || d.tok(i + 1).key().endsWith("ed") || d.is(i + 1, "continue"))) {
            return true; // "arms continued to reach both sides": weapons that move, no one's act of arming
        }
        if (m.first() == m.last() && t.is("fighting") && d.word(i - 1) && GOING_ON.contains(d.tok(i - 1))
                && (!d.word(i + 1) || d.in(i + 1, PLACE_PREPOSITIONS) || d.is(i + 1, "until"))) {
            return true; // "allowing the unit to keep fighting in Arauca": fighting on, no one named as the foe
        }
        if (m.first() == m.last() && t.is("sanctioned") && d.word(i + 1) && !d.capitalised(i + 1)
                && run.at[i + 1] == null && !d.in(i + 1, FUNCTION) && d.word(i - 1) && !d.in(i - 1, AUXILIARIES)
                && run.at[i - 1] == null && !d.tok(i - 1).key().endsWith("ly")) {
            return true; // "trying to export sanctioned electronic components": goods under sanctions, no act
        }
        if (m.value().category().equals("praise") && forMediation(m.last())) {
            return true; // "thanked Oman for its patient and discreet mediation": a mediator is no side
        }
        if (REGRETTING.contains(t) && condolence(m.last())) {
            return true; // "regretted the deaths of Malian soldiers": condolence, no criticism
        }
        if (m.value().category().equals("contribute") && d.is(i - 1, "foreign")) {
            return true; // "the presence of foreign troops in those towns": troops of no one named
        }
        if (m.value().category().equals("sanction") && d.is(m.last() + 1, "over") && !d.number(m.last() + 2)) {
            return true; // "the entities the EU has sanctioned over weapons supplies to Russia": the reason, no target
        }
        if (m.first() == previousEnd + 1 && m.first() == m.last() && t.is("against")) {
            return true; // "imposed sanctions against Russia", "fought against X": the act before already has its target
        }
        if (m.value().category().equals("sanction") && m.first() == m.last() && d.word(i + 1)
                && DRAFTS.contains(d.tok(i + 1)) && draftBlockedAfter(i + 2)) {
            return true; // "a sanctions resolution on Pyongyang had been vetoed": a draft that sanctions no one
        }
        if (m.first() == m.last() && CHARGES.contains(t) && (d.is(i + 1, "that") || d.is(i + 1, "of"))
                && chargeDismissed(i)) {
            // "Kigali rejected accusations that it arms the rebels": the charge's content names whom another accused,
            // no one the one denying it accuses (but "rejected the accusations made by Kinshasa" answers Kinshasa)
            return true;
        }
        if (m.value().category().equals("deploy") && m.first() >= 2 && d.is(m.first() - 1, "the")
                && stanceBefore(m.first() - 2)) {
            return true; // "objected to the deployment of Egyptian troops": the stance's object, Egypt's act, not the subject's
        }
        return false;
    }

    /** Is there a stance verb ending at token k ("opposed", "objected to", "welcomed")? */
    private boolean stanceBefore(int k) {
        int v = d.is(k, "to") ? k - 1 : k;
        Trie.Match<Lexicon.Trigger> stance = v >= 0 && d.word(v) && !d.capitalised(v)
                && (d.lexicons(v) & run.lex.triggers.bit()) != 0 ? run.lex.triggers.longest(d, v, false) : null;
        return stance != null && stance.last() == k && STANCES_ON_MOVES.contains(stance.value().category());
    }

    /**
     * "The United States froze the assets of General X", with "sanctions on Myanmar generals": a person a side
     * sanctions does not serve that side; the one state the side sanctions is the person's, else none the
     * text gives.
     */
    private void sanctionedOfficials() {
        Set<Ent> speakers = new HashSet<>();
        for (Quotes.Found q : quotes.found()) {
            speakers.add(q.speaker()); // (one the text quotes speaks for the side; sanctions seldom speak)
        }
        for (Found f : found) {
            Ent person = f.target();
            if (f.category().equals("sanction") && person.isPerson() && person.affiliation == f.source()
                    && !speakers.contains(person)) {
                Ent state = onlyStateActedOn(f.source(), g -> g.category().equals("sanction"));
                person.affiliation = state != null ? state : person.affiliation; // (a domestic freeze changes nothing)
            }
        }
    }

    /**
     * "Honduras declared Ambassador X persona non grata" with "Honduras expelled Venezuela's envoy":
     * a person a side expels serves the one state that side expels, not the side itself.
     */
    private void expelledEnvoys() {
        for (Found f : found) {
            Ent envoy = f.target();
            Ent host = f.source();
            if (!f.category().equals("expel") || !envoy.isPerson()
                    || envoy.affiliation != null && envoy.affiliation != host) {
                continue;
            }
            // (two states expelled: which one is the envoy's is not said)
            Ent sender = onlyStateActedOn(host, g -> g.category().equals("expel"));
            if (sender == null) {
                // "declared Ambassador X persona non grata, accusing China of espionage": else the one state the
                // side acts on in the same sentence, when it acts against it
                Ent other = onlyStateActedOn(host, g -> g.sentence() == f.sentence());
                boolean against = found.stream().anyMatch(g -> g.source() == host && g.target() == other
                        && g.sentence() == f.sentence() && g.polarity() == Polarity.CONFLICT);
                sender = against ? other : null;
            }
            if (sender != null) {
                envoy.affiliation = sender;
            }
        }
    }

    /**
     * An expulsion (among the relations of one trigger) reaches both an envoy and the state the envoy serves when the
     * sentence names both: "Somalia expelled Ethiopia's ambassador, Tadesse Bekele," expels him too, and "Senegal
     * expelled Amadou Toure, Mali's ambassador," expels Mali too.
     */
    private void envoysWithTheirStates(List<Found> acts) {
        for (int a = 0; a < acts.size(); a++) {
            Found f = acts.get(a);
            if (!f.category().equals("expel")) {
                continue;
            }
            Ent t = f.target();
            if (t.isPerson() && t.affiliation != null && t.affiliation.isState() && t.affiliation != f.source()
                    && diplomat(t) && namedIn(t.affiliation, f.sentence())) {
                keep(new Found(f.source(), t.affiliation, f.category(), f.polarity(), f.weight(), f.sentence(), f.date()));
            }
            for (int k = 0; t.isState() && k < run.ents.size(); k++) {
                Ent p = run.ents.get(k);
                if (p.isPerson() && p.affiliation == t && diplomat(p) && namedIn(p, f.sentence())) {
                    keep(new Found(f.source(), p, f.category(), f.polarity(), f.weight(), f.sentence(), f.date()));
                }
            }
        }
    }

    /** Does the person hold a diplomatic post ({@link #DIPLOMATIC_POSTS}), not an office that reacts to one? */
    private static boolean diplomat(Ent p) {
        return expelledPost(p, "");
    }

    /** Is the actor named (not only by a pronoun) in the sentence? */
    private boolean namedIn(Ent e, int sentence) {
        for (Mention m : e.mentions) {
            if (m.form() != Mention.Form.PRONOUN && d.tok(m.first()).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }

    /** The one state other than the side that the side's relations so chosen reach; null for none or several. */
    private Ent onlyStateActedOn(Ent side, java.util.function.Predicate<Found> chosen) {
        Ent only = null;
        for (Found g : found) {
            if (g.source() == side && g.target().isState() && g.target() != side && chosen.test(g)) {
                if (only != null && only != g.target()) {
                    return null;
                }
                only = g.target();
            }
        }
        return only;
    }

    /** Is token i a noun for a state's government or rulers ("government", "authorities")? */
    private boolean governmentWord(int i) {
        Trie.Match<String> w = i < d.size() && d.word(i) ? run.wordsAt(i) : null;
        return w != null && w.first() == i && w.value().equals("gov");
    }

    /** What a mediator is thanked for: "for its mediation", "for hosting the talks". */
    private static final Words MEDIATION = Words.of("mediation", "mediating", "facilitation", "facilitating", "hosting",
            "good");

    /** Does "for ... mediation" follow the praised side after b ("thanked Oman for its patient mediation")? */
    private boolean forMediation(int b) {
        int k = b + 1;
        Mention m = k < d.size() ? run.at[k] : null;
        k = m != null ? m.last() + 1 : k;
        if (!d.is(k, "for")) {
            return false;
        }
        for (int j = k + 1; j <= k + 5 && d.word(j); j++) {
            if (MEDIATION.contains(d.tok(j)) && !(d.is(j, "good") && !d.is(j + 1, "offices"))) {
                return true;
            }
        }
        return false;
    }

    /** "denied that X ...", "denies that": is the clause of token a one a side denies? */
    private boolean deniedThat(int a) {
        int start = d.sentenceStart(d.tok(a).sentence());
        for (int k = a - 1; k > start && k >= a - 10; k--) {
            if (d.is(k, "that") && d.word(k - 1) && (d.is(k - 1, "denied") || d.is(k - 1, "denies") || d.is(k - 1, "deny")
                    || d.is(k - 1, "denying"))) {
                return true;
            }
            if (d.tok(k).isPunct(',') || d.tok(k).isPunct(';') || d.tok(k).kind() == Token.Kind.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /** Forms of "regret". */
    private static final Words REGRETTING = Words.of("regret", "regrets", "regretted", "regretting");

    /** What one regrets in condolence: "the deaths of", "the loss of life". */
    private static final Words LOSSES = Words.of("death", "deaths", "loss", "losses", "killing", "killings",
            "casualties", "victims", "passing");

    /** Does a loss follow the verb at b within three words ("regretted the deaths of")? */
    private boolean condolence(int b) {
        for (int k = b + 1; k <= b + 3 && d.word(k); k++) {
            if (LOSSES.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of going on before a gerund: "keep fighting", "continued fighting". */
    private static final Words GOING_ON = Words.of("keep", "keeps", "kept", "keeping", "continue", "continues",
            "continued", "continuing", "went", "go", "goes", "carried", "carry", "stop", "stopped");

    /** Verbs whose object is a person a side wants back: "to restore ousted President X", "to free him". */
    private static final Words RESTORING = Words.of("restore", "restoring", "restored", "reinstate", "reinstating",
            "reinstated", "free", "freeing", "freed", "release", "releasing", "released", "visit", "visited", "met");

    /** Words before a participle that make it qualify a noun: "the other detained ministers" (not "that"). */
    private static final Words QUALIFYING = Words.of("the", "other", "its", "their", "his", "her", "our");
    /** Participles that describe what a force has ("heavily armed"), not what a side did ("fully backed"). */
    private static final Words DESCRIBING = Words.of("armed", "equipped", "trained", "funded", "financed");
    /** Adverbs of degree that make a participle after them a description: "heavily armed", "well funded". */
    private static final Words DEGREE = Words.of("heavily", "lightly", "well", "poorly", "fully", "partly",
            "partially", "newly", "better", "best", "lavishly", "generously");

    /**
     * Verbs of going home or fighting on: "I call on these soldiers to return to their barracks", "ordered troops to
     * resume operations" send no one anywhere.
     */
    private static final Words HOMEWARD = Words.of("return", "leave", "withdraw", "retreat", "go", "stand", "lay",
            "disarm", "surrender",
            // and of fighting on: "ordered troops to resume offensive operations against the ELN" sends no one to it
            // (not "fight": "sending soldiers to fight for the M23" sends them to the M23)
            "resume", "launch", "attack", "pursue", "retake", "recapture", "advance", "intensify", "step");

    /** Does "to" before token k open a going-home infinitive ("soldiers to return"), not a place or a purpose? */
    private boolean infinitiveAt(int k) {
        return d.word(k) && !d.capitalised(k) && HOMEWARD.contains(d.tok(k));
    }

    /** Nouns that sum up the act a clause told: ", a move Ethiopia condemned". */
    private static final Words MOVES = Words.of("move", "decision", "step", "act", "action", "measure",
            "development", "deal", "agreement", "pact");

    /**
     * "Egypt and Eritrea signed a security agreement, a move Ethiopia condemned", "Niger expelled the envoy, a
     * decision that Paris called illegitimate": the side whose verb answers the move acts on the sides that
     * open the sentence and made it.
     */
    private void movesAnswered() {
        for (int k : d.withKeys(MOVES)) {
            // (and "..., the two governments said, in a deal that Azerbaijan quickly condemned")
            if (k < 2 || k + 3 >= d.size() || !d.word(k) || !(d.is(k - 1, "a") || d.is(k - 1, "the"))
                    || !(d.tok(k - 2).isPunct(',') || d.is(k - 2, "in") && d.is(k + 1, "that"))) {
                continue;
            }
            int j = k + 1 + (d.is(k + 1, "that") || d.is(k + 1, "which") ? 1 : 0);
            j += d.is(j, "the") ? 1 : 0; // "a move the European Union condemned"
            Mention who = j < d.size() ? run.at[j] : null;
            if (who == null || who.first() != j || who.form() == Mention.Form.PRONOUN) {
                continue;
            }
            int v = who.last() + 1;
            if (d.word(v) && !d.capitalised(v) && d.tok(v).key().endsWith("ly") && d.word(v + 1)) {
                v++; // "a move the US cautiously welcomed"
            }
            Trie.Match<Lexicon.Trigger> m = d.word(v) ? run.lex.triggers.longest(d, v, false) : null;
            int sentence = d.tok(k).sentence();
            List<Ent> makers = openingSubjects(sentence, k - 2);
            if (m == null || m.value().mutual() || makers.isEmpty()
                    || cueBefore(v, d.sentenceStart(sentence)) != null) {
                continue;
            }
            Lexicon.Trigger t = m.value();
            for (Ent maker : makers) {
                if (maker != who.ent() && !sameSide(who.ent(), maker)) {
                    keep(new Found(who.ent(), maker, t.category(), t.polarity(), t.weight(), sentence,
                            dates.dateOf(sentence)));
                }
            }
        }
    }

    /** Acts a sentence may open with to be answered in the passive: "The veto was criticised by X". */
    private static final Words ANSWERED_ACTS = Words.of("move", "decision", "step", "measure", "measures",
            "veto", "expulsion", "ban", "sanctions", "announcement", "order", "ruling");

    /** Answered acts that say which kind of act they were: the category of that act. */
    private static final WordMap<String> NAMED_ACTS = new WordMap<>(Map.of("veto", "veto", "expulsion", "expel",
            "sanctions", "sanction", "ban", "suspend"));

    /**
     * "Mali expelled the French ambassador. The decision was condemned by the EU and Germany": a sentence
     * that opens with the act and a response in the passive answers the sides that opened the sentence
     * before, when that sentence told an act of theirs.
     */
    private void passiveAnswers() {
        for (int s = 1; s < d.sentenceCount(); s++) {
            int k = d.sentenceStart(s);
            if (!(d.is(k, "the") || d.is(k, "this") || d.is(k, "that")) || !d.word(k + 1)
                    || !ANSWERED_ACTS.contains(d.tok(k + 1))) {
                continue;
            }
            int v = k + 2;
            v += d.is(v, "has") || d.is(v, "had") ? 1 : 0;
            if (!(d.is(v, "was") || d.is(v, "were") || d.is(v, "been"))) {
                continue;
            }
            v++;
            if (d.word(v) && d.tok(v).key().endsWith("ly") && d.word(v + 1)) {
                v++; // "was swiftly condemned by"
            }
            Trie.Match<Lexicon.Trigger> m = d.word(v) ? run.lex.triggers.longest(d, v, false) : null;
            if (m == null || m.value().mutual() || !RESPONSES.contains(m.value().category())
                    && !m.value().category().equals("praise") || !d.is(m.last() + 1, "by")) {
                continue;
            }
            int w = m.last() + 2 + (d.is(m.last() + 2, "the") ? 1 : 0);
            Mention first = w < d.size() ? run.at[w] : null;
            if (first == null || first.first() != w || first.form() == Mention.Form.PRONOUN) {
                continue;
            }
            List<Ent> makers = openingSubjects(s - 1, d.sentenceEnd(s - 1));
            int before = s - 1;
            makers.removeIf(maker -> found.stream().noneMatch(f -> f.sentence() == before && f.source() == maker));
            String act = NAMED_ACTS.get(d.tok(k + 1).key());
            if (makers.isEmpty() && act != null) {
                // "The veto was criticised by Germany" paragraphs after "Bulgaria blocked the talks": the side of
                // the latest act of that kind
                Ent maker = null;
                int latest = -1;
                for (Found f : found) {
                    if (f.sentence() < s && f.sentence() > latest && f.category().equals(act)) {
                        maker = f.source();
                        latest = f.sentence();
                    }
                }
                makers = maker == null ? List.of() : List.of(maker);
            }
            Lexicon.Trigger t = m.value();
            for (Ent who : listFrom(first, d.sentenceEnd(s))) {
                for (Ent maker : makers) {
                    if (maker != who && !sameSide(who, maker)) {
                        keep(new Found(who, maker, t.category(), t.polarity(), t.weight(), s, dates.dateOf(s)));
                    }
                }
            }
        }
    }

    /**
     * The sides that open sentence s, before token {@code end}: "Egypt and Eritrea signed ...", past the
     * dateline ("VIENNA (AP) - The board ..." has none); empty when the sentence opens otherwise.
     */
    private List<Ent> openingSubjects(int s, int end) {
        int start = d.sentenceStart(s);
        while (start < end && TextImporter.inDateline(d, start)) {
            start++; // where the story is filed is no subject
        }
        while (start < end && start > d.sentenceStart(s) && !d.word(start) && run.at[start] == null) {
            start++; // (and the dash after it: "NEW DELHI, Oct 6 - India will ...")
        }
        if (d.is(start, "the")) {
            start++;
        }
        List<Ent> out = new ArrayList<>();
        Mention first = start < end ? run.at[start] : null;
        for (int x = first == null ? end : first.first(); x < end; x++) {
            Mention m = run.at[x];
            if (m != null) {
                out.add(m.ent());
                x = m.last();
            } else if (!(d.is(x, "and") || d.tok(x).isPunct(',') || d.is(x, "the"))) {
                break; // "Egypt and Eritrea", up to the verb
            }
        }
        return out;
    }

    /** Participles that name whom a sanction lists: "those targeted", "among those designated". */
    private static final Words LISTED = Words.of("targeted", "sanctioned", "designated", "listed", "blacklisted",
            "named");

    /**
     * "The EU imposed sanctions on 14 officials ... Those targeted include Deputy Interior Minister X and Y":
     * whom the sanction lists in a sentence that opens "Those targeted include" or "Among those designated
     * were" is sanctioned by whoever imposed the sanction told in the sentences just before. Only persons
     * and bodies named in the list itself count, not those of a clause about them ("whose officers the EU
     * said ...").
     */
    private void listedTargets() {
        for (int s = 1; s < d.sentenceCount(); s++) {
            int k = d.sentenceStart(s);
            int end = d.sentenceEnd(s);
            k += d.is(k, "among") ? 1 : 0;
            // "The measures, agreed by the bloc's ministers, target X and Y": the list after the measures' verb
            int aim = measuresAim(k, end);
            boolean also = d.is(k, "also") && d.word(k + 1); // "Also blacklisted were X and Y"
            if (aim < 0 && !also && (!(d.is(k, "those") || d.is(k, "the") && d.word(k + 1)) || !d.word(k + 2))) {
                continue;
            }
            // ("Those targeted", "The officials sanctioned", "The other two companies listed")
            int p = aim >= 0 ? aim - 1 : also || d.is(k, "those") ? k + 1 : k + 2;
            for (int q = k + 2; aim < 0 && !also && d.is(k, "the") && q < end && q <= k + 4 && d.word(q)
                    && !d.capitalised(q) && run.at[q] == null && !LISTED.contains(d.tok(p)); q++) {
                p = q + 1;
            }
            if (aim < 0 && (p >= end || !LISTED.contains(d.tok(p)) || !(d.is(p + 1, "include") || d.is(p + 1, "included")
                    || d.is(p + 1, "includes") || d.is(p + 1, "were") || d.is(p + 1, "are") || d.is(p + 1, "was")
                    || d.is(p + 1, "is")))) {
                continue;
            }
            // who imposed it, with the weight of their sanction: those of the last sentence with one
            Map<Ent, Double> imposers = new java.util.LinkedHashMap<>();
            int imposedIn = -1;
            for (int f = found.size() - 1; f >= 0; f--) {
                Found x = found.get(f);
                if (x.category().equals("sanction") && x.sentence() < s && x.sentence() >= s - 5
                        && (imposedIn < 0 || imposedIn == x.sentence())) {
                    imposedIn = x.sentence();
                    imposers.putIfAbsent(x.source(), x.weight());
                }
            }
            for (int p0 = s - 1; imposers.isEmpty() && p0 >= 0 && p0 >= s - 2; p0--) {
                // "The EU imposed sanctions on 14 officials.": sanctions on no side the text names; its subject
                for (int x = d.sentenceStart(p0); x + 1 < d.sentenceEnd(p0); x++) {
                    if (d.is(x + 1, "sanctions") && (d.is(x, "imposed") || d.is(x, "announced") || d.is(x, "adopted")
                            || d.is(x, "slapped"))) {
                        openingSubjects(p0, x).forEach(e -> imposers.putIfAbsent(e, SANCTION.weight()));
                        break;
                    }
                }
            }
            boolean clause = false;
            for (int j = p + 2; j < end; j++) {
                Token t = d.tok(j);
                if (t.isPunct(',')) {
                    clause = false;
                } else if (t.isWord() && (t.in(RELATIVE) || t.is("whose"))) {
                    clause = true; // "whose officers the EU said ...": about the listed one, not the list
                }
                Mention m = run.at[j];
                if (m == null || clause || m.form() == Mention.Form.PRONOUN || m.ent().isState()) {
                    continue;
                }
                for (Map.Entry<Ent, Double> x : imposers.entrySet()) {
                    if (x.getKey() != m.ent()) {
                        keep(new Found(x.getKey(), m.ent(), SANCTION.category(), SANCTION.polarity(), x.getValue(), s,
                                dates.dateOf(s)));
                    }
                }
                j = m.last();
            }
        }
    }

    /** How many a count word says: "two shipping companies", "a senior general". */
    private static final Map<String, Integer> COUNTS = Map.of("a", 1, "an", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

    /** Nouns of people a sanction may hit, counted before they are named: "two senior figures". */
    private static final Words COUNTED_PEOPLE = Words.of("individual", "individuals", "official", "officials",
            "commander", "commanders", "figure", "figures", "leader", "leaders", "man", "men", "general", "generals",
            "officer", "officers", "executive", "executives", "businessman", "businessmen", "minister", "ministers",
            "financier", "financiers");

    /** Nouns of firms a sanction may hit, counted before they are named: "two shipping companies". */
    private static final Words COUNTED_FIRMS = Words.of("company", "companies", "firm", "firms", "entity", "entities",
            "bank", "banks", "lender", "lenders", "business", "businesses");

    /**
     * "The United States imposed sanctions on two shipping companies ... The Treasury said X, a North Korean firm,
     * and Y ...": sanctions on people or firms the sentence only counts hit those of the kind the next sentence names
     * first, as many as it counted, for every side that imposed them.
     */
    private void countedTargetsNamedNext() {
        Map<Integer, Map<Ent, Double>> imposers = new java.util.TreeMap<>();
        for (Found f : found) {
            if (f.category().equals("sanction") && !f.source().isPerson()) {
                imposers.computeIfAbsent(f.sentence(), x -> new java.util.LinkedHashMap<>())
                        .putIfAbsent(f.source(), f.weight());
            }
        }
        // "The United States imposed sanctions on two shipping companies": sanctions on no side the text names; its
        // subject (the tokens of "sanctions" only, in text order: most sentences have none)
        for (int j = d.firstWithKey("sanctions"); j >= 0; j = d.nextWithKey(j)) {
            int x = j - 1;
            int p0 = d.tok(j).sentence();
            if (x >= d.sentenceStart(p0) && !imposers.containsKey(p0)
                    && (d.is(x, "imposed") || d.is(x, "announced") || d.is(x, "slapped"))) {
                for (Ent side : openingSubjects(p0, x)) {
                    imposers.computeIfAbsent(p0, y -> new java.util.LinkedHashMap<>()).putIfAbsent(side,
                            SANCTION.weight());
                }
            }
        }
        Set<Ent> speakers = new HashSet<>();
        for (Quotes.Found q : quotes.found()) {
            speakers.add(q.speaker()); // (one the next sentence quotes is no one sanctioned: "The French ambassador said")
        }
        for (Map.Entry<Integer, Map<Ent, Double>> e : imposers.entrySet()) {
            int s = e.getKey();
            if (s + 1 >= d.sentenceCount()) {
                continue;
            }
            int people = 0;
            int firms = 0;
            for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
                Integer n = d.word(k) && !d.capitalised(k) && !run.inQuote[k] ? COUNTS.get(d.tok(k).key()) : null;
                if (n == null) {
                    continue;
                }
                // past words and the names that qualify the noun: "two senior Myanmar generals", "a Baghdad bank"
                for (int q = k + 1; q < d.sentenceEnd(s) && q <= k + 5 && d.word(q); q++) {
                    Mention m = run.at[q];
                    if (m != null && m.form() != Mention.Form.DEMONYM && !run.modifier(m)) {
                        break;
                    } else if (m != null) {
                        q = m.last();
                    } else if (d.capitalised(q)) {
                        break;
                    } else if (COUNTED_PEOPLE.contains(d.tok(q))) {
                        people += n;
                        people = namedAfter(q, s, true) ? -99 : people; // "two officials, X and Y": named here
                        break;
                    } else if (COUNTED_FIRMS.contains(d.tok(q))) {
                        firms += n;
                        firms = namedAfter(q, s, false) ? -99 : firms;
                        break;
                    }
                }
            }
            for (int k = d.sentenceStart(s + 1); (people > 0 || firms > 0) && k < d.sentenceEnd(s + 1); k++) {
                Mention m = run.at[k];
                if (m == null || !m.naming() || run.inQuote[k] || firstNamedAt(m.ent()) < d.sentenceStart(s + 1)
                        || e.getValue().containsKey(m.ent()) || speakers.contains(m.ent()) || saysAfter(m)
                        || !m.ent().isPerson() && e.getValue().containsKey(m.ent().affiliation)) {
                    continue;
                }
                boolean person = m.ent().isPerson() && people > 0;
                boolean firm = m.ent().type == ActorType.COMPANY && firms > 0;
                if (person || firm) {
                    people -= person ? 1 : 0;
                    firms -= firm ? 1 : 0;
                    for (Map.Entry<Ent, Double> x : e.getValue().entrySet()) {
                        keep(new Found(x.getKey(), m.ent(), SANCTION.category(), SANCTION.polarity(), x.getValue(), s,
                                dates.dateOf(s)));
                    }
                }
                k = m.last();
            }
        }
    }

    /** Does a reporting verb follow the mention, past an apposition ("X, a Treasury official, said")? */
    private boolean saysAfter(Mention m) {
        int k = m.last() + 1;
        if (d.tok(k) != null && d.tok(k).isPunct(',')) {
            for (k++; k < d.size() && k <= m.last() + 12 && !d.tok(k).isPunct(',') && !d.tok(k).isPunct('.'); k++) {
                // past the apposition
            }
            k++;
        }
        return d.word(k) && REPORTING.contains(d.tok(k));
    }

    /** Does the sentence name, after token k, a person (or a firm) by name? */
    private boolean namedAfter(int k, int s, boolean person) {
        for (int j = k + 1; j < d.sentenceEnd(s); j++) {
            Mention m = run.at[j];
            if (m != null && m.naming() && (person ? m.ent().isPerson() : m.ent().type == ActorType.COMPANY)) {
                return true;
            }
        }
        return false;
    }

    /** The first token at which the text names the actor (not by a pronoun). */
    private static int firstNamedAt(Ent e) {
        int first = Integer.MAX_VALUE;
        for (Mention m : e.mentions) {
            first = m.naming() ? Math.min(first, m.first()) : first;
        }
        return first;
    }

    /** Verbs that say whom a package of sanctions ({@link #MEASURE_NOUNS}) hits. */
    private static final Words AIMING = Words.of("target", "targets", "hit", "hits", "cover", "covers", "include",
            "includes", "name", "names");

    /**
     * For a sentence opening at k "The (new) measures[, agreed by ...,] target ...": the token of the verb, so
     * that the list after it is read as the sanction's targets; -1 for any other opening.
     */
    private int measuresAim(int k, int end) {
        int n = d.is(k, "the") ? k + 1 : -1;
        n = n > 0 && (d.is(n, "new") || d.is(n, "latest")) ? n + 1 : n;
        if (n < 0 || !d.word(n) || !MEASURE_NOUNS.contains(d.tok(n))) {
            return -1;
        }
        int v = n + 1;
        if (d.tok(v) != null && d.tok(v).isPunct(',')) {
            while (v < end && v <= n + 15 && !(d.tok(v).isPunct(',') && v > n + 1)) {
                v++; // past ", agreed by the bloc's foreign ministers in Luxembourg,"
            }
            v++;
        }
        return v < end && d.word(v) && AIMING.contains(d.tok(v)) ? v : -1;
    }

    /** Words of habit before a claim: "rarely claims responsibility", not a claim made. */
    private static final Words HABITUAL = Words.of("rarely", "seldom", "never", "usually", "often", "sometimes");

    /** Verbs of claiming an act: "Islamic State claimed responsibility for the attack". */
    private static final Words CLAIMING = Words.of("claimed", "claims", "claim", "claiming");

    /** What is claimed: "claimed responsibility for", "took credit for". */
    private static final Words CLAIMED = Words.of("responsibility", "credit");

    /**
     * "ADF fighters attacked a MONUSCO base ... Islamic State claimed responsibility for the attack": the
     * one who claims an act is against the side it was aimed at, the one named after "on", else the target
     * of the attack found in the sentence or the one before it, else the one named after a word of the
     * act's kind there.
     */
    private void claimedActs() {
        for (int i : d.withKeys(CLAIMED)) {
            if (i < 1 || i + 3 >= d.size() || !d.word(i - 1)
                    || !CLAIMING.contains(d.tok(i - 1)) || !d.is(i + 1, "for")) {
                continue;
            }
            int noun = i + 2;
            while (noun < d.size() && noun <= i + 5 && d.word(noun) && !ACT_GROUPS.containsKey(d.tok(noun).key())
                    && run.at[noun] == null) {
                noun++; // "for the deadly attack", "for Sunday's bombing"
            }
            if (noun >= d.size() || !d.word(noun) || !ACT_GROUPS.containsKey(d.tok(noun).key())) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            if (cueBefore(i - 1, d.sentenceStart(sentence)) != null
                    || d.word(i - 2) && HABITUAL.contains(d.tok(i - 2))) {
                continue; // "has not claimed responsibility", "rarely claims responsibility for strikes"
            }
            int end = d.sentenceEnd(sentence);
            Mention on = d.is(noun + 1, "on") || d.is(noun + 1, "against") ? headAfter(noun + 1, end) : null;
            Found act = null;
            for (int k = found.size() - 1; k >= 0 && on == null && act == null; k--) {
                Found f = found.get(k);
                if (f.sentence() <= sentence && f.sentence() >= sentence - 1 && f.polarity() == Polarity.CONFLICT
                        && f.category().equals("fight")) {
                    act = f; // (an attack just told, not an accusation or one told long before)
                }
            }
            if (on == null && act == null) {
                // "Gunmen attacked a MINUSMA convoy ... JNIM claimed responsibility for the ambush": the act
                // told before by a word of its kind, whose doer the text did not name
                String key = d.tok(noun).key();
                for (int k = i - 1; k >= d.sentenceStart(Math.max(0, sentence - 1)) && on == null; k--) {
                    if (kindredAct(k, key) || d.tok(k).is(key)) {
                        on = headAfter(k, d.sentenceEnd(d.tok(k).sentence()));
                        on = on != null && locative(on) ? null : on;
                        break;
                    }
                }
            }
            Ent target = on != null ? on.ent() : act != null ? act.target() : null;
            if (target == null) {
                continue;
            }
            for (Ent agent : agentsBefore(i - 1, d.sentenceStart(sentence), false)) {
                if (agent != target) {
                    double weight = act != null ? act.weight() : -10;
                    String date = dates.dateOf(sentence);
                    keep(new Found(agent, target, "fight", Polarity.CONFLICT, weight, sentence, date));
                }
            }
        }
    }

    /** Verbs of a move that brings others' response on its doer: "drawing a sharp protest from Beijing". */
    private static final Words DRAWING = Words.of("drew", "drawn", "drawing", "draws", "prompting", "sparking",
            "provoking", "triggering");

    /** The responses a move draws, by their category ({@link #drawnResponses}). */
    private static final WordMap<String> DRAWN_RESPONSES = new WordMap<>(Map.ofEntries(Map.entry("protest", "protest"),
            Map.entry("protests", "protest"), Map.entry("criticism", "criticise"), Map.entry("rebuke", "criticise"),
            Map.entry("rebukes", "criticise"), Map.entry("condemnation", "condemn"), Map.entry("complaints", "criticise"),
            Map.entry("objections", "protest"), Map.entry("praise", "praise")));

    /**
     * "Vanuatu signed a policing pact with Australia, drawing a swift protest from China", "the largest arms deal in
     * its history and one that drew sharp criticism from Moscow": those the response comes from (a list of them, and
     * those of a second response joined by "and": "a sharp protest from Baghdad and criticism from Tehran") respond to
     * the sentence's subject. Praise is cooperation; the rest conflict.
     */
    private void drawnResponses() {
        for (int k : d.withKeys(DRAWING)) {
            int sentence = d.tok(k).sentence();
            int end = d.sentenceEnd(sentence);
            if (run.inQuote[k] || hypothetical(k, d.sentenceStart(sentence))) {
                continue;
            }
            Ent patient = quotes.firstSubject(d.sentenceStart(sentence), k);
            for (int j = d.sentenceStart(sentence); j + 1 < k && patient != null; j++) {
                if ((d.is(j, "was") || d.is(j, "were") || d.is(j, "been")) && d.word(j + 1)
                        && (d.tok(j + 1).key().endsWith("ed") || d.tok(j + 1).key().endsWith("en"))) {
                    patient = null; // "Two U.N. peacekeepers were killed when ..., drawing condemnation": no doer named
                }
            }
            int n = k + 1;
            while (patient != null && n < end) {
                int from = n;
                while (n < end && n <= from + 3 && d.word(n) && !d.capitalised(n) && run.at[n] == null
                        && !DRAWN_RESPONSES.containsKey(d.tok(n).key())) {
                    n++; // "a sharp", "an immediate formal"
                }
                String category = d.word(n) ? DRAWN_RESPONSES.get(d.tok(n).key()) : null;
                if (category == null || !d.is(n + 1, "from")) {
                    break;
                }
                int first = d.is(n + 2, "the") ? n + 3 : n + 2;
                Mention m = first < end ? run.at[first] : null;
                if (m == null || m.first() != first || m.form() == Mention.Form.PRONOUN) {
                    break;
                }
                Polarity polarity = category.equals("praise") ? Polarity.COOPERATION : Polarity.CONFLICT;
                double weight = category.equals("praise") ? 2 : category.equals("protest") ? -3 : -2;
                List<Ent> responders = listFrom(m, end);
                for (Ent r : responders) {
                    if (r != patient && sideOf(r) != patient && sideOf(patient) != r) {
                        keep(new Found(r, patient, category, polarity, weight, sentence, dates.dateOf(sentence)));
                    }
                }
                n = m.last() + 1;
                while (n < end && (d.is(n, "and") || d.tok(n).isPunct(',')) && run.at[n + 1] != null) {
                    n = run.at[n + 1].last() + 1; // past the rest of the list
                }
                if (!d.is(n, "and")) {
                    break;
                }
                n++; // "... and criticism from Tehran"
            }
        }
    }

    /**
     * Is the actor the object of the preposition at {@code p}: only determiners and at most one other
     * lower-case word ("against the military junta", "against fighters of X") between them, not a noun
     * phrase of its own and a new clause ("against terrorism and urged Pakistan")?
     */
    private boolean objectOfPreposition(int p, Mention m) {
        int others = 0;
        for (int k = p + 1; k < m.first(); k++) {
            if (!d.word(k) || d.is(k, "and") || d.is(k, "or")) {
                return false;
            }
            if (d.is(k, "of") && others == 1) {
                continue; // "against fighters of the Islamic State": the fighters are its own
            }
            if (!d.in(k, DETERMINERS) && ++others > 1) {
                return false;
            }
        }
        return true;
    }

    /** Is the side named right before the person somewhere ("Benin's government spokesman, X"), not guessed? */
    private static boolean namedWith(Ent person, Ent side) {
        if (side == null) {
            return false;
        }
        for (Mention p : person.mentions) {
            for (Mention m : side.mentions) {
                if (p.naming() && m.naming() && m.last() < p.first() && m.last() >= p.first() - 6) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean spokesperson(Ent e) {
        for (String r : e.roles) {
            if (r.toLowerCase(java.util.Locale.ROOT).contains("spokes")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Benin's government spokesman, Sedjro Agossou, ... accused Niamey": what a person does in office
     * their state or body does too, unless the other side is that body or serves it.
     */
    private void forTheirSide() {
        for (int k = 0, n = found.size(); k < n; k++) {
            Found f = found.get(k);
            Ent person = f.source();
            Ent side = person.isPerson() && spokesperson(person) && namedWith(person, person.affiliation)
                    ? person.affiliation : null;
            if (side == null || side == f.target() || f.target().affiliation == side || side.isPerson()) {
                continue;
            }
            keep(new Found(side, f.target(), f.category(), f.polarity(), f.weight(), f.sentence(), f.date()));
        }
    }

    /** Verbs that declare someone something: "declared the envoy persona non grata". */
    private static final Words DECLARING = Words.of("declared", "declares", "declare", "declaring", "named",
            "deemed");

    /** Nouns for what one side is to another: the possessor before them is the other side. */
    private static final Words ROLE_NOUNS = Words.of("supplier", "suppliers", "ally", "allies",
            "rival", "rivals", "foe", "foes", "enemy", "enemies", "partner", "partners", "backer", "backers", "sponsor",
            "sponsors", "guarantor", "guarantors", "donor", "donors");

    /** "Israel's main arms supplier", "the junta's main suppliers of jets": Israel, the junta. */
    private Mention possessorOfRoleNoun(int a, int b) {
        if (!ROLE_NOUNS.contains(d.tok(b))) {
            return null;
        }
        int k = a - 1;
        for (int n = 0; n < 2 && k > 0 && d.tok(k).isWord() && (!d.tok(k).capitalised() || d.is(k, "western"))
                && run.at[k] == null; n++) {
            k--; // "main", "closest", "biggest"; "its strongest Western backer"
        }
        if (k < 1 || d.tok(k).kind() != Token.Kind.POSSESSIVE || run.at[k - 1] == null) {
            return null;
        }
        Mention owner = run.at[k - 1];
        // the phrase says what the subject is: in apposition ("Turkey, Azerbaijan's closest ally,") or after a copula
        // ("is Israel's main arms supplier", "remains one of Burkina Faso's largest donors"), not as the object of
        // another verb ("Russia accused Ukraine's Western backers of ...")
        int p = owner.first() - 1;
        p -= d.is(p, "the") ? 1 : 0; // "The United States, the Philippines' treaty ally,"
        if (d.is(p, "of") && (d.is(p - 1, "one") || d.is(p - 1, "another"))) {
            p -= 2; // "one of Burkina Faso's largest donors", "another of Taiwan's few remaining partners"
        } else if (d.is(p, "among")) {
            p--;
        }
        for (int n = 0; n < 2 && d.word(p) && STANDING.contains(d.tok(p)); n++) {
            p--; // "Russia, long Armenia's main security partner,", "Turkey, considered Azerbaijan's closest ally,"
        }
        return d.tok(p) != null && (d.tok(p).isPunct(',') || d.word(p) && COPULAS.contains(d.tok(p))) ? owner : null;
    }

    /** Adverbs of a standing relation between a side and its role noun (not "once", which puts it in the past). */
    private static final Words STANDING = Words.of("long", "also", "still", "now", "traditionally", "historically",
            "increasingly", "considered", "seen", "regarded", "widely", "by", "far", "arguably", "perhaps");

    /**
     * The closing comma of an apposition of a few words right after token end (", a Virginia-based drone maker,",
     * ", the bloc's current chair,"), else end: a description between an actor and what is done to it.
     */
    private int pastApposition(int end) {
        if (!d.is(end + 1, ",") || !(d.is(end + 2, "a") || d.is(end + 2, "an") || d.is(end + 2, "the"))) {
            return end;
        }
        for (int k = end + 3; k < d.size() && k <= end + 10; k++) {
            if (d.is(k, ",")) {
                return k;
            }
            boolean plain = d.word(k) && !d.is(k, "who") && !d.is(k, "which") && !d.is(k, "that") && run.at[k] == null
                    || d.number(k) || d.tok(k).isPunct('-') || d.tok(k).kind() == Token.Kind.POSSESSIVE;
            if (!plain) {
                return end;
            }
        }
        return end;
    }

    /**
     * Does the safety, security, protection, release or access of someone follow token k within five words ("to
     * guarantee the safety of the mission's personnel", "to ensure unimpeded and safe humanitarian access")? Asking for that of a side is a demand on it; asking
     * an ally to "ensure funding" or "guarantee Ukraine's security" is not.
     */
    private boolean safetyAfter(int k) {
        for (int j = k + 1; j <= k + 5 && d.word(j); j++) {
            if (d.is(j, "safety") || d.is(j, "protection") || d.is(j, "access") || d.is(j, "passage")
                    || d.is(j, "safe") || d.is(j, "release") || d.is(j, "security") && d.is(j + 1, "of")) {
                return true; // (also "the security of aid workers", "the safe return of", "unimpeded humanitarian access")
            }
        }
        return false;
    }

    /** Verbs that say what the subject is: "X is Y's ally", "X remains Y's largest donor", "X, as Y's backer". */
    private static final Words COPULAS = Words.of("is", "was", "are", "were", "be", "been", "being", "remains",
            "remained", "remain", "became", "becomes", "become", "as", "stays", "stayed");

    private static final Lexicon.Trigger DEMAND = new Lexicon.Trigger("demand", Polarity.CONFLICT, -5, false, false, false, false);
    private static final Lexicon.Trigger APPEAL = new Lexicon.Trigger("appeal", Polarity.COOPERATION, 3, false, false, false,
            false);

    /** Is the body a council, a court or an assembly, which sides petition ("asked the Security Council to meet")? */
    private static boolean forum(Ent body) {
        String name = body.name.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith("council") || name.endsWith("court") || name.endsWith("assembly")
                || body.aliases.stream().anyMatch(a -> a.contains("Court") || a.endsWith("Council"));
    }

    /** Verbs of asking a side, not pressing it: "asked the OAS to hold a meeting", "requested SADC to send troops". */
    private static final Words ASKING = Words.of("ask", "asks", "asked", "asking", "request", "requests", "requested",
            "requesting", "invite", "invites", "invited", "inviting");
    private static final Lexicon.Trigger SANCTION = new Lexicon.Trigger("sanction", Polarity.CONFLICT, -8, false, false, false,
            false);
    /**
     * What one is urged to stop, undo or submit to: "urged Beijing to halt", "called on Kigali to
     * withdraw", "urged the M23 to return the vehicles", "called on the junta to respect the ruling".
     */
    private static final Words CEASING = Words.of("stop", "halt", "end", "cease", "withdraw", "leave", "release",
            "reverse", "refrain", "lift", "abandon", "pull", "desist", "free", "return", "respect", "comply", "disarm",
            "retreat", "vacate", "surrender", "dismantle", "relinquish", "restore", "honour", "honor", "abide", "hand",
            "open", "allow", "reconsider", "rethink", "revoke", "rescind", "cancel", "drop", "suspend");

    /** Verbs that end or shrink a mission: "to terminate its mission", "to reduce its troop numbers". */
    private static final Words ENDING_A_MISSION = Words.of("end", "terminate", "close", "shut", "wind", "reduce", "cut",
            "shrink", "downsize", "scale", "replace", "halve", "renew", "extend");

    /** Verbs that hasten a going away named by its noun: "to accelerate the withdrawal of", "to speed up". */
    private static final Words HASTENING = Words.of("accelerate", "speed", "hasten", "expedite", "complete", "begin",
            "start", "plan");

    /** Nouns of a mission's going away: "the withdrawal of MONUSCO", "the drawdown of the mission". */
    private static final Words DEPARTURES = Words.of("withdrawal", "drawdown", "departure", "exit", "pull-out", "pullout",
            "closure", "termination", "end");

    /** Verbs of asking or pressing a side to do something: "asked", "urged", "called on", "pressed". */
    private static final Words ASKING_TO = Words.union(ASKING, Words.of("urge", "urges", "urged", "urging", "press",
            "presses", "pressed", "pressing", "on"));

    /**
     * For the "to" at k of an infinitive that ends, shrinks or does not renew a mission ("to terminate its political
     * mission in the country, UNITAMS", "not to renew the mandate of SAMIM", "to accelerate the withdrawal of
     * MONUSCO", "to reduce its troop numbers" said of the mission asked): the mission, or null.
     */
    private Mention missionEndedAfter(int k, Mention asked) {
        boolean not = d.is(k - 1, "not") || d.is(k + 1, "not");
        int v = d.is(k + 1, "not") ? k + 2 : k + 1;
        if (!d.word(v) || d.capitalised(v)) {
            return null;
        }
        Token verb = d.tok(v);
        boolean ending = ENDING_A_MISSION.contains(verb) && (not || !(verb.is("renew") || verb.is("extend")));
        if (!ending && HASTENING.contains(verb)) {
            int n = d.is(v + 1, "up") ? v + 2 : v + 1;
            n = d.is(n, "the") || d.is(n, "its") ? n + 1 : n;
            ending = d.word(n) && DEPARTURES.contains(d.tok(n));
        }
        if (!ending) {
            return null;
        }
        if (asked.ent().type == ActorType.MISSION && !(verb.is("renew") || verb.is("extend"))) {
            return asked; // "asked the UN mission, UNMISS, to reduce its troop numbers": the mission itself
        }
        for (int j = v + 1; j < d.size() && j <= v + 12; j++) {
            Mention m = run.at[j];
            Mention named = m != null && d.tok(m.last() + 1) != null && d.tok(m.last() + 1).isPunct(',')
                    && m.last() + 2 < d.size() ? run.at[m.last() + 2] : null;
            if (named != null && named.ent().type == ActorType.MISSION && named.form() == Mention.Form.NAME) {
                return named; // "its peacekeeping mission, ATMIS,": the name the description is given
            }
            if (m != null && m.ent().type == ActorType.MISSION && m.form() != Mention.Form.PRONOUN) {
                return m;
            }
            if (d.tok(j).isPunct('.') || d.tok(j).isPunct(';') || d.tok(j).kind() == Token.Kind.QUOTE
                    || d.is(j, "and") || d.is(j, "but") || d.is(j, "from")) {
                return null; // (not "to end its attacks from positions around the base": a place)
            }
        }
        return null;
    }

    /**
     * "The DRC asked the Security Council to accelerate the withdrawal of MONUSCO", "Sudan asked the United Nations
     * to terminate its political mission, UNITAMS", "called on the Council not to renew the mandate of SAMIM": the
     * one asking demands the mission's end, a stand against the mission (not an appeal to the body asked).
     */
    private List<Found> missionsAskedToEnd() {
        List<Found> out = new ArrayList<>();
        if (run.ents.stream().noneMatch(e -> e.type == ActorType.MISSION)) {
            return out; // (most texts name no mission)
        }
        for (int k = d.firstWithKey("to"); k >= 0; k = d.nextWithKey(k)) {
            int e = d.is(k - 1, "not") ? k - 2 : k - 1;
            e = e >= 1 && d.tok(e).isPunct(',') ? e - 1 : e; // "asked the U.N. mission in the country, UNMISS, to"
            if (e >= 2 && d.is(e - 1, "on") && d.capitalised(e) && run.at[e] == null) {
                e -= 2; // "asked the Security Council on Tuesday to"
            }
            Mention asked = e >= 0 ? run.at[e] : null;
            if (asked == null || asked.form() == Mention.Form.PRONOUN || asked.ent().isPerson() || run.inQuote[k]) {
                continue;
            }
            Mention mission = missionEndedAfter(k, asked);
            int v = askingVerbBefore(asked);
            if (mission == null || v < 0) {
                continue;
            }
            int sentence = d.tok(k).sentence();
            Quotes.Found quote = quotes.quoteAt(v);
            int from = clauseStart(v, quote);
            Act act = act(DEMAND, v, v, from, clauseEnd(v, quote));
            if (act == null) {
                continue;
            }
            for (Ent asker : agentsBefore(v, from, false)) {
                if (asker != mission.ent()) {
                    add(out, asker, mission.ent(), act.category(), act.polarity(), act.weight(), sentence,
                            dates.dateOf(sentence));
                }
            }
        }
        return out;
    }

    /**
     * The verb of asking before the side asked, whose mention is m, past its words ("asked the U.N. mission in the
     * country, UNMISS,", "called on the Security Council"), within eight tokens of its sentence; -1 for none.
     */
    private int askingVerbBefore(Mention m) {
        int start = d.sentenceStart(d.tok(m.first()).sentence());
        for (int j = m.first() - 1; j >= start && j >= m.first() - 8; j--) {
            if (d.word(j) && ASKING_TO.contains(d.tok(j))) {
                boolean on = d.is(j, "on");
                return !on || d.is(j - 1, "called") || d.is(j - 1, "calls") || d.is(j - 1, "call")
                        || d.is(j - 1, "calling") ? (on ? j - 1 : j) : -1;
            }
            if (d.tok(j).isPunct('.') || d.tok(j).isPunct(';') || d.tok(j).kind() == Token.Kind.QUOTE
                    || run.at[j] != null && run.at[j].ent() != m.ent() && !run.modifier(run.at[j])
                    && !(m.ent().type == ActorType.MISSION && (run.at[j].ent().type == ActorType.IGO
                    || run.at[j].ent().type == ActorType.MISSION && run.at[j].form() != Mention.Form.NAME))) {
                // (a body or a description before a mission's name only leads to it: "the U.N. mission in the
                // country, UNMISS")
                return -1;
            }
        }
        return -1;
    }

    /** Verbs of starting: "asked the mission to begin withdrawing". */
    private static final Words STARTING = Words.of("begin", "start", "commence");

    /**
     * Verbs of leaving, and their forms after a verb of starting: "asked the AU mission to leave", "to begin
     * withdrawing" (asking even a body to go is a demand on it).
     */
    private static final Words GOING_AWAY = Words.of("withdraw", "leave", "vacate", "quit", "depart", "withdrawing",
            "leaving", "pulling", "vacating", "departing");

    /** "asked MONUSCO to begin withdrawing its troops": what it is to start is what counts; else n2. */
    private Token pastStarting(int end, Token n2) {
        return d.word(end + 2) && STARTING.contains(n2) && d.word(end + 3) && GOING_AWAY.contains(d.tok(end + 3))
                ? d.tok(end + 3) : n2;
    }

    /**
     * Is what the side m is asked to do (n2) a demand on it: to stop, undo, submit or go (asking a court or council to
     * stop something is a petition, not a demand on it; asking it to undo its own decision, or to go, is)?
     */
    private static boolean demandedOf(Mention m, Token n2, boolean more) {
        return (CEASING.contains(n2) || GOING_AWAY.contains(n2) || more)
                && (m.ent().type != ActorType.IGO || UNDOING.contains(n2) || GOING_AWAY.contains(n2));
    }

    /** The mention a body only qualifies ("the UN peacekeeping mission MONUSCO": the mission's), else m itself. */
    private Mention pastQualifier(Mention m) {
        int named = run.modifier(m) ? m.last() + 1 : -1;
        while (named > 0 && named < d.size() && named <= m.last() + 3 && run.at[named] == null && d.word(named)
                && !d.capitalised(named)) {
            named++;
        }
        return named > 0 && named < d.size() && run.at[named] != null && run.at[named].first() == named ? run.at[named] : m;
    }

    /** The last token of a description and the name right after it ("the peacekeeping mission MONUSCO"). */
    private int nameEnd(Mention m) {
        int end = m.last();
        while (m.form() != Mention.Form.DEMONYM && end + 1 < d.size() && run.at[end + 1] != null
                && run.at[end + 1] != m && run.at[end + 1].ent() == m.ent()) {
            end = run.at[end + 1].last();
        }
        return end;
    }

    /** What two sides are asked together in a call for calm: "urged Belgrade and Pristina to refrain from". */
    private static final Words RESTRAINING = Words.of("refrain", "desist", "exercise", "show", "avoid", "de-escalate");

    /** Does a pair's noun at k ("both groups") come before what they are urged to stop: "both groups to withdraw"? */
    private boolean bothGroupsUrged(int k) {
        int pairAt = pairNoun(k);
        return pairAt >= 0 && GROUP_PAIR_NOUNS.contains(d.tok(pairAt)) && d.is(pairAt + 1, "to") && d.word(pairAt + 2)
                && CEASING.contains(d.tok(pairAt + 2));
    }

    /** Is a list of sides asked (first to end) asked to keep calm: "to refrain", "to exercise restraint"? */
    private boolean calledToCalm(int first, int end) {
        return end > first && d.is(end + 1, "to") && d.word(end + 2) && RESTRAINING.contains(d.tok(end + 2));
    }

    /** What a body is asked to undo of its own: "called on Brussels to reverse it", "urged the bloc to rescind". */
    private static final Words UNDOING = Words.of("reverse", "revoke", "rescind", "reconsider", "rethink", "cancel");

    /**
     * The verbs {@link #verbActorParticle} starts at, by what they do. (Sets, not a row of {@code Token.is} tests:
     * each of those costs C2 some 200 bytes of its inlining budget, and thirty of them spent it all.)
     */
    private static final Words WANTING = Words.of("want", "wants", "wanted");
    private static final Words PLACING = Words.of("placed", "put", "places", "puts");
    private static final Words LISTING_AGAIN = Words.of("added", "adds", "adding", "returned", "returns", "relisted",
            "restored");
    private static final Words DENYING = Words.of("deny", "denies", "denied", "denying");
    private static final Words GIVEN = Words.of("given", "gave", "gives");
    /** Verbs that give a side help named after it: "offered Somalia military help", "provided Chad with training". */
    private static final Words OFFERING = Words.of("gave", "gives", "give", "giving", "offered", "offers", "offer",
            "offering", "promised", "promises", "provide", "provided", "provides", "providing", "sent", "sends");
    /** Help a side is given: "offered Somalia military help". */
    private static final Words HELP_GIVEN = Words.of("help", "aid", "assistance", "support", "training", "funding",
            "backing", "loans", "grants");
    private static final Words LISTS = Words.of("lists", "listed", "listing");
    private static final Words DESIGNATING = Words.of("designated", "designates", "designating", "declared",
            "redesignated", "redesignates", "declares", "branded", "brands", "labelled", "labeled");

    /**
     * A verb, an actor, then what makes the act: "urged Beijing to halt ..." (a demand on Beijing),
     * "placed Vukosav under sanctions", "designated X a terrorist organisation" (a sanction). The verb is the
     * trigger; the actor its target.
     */
    private Trie.Match<Lexicon.Trigger> verbActorParticle(int i) {
        Token t = d.tok(i);
        boolean request = t.in(REQUESTS) && !WANTING.contains(t);
        boolean placed = PLACING.contains(t);
        // "returned Cuba to its list of state sponsors of terrorism", "added the group to its terrorist list"
        boolean listed = placed || LISTING_AGAIN.contains(t);
        // "continues to deny EUMM monitors access to the region", "denied the observers entry"
        boolean denied = DENYING.contains(t);
        // "which has given Kyiv more than $17 billion in military aid"
        boolean giving = GIVEN.contains(t);
        // "offered Somalia military help", "provided Chad with training"
        boolean offering = OFFERING.contains(t);
        boolean list = LISTS.contains(t);
        boolean designated = DESIGNATING.contains(t) || list && asAfterActor(i); // "lists the ELN as a ..."
        if (!request && !listed && !designated && !denied && !giving && !offering) {
            return null;
        }
        int k = i + 1;
        if (designated && d.is(k, "as") && i >= 3 && d.tok(i - 1) != null && run.at[i - 1] != null
                && relativeAntecedent(i - 1) != null) {
            // "the Houthis, whom the United States designated as a terrorist organisation": the antecedent
            for (int k2 = k + 1; k2 < d.size() && k2 <= k + 5 && d.word(k2); k2++) {
                if (d.is(k2, "terrorist") || d.is(k2, "terror")) {
                    return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SANCTION));
                }
            }
        }
        if (request && d.tok(k) != null && d.tok(k).is("on")) {
            k++; // "called on Kigali to"
        }
        if (d.tok(k) != null && d.tok(k).is("the")) {
            k++;
        }
        Mention m = k < d.size() ? run.at[k] : null;
        if (request && m == null && bothGroupsUrged(k)) {
            // "urged both groups to withdraw their fighters": a demand on the two sides the words stand for
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), DEMAND));
        }
        if (m == null || m.first() != k || m.form() == Mention.Form.PRONOUN || d.tok(m.last()).sentence() != t.sentence()) {
            return null;
        }
        m = pastQualifier(m);
        int end = nameEnd(m);
        // "called on the Russian border guards to release": the nouns after a demonym go with it
        while (request && m.form() == Mention.Form.DEMONYM && end < m.last() + 2 && d.word(end + 1)
                && !d.capitalised(end + 1) && run.at[end + 1] == null && !d.is(end + 1, "to")) {
            end++;
        }
        // "urged Pakistan and Iran to suspend ...": a list of the ones asked
        int first = end;
        while (request && (d.is(end + 1, "and") || d.is(end + 1, ","))) {
            int next = end + 2 + (d.is(end + 2, "the") ? 1 : 0); // ("urged Israel and the Palestinian Authority to")
            Mention asked = next < d.size() ? run.at[next] : null;
            if (asked == null || asked.first() != next || asked.form() == Mention.Form.PRONOUN) {
                break;
            }
            end = asked.last();
        }
        end = pastApposition(end); // "put Arcturus Defense Systems, a Virginia-based drone maker, on its list"
        Token n1 = d.tok(end + 1);
        Token n2 = d.tok(end + 2);
        if (n1 == null || n2 == null) {
            return null;
        }
        if (request && n1.is("to") && n2.kind() == Token.Kind.QUOTE && d.tok(end + 3) != null) {
            n2 = d.tok(end + 3); // 'urged Conakry to "restore the signal without delay"': the quote opens on the verb
        }
        n2 = request && n1.is("to") ? pastStarting(end, n2) : n2;
        boolean more = n2.is("do") && d.is(end + 3, "more"); // "called on Abuja to do more to secure ..."
        more |= (n2.is("guarantee") || n2.is("ensure")) && safetyAfter(n2.index()); // "to guarantee the safety of"
        if (request && calledToCalm(first, end)) {
            return null; // "I call on Belgrade and Pristina to refrain from any rhetoric": a call for calm, no demand
        }
        if (request && n1.is("to") && demandedOf(m, n2, more)) {
            // ("called on Brussels to reverse it", "asked MONUSCO to begin withdrawing")
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), DEMAND));
        }
        if (request && ASKING.contains(t) && n1.is("to") && d.word(end + 2) && !d.capitalised(end + 2)
                && !CEASING.contains(n2) && !more && (m.ent().type == ActorType.IGO || m.ent().type == ActorType.MISSION)
                && !forum(m.ent()) && missionEndedAfter(end + 1, m) == null) { // (missionsAskedToEnd)
            // "Ecuador asked the Organization of American States to hold an urgent meeting", "Comoros asked SADC to send
            // troops": an appeal to a body for its help (what one is asked to stop is a demand, above; a council or a
            // court asked to meet or rule is petitioned, no partner; a state asked to change its ways is pressed)
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), APPEAL));
        }
        if (designated) {
            // "designated Viv Ansanm a foreign terrorist organization", "designated Los Lobos and several other gangs
            // as terrorist organisations" (and a list's words lead straight to the label: not "listed Mali as a victim
            // of terrorist groups")
            for (int k2 = end + 1; k2 < d.size() && k2 <= end + 8 && d.word(k2); k2++) {
                if (d.is(k2, "terrorist") || d.is(k2, "terror")) {
                    return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SANCTION));
                }
                if (list && !LABEL_LEADS.contains(d.tok(k2))) {
                    break;
                }
            }
            return null;
        }
        if (placed && n1.is("under") && (n2.is("sanctions") || n2.is("sanction") || n2.is("embargo")
                || n2.is("an") && d.tok(end + 3) != null && d.tok(end + 3).is("embargo"))) {
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SANCTION));
        }
        if (listed && n1.is("back") && (n2.is("on") || n2.is("to")) && blacklistAt(end + 3)
                || listed && (n1.is("on") || n1.is("to")) && blacklistAt(end + 2)
                || listed && (n1.is("and") || n1.isPunct(',')) && listedWithOthers(end + 1)) {
            // ("put Rosneft back on its list of blocked entities", "added X and two generals to its sanctions list")
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SANCTION));
        }
        for (int k2 = end + 1; giving && k2 < d.size() && k2 <= end + 5 && !d.tok(k2).isPunct(','); k2++) {
            if (d.word(k2) && CURRENCY.contains(d.tok(k2)) && !m.ent().isPerson()) {
                return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SENT)); // a sum given to the side
            }
        }
        if (offering && helpAfter(m, end)) {
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SUPPLIED));
        }
        if (denied && d.tok(end + 1).isPunct('(') && d.tok(end + 3) != null && d.tok(end + 3).isPunct(')')) {
            end += 3; // "the EU Monitoring Mission (EUMM) access"
        }
        for (int k2 = end + 1; denied && k2 < d.size() && k2 <= end + 3 && d.word(k2) && !d.capitalised(k2); k2++) {
            if (d.is(k2, "access") || d.is(k2, "entry")) {
                return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), DENIED));
            }
            if (d.in(k2, FUNCTION)) {
                break;
            }
        }
        return null;
    }

    /**
     * Does help a side is given ({@link #HELP_GIVEN}) follow the side m, ending at token end, within three lower-case
     * words ("Somalia military help", "Chad with more training"), the side being no person nor a people?
     */
    private boolean helpAfter(Mention m, int end) {
        if (m.ent().isPerson() || m.form() == Mention.Form.DEMONYM) {
            return false;
        }
        int k = d.is(end + 1, "with") ? end + 2 : end + 1;
        for (int last = k + 2; k <= last && d.word(k) && !d.capitalised(k) && run.at[k] == null; k++) {
            if (HELP_GIVEN.containsAt(d, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... and two generals to its sanctions list", ", Y and Z to its terrorist list": from the list's "and" or comma at
     * k, the rest of the list (a few words) and then "to" or "on" a blacklist ({@link #blacklistAt}).
     */
    private boolean listedWithOthers(int k) {
        for (int j = k + 1; j < d.size() && j <= k + 8; j++) {
            if (d.is(j, "to") || d.is(j, "on")) {
                return blacklistAt(j + 1);
            }
            if (!d.word(j) && !d.number(j) && !d.tok(j).isPunct(',') || d.in(j, SUBORDINATORS)) {
                return false;
            }
        }
        return false;
    }

    private static final Lexicon.Trigger DENIED = new Lexicon.Trigger("reject", Polarity.CONFLICT, -4, false, false,
            false, false);

    /**
     * "its list of state sponsors of terrorism", "the terrorist list", "a sanctions blacklist" from token k: a list
     * of those a side punishes, within a few words.
     */
    private boolean blacklistAt(int k) {
        boolean punishing = false;
        for (int j = k; j < d.size() && j <= k + 7 && d.word(j); j++) {
            punishing |= LISTED_FOR.contains(d.tok(j));
            if (d.is(j, "blacklist") || d.is(j, "blacklists")) {
                return true;
            }
            if ((d.is(j, "list") || d.is(j, "lists")) && (punishing || d.is(j + 1, "of") && d.word(j + 2)
                    && LISTED_FOR.contains(d.tok(j + 2)))) {
                return true;
            }
            if (punishing && (d.is(j, "sponsors") || d.is(j, "organisations") || d.is(j, "organizations"))) {
                return true;
            }
        }
        return false;
    }

    private static final Words LISTED_FOR = Words.of("terrorist", "terror", "terrorism", "sanctions", "sanctioned",
            "sponsors", "black", "entity", "watch", "banned", "proscribed", "blocked");

    private static final Lexicon.Trigger SENT = new Lexicon.Trigger("contribute", Polarity.COOPERATION, 4, false, false,
            false, false);
    /** Weapons or help given to the subject by the side named after "by": "was promised four batteries by X". */
    private static final Lexicon.Trigger ARMED_BY = new Lexicon.Trigger("arm", Polarity.COOPERATION, 5, false, false,
            false, true);
    private static final Lexicon.Trigger HELPED_BY = new Lexicon.Trigger("aid", Polarity.COOPERATION, 5, false, false,
            false, true);
    private static final Lexicon.Trigger ARMING = new Lexicon.Trigger("arm", Polarity.COOPERATION, 5, false, false,
            false, false);

    /** What a state sends to help another: forces, trainers, arms, supplies, or help ("offered military help to"). */
    private static final Words SENT_THINGS = Words.of("troops", "soldiers", "instructors", "advisers", "advisors",
            "trainers", "equipment", "weapons", "arms", "ammunition", "personnel", "peacekeepers", "reinforcements",
            "jets", "drones", "warships", "frigates", "officers", "police", "mercenaries", "fighters", "helicopters",
            "aircraft", "tanks", "missiles", "vehicles", "battalion", "battalions", "contingent", "units", "help", "team",
            "teams",
            // "sent special forces to Juba"
            "forces", "commandos", "marines", "paratroopers", "brigade");

    private static final Lexicon.Trigger SUPPLIED = new Lexicon.Trigger("aid", Polarity.COOPERATION, 3, false, false,
            false, false);

    /** Goods a side sends another: "sent fuel convoys to Mali", "delivered petroleum products to Mali". */
    private static final Words GOODS = Words.of("fuel", "food", "supplies", "convoys", "shipments", "medicine",
            "medicines", "grain", "wheat", "vaccines", "tents", "generators", "products", "electricity", "gas", "oil",
            "relief", "humanitarian");

    /** Money given to help: "a 250 million euro package to help Moldova", "pledged $5 million to Sudan". */
    private static final Words FUNDS = Words.of("package", "aid", "loan", "loans", "grant", "grants", "funding",
            "funds", "assistance", "euros", "dollars", "million", "billion");

    /** A sum of money: "$60 million", "100 million euros". */
    private static final Words CURRENCY = Words.of("million", "billion", "euros", "dollars");

    /** Verbs of help after "to": "sent drones to support Burkinabe troops" is sending to them. */
    private static final Words HELPING = Words.of("support", "help", "assist", "back", "reinforce", "bolster", "aid");

    /** The verbs {@link #sentTo} starts at, by what they do (sets, as for {@link #verbActorParticle}). */
    private static final Words SELLING = Words.of("smuggled", "smuggling", "smuggles", "shipped", "delivered",
            "delivering", "delivers", "deliver", "sold", "sells", "selling", "sell");
    private static final Words ANNOUNCING = Words.of("announced", "announces", "approved", "approves", "unveiled",
            "unveils", "granted", "grants");
    private static final Words SENDING = Words.of("sent", "sends", "sending", "send", "dispatched", "dispatches", "pledged",
            "pledges", "promised", "offered", "provided");

    /**
     * "sent military instructors and equipment to the alliance": a verb of sending, then within the
     * clause what is sent, then "to" and the one it goes to; the verb is the trigger.
     */
    private Trie.Match<Lexicon.Trigger> sentTo(int i) {
        Token t = d.tok(i);
        boolean smuggle = SELLING.contains(t); // ("sold armed drones to")
        // "announced a package to help Moldova": only with money, and only to help
        boolean announced = ANNOUNCING.contains(t);
        // "gave 100 million euros to Lebanon": giving, with money only
        boolean gave = GIVEN.contains(t);
        if (!(SENDING.contains(t) || smuggle || announced || gave)) {
            return null;
        }
        if ((d.is(i - 1, "was") || d.is(i - 1, "were") || d.is(i - 1, "been") || d.is(i - 1, "being"))
                && !t.key().endsWith("ing")) {
            // "Ukraine was promised four Patriot batteries by Germany": the giver after "by" helps the subject
            boolean arms = false;
            boolean help = false;
            for (int k = i + 1; k + 1 < d.size() && k <= i + 10 && (d.word(k) || d.number(k)); k++) {
                if (d.is(k, "by") && (arms || help) && (run.at[k + 1] != null
                        || d.is(k + 1, "the") && k + 2 < d.size() && run.at[k + 2] != null)) {
                    return new Trie.Match<>(i, k, new Trie.Entry<>(List.of(t.text()), arms ? ARMED_BY : HELPED_BY));
                }
                if (run.at[k] != null) {
                    return null;
                }
                arms |= WEAPONS.contains(d.tok(k));
                help |= SENT_THINGS.contains(d.tok(k)) || FUNDS.contains(d.tok(k));
            }
            return null;
        }
        Mention buyer = smuggle && i + 1 < d.size() ? run.at[i + 1] : null;
        if (buyer != null && buyer.first() == i + 1 && !buyer.ent().isPerson() && buyer.form() != Mention.Form.PRONOUN
                && buyer.form() != Mention.Form.DEMONYM) {
            // "will sell Armenia 24 more Caesar howitzers": the buyer right after the verb, then the weapons
            for (int k = buyer.last() + 1; k < d.size() && k <= buyer.last() + 8 && run.at[k] == null
                    && (d.word(k) || d.number(k) || d.tok(k).isPunct('-')); k++) {
                if (d.word(k) && WEAPONS.contains(d.tok(k))) {
                    return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), ARMING));
                }
            }
        }
        boolean thing = false;
        boolean money = false;
        boolean goods = false;
        // ("delivered at least six Su-30 fighter jets to": weapons named at length)
        boolean personnel = false;
        // ("sent thousands of troops and large quantities of artillery shells to Russia": a long list of what is sent)
        int reach = smuggle || SENDING.contains(t) ? 12 : 8;
        for (int k = i + 1; k < d.size() && k <= i + reach && d.tok(k).sentence() == t.sentence(); k++) {
            Token w = d.tok(k);
            if (w.isPunct('.') && personnel && SENDING.contains(t) && k - 1 > i && run.at[k - 1] == null
                    && PERSONNEL.contains(d.tok(k - 1))) {
                // "Jamaica, Guatemala and the Bahamas have sent smaller contingents of police and soldiers.": to the
                // mission the story is about, named nowhere in the sentence
                return new Trie.Match<>(i, k - 1, new Trie.Entry<>(List.of(t.text()), SENT));
            }
            personnel |= w.isWord() && PERSONNEL.contains(w);
            if (w.isPunct(',') || w.isPunct(';') || w.kind() == Token.Kind.QUOTE || run.at[k] != null && !thing
                    || w.is("no")) {
                return null; // (and "sent no fuel to Mali": nothing sent)
            }
            boolean sum = w.isWord() && CURRENCY.contains(w);
            // ("sent fuel convoys to Mali", "delivered petroleum products to Mali": goods that help, not sold arms)
            goods |= !thing && !announced && !gave && w.isWord() && GOODS.contains(w) && !t.is("smuggled")
                    && !t.is("smuggling") && !t.is("sold") && !t.is("sells") && !t.is("selling");
            thing |= goods;
            // ("pledged to help refugees return": the verb "help", no help sent)
            boolean sent = SENT_THINGS.contains(w) && !(w.is("help") && d.is(k - 1, "to"));
            thing |= w.isWord() && (!announced && !gave && sent
                    || !smuggle && !gave && FUNDS.contains(w) || smuggle && WEAPONS.contains(w)) || gave && sum;
            // ("announced an additional $60 million for the force": a sum of money, not a programme)
            money |= !smuggle && (!announced && !gave || sum) && w.isWord() && FUNDS.contains(w);
            int x = k + 1 + (d.is(k + 1, "the") ? 1 : 0); // "for the force", "for UNHCR"
            Mention forWhom = money && w.is("for") && x < d.size() ? run.at[x] : null;
            if (forWhom != null && forWhom.first() == x && (forWhom.form() != Mention.Form.DEMONYM
                    || forcesOf(forWhom))) {
                // "pledged $150 million for the Gang Suppression Force": money for the side right after (not
                // "for Palestinian refugees", a people)
                return new Trie.Match<>(i, k, new Trie.Entry<>(List.of(t.text()), SENT));
            }
            if (thing && w.is("to")) {
                // "sent drones to support Burkinabe troops": the one helped is named after the verb
                int last = d.tok(k + 1) != null && HELPING.contains(d.tok(k + 1)) ? k + 1 : k;
                if (announced && last == k) {
                    return null;
                }
                Mention to = run.at.length > last + 1 && run.at[last + 1] != null ? run.at[last + 1]
                        : d.is(last + 1, "the") && last + 2 < d.size() ? run.at[last + 2] : null;
                if (to != null && d.tok(to.last() + 1) != null && d.tok(to.last() + 1).isPunct('-')
                        && (d.is(to.last() + 2, "held") || d.is(to.last() + 2, "controlled"))) {
                    return null; // "sent food convoys to RSF-held Nyala": to a place the side holds
                }
                if (goods && to != null && (to.form() == Mention.Form.DEMONYM
                        || d.tok(to.last() + 1) != null && d.tok(to.last() + 1).kind() == Token.Kind.POSSESSIVE)) {
                    // "delivering fuel and food to Filipino fishermen", "sent food to Syria's rebels", "to Ukraine's
                    // occupied regions": to a people or a part, not to the state
                    return null;
                }
                if (to != null) {
                    return new Trie.Match<>(i, last, new Trie.Entry<>(List.of(t.text()),
                            goods ? SUPPLIED : smuggle ? ARMING : SENT));
                }
            }
        }
        return null;
    }

    /** Is the demonym m the state's own forces: "Rwandan troops", "the Rwandan contingent"? */
    private boolean forcesOf(Mention m) {
        if (!m.ent().isState()) {
            return false;
        }
        for (int k = m.last(); k <= m.last() + 1 && k < d.size(); k++) {
            if (d.word(k) && PERSONNEL.containsAt(d, k)) {
                return true;
            }
        }
        return false;
    }

    private static final Lexicon.Trigger JOINED = new Lexicon.Trigger("join", Polarity.COOPERATION, 4, false, false,
            false, false);

    /**
     * "Niger joined the Alliance of Sahel States", "has since joined Mali and Burkina Faso in the AES":
     * joining a body (an organisation, alliance or mission) is cooperating with it and its members named.
     * Joining anything else ("joined Britain in condemning") makes no relation here.
     */
    private static final Lexicon.Trigger THREATEN = new Lexicon.Trigger("threaten", Polarity.CONFLICT, -7, false, false,
            false, false);

    /**
     * "warned that Bucharest would face the most serious consequences", "warned Kigali it would pay a heavy
     * price": a warning that an actor named right after it will suffer is a threat against that actor.
     */
    private Trie.Match<Lexicon.Trigger> warnedOfConsequences(int i) {
        Token t = d.tok(i);
        if (!(t.is("warned") || t.is("warns") || t.is("warn") || t.is("warning"))) {
            return null;
        }
        int k = i + 1;
        if (d.is(k, "that")) {
            k++;
        }
        if (d.is(k, "the")) {
            k++;
        }
        Mention m = k < d.size() ? run.at[k] : null;
        if (m == null || m.first() != k) {
            return null;
        }
        // the side warned right after the verb ("warned Caracas", "warned the bloc"), not in a clause after "that"
        boolean addressed = k == i + 1 || k == i + 2 && d.is(i + 1, "the");
        if (addressed && d.is(m.last() + 1, "against") && !d.capitalised(m.last() + 2)
                && !sideWithin(m.last() + 2, m.last() + 3)) {
            // (not "warned Israel against an Iranian attack": the side warned is the one at risk)
            // "warned Ankara against setting up bases", "warned Venezuela against any attempt to", "warned Allamine
            // against inviting": a warning to a side or a person against an act of its own
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), WARNED));
        }
        if (m.ent().isPerson()) {
            return null;
        }
        if (addressed && warningToThem(sideEnd(m) + 1, t.sentence())) {
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), WARNED));
        }
        for (int j = m.last() + 1; j < d.size() && j <= m.last() + 4 && d.tok(j).sentence() == t.sentence(); j++) {
            boolean suffers = d.is(j + 1, "face") || d.is(j + 1, "pay") || d.is(j + 1, "suffer") || d.is(j + 1, "bear");
            // "warned Baghdad that Gulf states would consider collective measures": others' measures against the one
            // warned, when it is named right after the verb and no other side between is the one to act ("warned
            // Israel that Iran would take action" warns Israel of Iran)
            boolean measures = k == i + 1 && (d.is(j + 1, "consider") || d.is(j + 1, "take") || d.is(j + 1, "impose"))
                    && !sideWithin(m.last() + 1, j - 1);
            if ((d.is(j, "would") || d.is(j, "will") || d.is(j, "could")) && d.word(j + 1) && (suffers || measures)) {
                // what it would face is a punishment, not a plight ("would face famine"), nor one from another
                // side ("could face penalties from Israel", "at the ICC")
                for (int c = j + 2; c < d.size() && c <= j + 6 && d.tok(c).sentence() == t.sentence(); c++) {
                    if (d.word(c) && PUNISHMENTS.contains(d.tok(c))) {
                        boolean fromOther = (d.is(c + 1, "from") || d.is(c + 1, "at") || d.is(c + 1, "by"))
                                && sideWithin(c + 2, c + 3);
                        return fromOther ? null : new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), THREATEN));
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Words that may follow the side warned before what it is warned of: "had warned Paris privately at least twice". */
    private static final Words WARNING_MANNER = Words.of("privately", "publicly", "repeatedly", "again", "before",
            "earlier", "twice", "already", "directly", "explicitly", "openly", "formally", "sternly", "strongly");

    /** The modals of a promise in a warning: "that it would not tolerate", "that they will respond". */
    private static final Words WARNING_MODALS = Words.of("would", "will", "could", "won't", "wouldn't", "shall");

    /** What a side is warned to do or stop doing: "warned the force to stay out", "warned Kigali not to". */
    private static final Words WARNED_TO = Words.of("stay", "keep", "stop", "halt", "end", "withdraw", "refrain",
            "cease", "leave", "pull", "back", "respect", "abandon", "avoid");

    /**
     * After "warned X" at token j: is the warning one against X ("warned Caracas that it would not tolerate",
     * "warned Riyadh that any escalation will be met", "warned the multinational force to stay out", "had warned
     * Paris privately at least twice")? A warning that passes news on ("warned the Security Council that the rival
     * camps were rearming", "warned Sudan that famine was spreading") names something else after "that".
     */
    private boolean warningToThem(int j, int sentence) {
        while (d.word(j) && WARNING_MANNER.contains(d.tok(j))) {
            j++;
        }
        if (j >= d.size() || d.tok(j).sentence() != sentence || d.tok(j).isPunct('.') || d.tok(j).isPunct(';')) {
            return true; // "warned ExxonMobil." : no more said
        }
        if (d.is(j, "at") && d.is(j + 1, "least")) {
            return true; // "warned Paris privately at least twice"
        }
        if (d.is(j, "that")) {
            // the warner's own act to come, or any act of the side warned: "that it would", "that any escalation"
            // (not news passed on, "warned Somalia that it faced the worst drought", nor "warned Iran that any attack
            // on its nuclear sites could", an act against the one warned)
            boolean pronoun = d.is(j + 1, "it") || d.is(j + 1, "we") || d.is(j + 1, "they");
            return pronoun && WARNING_MODALS.contains(d.tok(j + 2)) || d.is(j + 1, "if")
                    || d.is(j + 1, "any") && !(d.is(j + 3, "on") || d.is(j + 3, "against") || d.is(j + 4, "on")
                    || d.is(j + 4, "against"));
        }
        int v = d.is(j, "not") ? j + 1 : j;
        return d.is(v, "to") && d.word(v + 1) && WARNED_TO.contains(d.tok(v + 1));
    }

    /** The last token of the mentions of m's side that run on from m: "the Somali government", two mentions of one. */
    private int sideEnd(Mention m) {
        int end = m.last();
        while (end + 1 < d.size() && run.at[end + 1] != null && run.at[end + 1].ent() == m.ent()) {
            end = run.at[end + 1].last();
        }
        return end;
    }

    /** Is a side named between tokens from and to (inclusive)? */
    private boolean sideWithin(int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < d.size(); k++) {
            if (run.at[k] != null) {
                return true;
            }
        }
        return false;
    }

    private static final Lexicon.Trigger CALLED_BAD = new Lexicon.Trigger("criticise", Polarity.CONFLICT, -2, false,
            false, false, false);
    private static final Lexicon.Trigger CALLED_GOOD = new Lexicon.Trigger("praise", Polarity.COOPERATION, 2, false,
            false, false, false);

    /** Words for anyone at all as a doer: "those who", "anyone who", "whoever". */
    private static final Words ANYONE = Words.of("those", "anyone", "anybody", "whoever", "everyone", "all");

    /** Verbs by which a side says what others do, in a clause with no "that": "firms it said were supplying". */
    private static final Words SAYING_OF_OTHERS = Words.of("said", "says", "alleged", "alleges", "believes", "believed",
            "suspects", "suspected", "claimed", "claims", "considers", "considered");

    /**
     * Is the verb at a that of a clause "NOUNS it said were VERBing" whose doers are the nouns before the one saying it,
     * which name no actor ("two companies it said were supplying", "entities Washington says have helped")?
     */
    private boolean unnamedDoerOfSaidClause(int a) {
        int k = a - 1;
        for (int n = 0; n < 2 && d.word(k) && d.in(k, AUXILIARIES) && run.at[k] == null; n++) {
            k--; // "were", "had been", "have"
        }
        if (k == a - 1 || k < 1 || !d.word(k) || !SAYING_OF_OTHERS.contains(d.tok(k))) {
            return false;
        }
        Mention sayer = run.at[k - 1];
        int s = sayer != null ? sayer.first() : d.is(k - 1, "it") || d.is(k - 1, "they") || d.is(k - 1, "he")
                || d.is(k - 1, "she") || d.is(k - 1, "we") ? k - 1 : -1;
        if (s < 1 || run.at[s - 1] != null || !d.word(s - 1) || d.capitalised(s - 1) || d.in(s - 1, FUNCTION)) {
            return false;
        }
        return d.tok(s - 1).key().endsWith("s") && d.tok(s - 1).sentence() == d.tok(a).sentence();
    }

    /** Is the verb at a done by anyone at all: "those who arm X", "whoever attacks X", "anyone that helps X"? */
    private boolean genericDoer(int a) {
        int w = a - 1;
        w -= d.is(w, "will") || d.is(w, "would") || d.is(w, "continue") || d.is(w, "dare") ? 1 : 0;
        if (d.is(w, "whoever")) {
            return true;
        }
        return (d.is(w, "who") || d.is(w, "that")) && d.word(w - 1) && ANYONE.contains(d.tok(w - 1));
    }

    /** Verbs that name a side or an act by what one thinks of it: "called the ruling 'a colonial verdict'". */
    static final Words NAMING_VERBS = Words.of("called", "calls", "calling", "described", "describes",
            "describing", "branded", "brands", "branding", "labelled", "labeled", "labels", "termed", "terms",
            "dubbed", "characterised", "characterized");

    /** Words of a judgment against what is named: "a colonial verdict", "a cowardly act", "a provocation". */
    private static final Words BAD_WORDS = Words.of("colonial", "illegal", "illegitimate", "unlawful", "absurd",
            "baseless", "groundless", "unfounded", "fabrication", "fabrications", "fabricated", "provocation",
            "provocative", "aggression", "aggressive", "shameful", "cowardly", "barbaric", "heinous", "unacceptable",
            "unjustified", "interference", "meddling", "propaganda", "lies", "lie", "farce", "sham", "travesty",
            "violation", "betrayal", "sabotage", "blackmail", "extortion", "hostile", "reckless", "irresponsible",
            "criminal", "criminals", "terrorists", "terrorist", "bandits", "mercenaries", "adventurers", "puppet",
            "puppets", "invaders", "occupiers", "aggressor", "aggressors", "regime", "junta", "illegality",
            "outrageous", "disgraceful", "politicised", "politicized", "hypocritical", "hypocrisy", "threat",
            "danger", "dangerous", "destabilising", "destabilizing", "unilateral", "coercion", "bullying", "robbery",
            "theft", "piracy", "crime", "crimes", "insult", "slap", "blow", "affront", "mistake", "outrage",
            "disgrace", "scandal", "breach");

    /** Words of a judgment for it: "a historic step", "a milestone". */
    private static final Words GOOD_WORDS = Words.of("historic", "milestone", "breakthrough", "courageous", "brave",
            "landmark", "positive", "constructive", "welcome", "commendable", "wise", "statesmanlike");

    /**
     * "Nicaragua's government called the judgment 'a colonial verdict'", "described the M23 as 'a small band
     * of adventurers'": naming a side, or its act, by a judgment of it is criticism (or praise). Only with the
     * side or the act named right after the verb, and a word of judgment within the next few.
     */
    private Trie.Match<Lexicon.Trigger> calledIt(int i) {
        Token t = d.tok(i);
        if (!NAMING_VERBS.contains(t)) {
            return null;
        }
        if (d.is(i - 2, "what") || d.is(i - 1, "what")) {
            return null; // "condemned what it called Benin's 'hostile posture'": the verb before acts
        }
        if (d.tok(i - 1) != null && (d.tok(i - 1).isPunct('-') || d.word(i - 1) && !d.capitalised(i - 1)
                && !d.tok(i - 1).in(AUXILIARIES) && !d.tok(i - 1).key().endsWith("ly") && run.at[i - 1] == null)) {
            return null; // "the so-called Islamic State", "a group called the JNIM": a name given, no judgment
        }
        int k = i + 1;
        int end = d.sentenceEnd(t.sentence());
        int named = d.is(k, "the") ? k + 1 : k;
        Mention m = named < end ? run.at[named] : null;
        int object;
        if (m != null && m.first() == named && m.form() != Mention.Form.PRONOUN && m.form() != Mention.Form.DEMONYM) {
            object = m.last(); // "described the M23 as"
        } else {
            int n = k;
            while (n < end && n <= k + 3 && (d.is(n, "the") || d.is(n, "this") || d.is(n, "that") || d.is(n, "its")
                    || d.tok(n).kind() == Token.Kind.POSSESSIVE || run.at[n] != null)) {
                n = run.at[n] != null ? run.at[n].last() + 1 : n + 1; // "the court's", "Kosovo's"
            }
            if (n >= end || !d.word(n) || !RESPONSE_NOUNS.contains(d.tok(n))) {
                return null;
            }
            object = n;
        }
        // the judgment comes right after what it judges: "as", a quote, or "a"/"an" (not "called Somalia on
        // Monday to discuss ...": a call)
        while (m == null && d.word(object + 1) && !d.capitalised(object + 1) && (d.is(object + 1, "attempt")
                || RESPONSE_NOUNS.contains(d.tok(object + 1)))) {
            object++; // "called the coup attempt 'a betrayal'"
        }
        int after = object + 1;
        if (!(d.is(after, "as") || d.tok(after) != null && d.tok(after).kind() == Token.Kind.QUOTE || d.is(after, "a")
                || d.is(after, "an") || d.word(after) && BAD_WORDS.contains(d.tok(after)))) {
            return null;
        }
        boolean bad = false;
        boolean good = false;
        for (int j = object + 1; j < end && j <= object + 10 && !d.tok(j).isPunct(',') && !d.tok(j).isPunct(';'); j++) {
            if (j > object + 1 && run.at[j] != null && m == null) {
                return null; // "called the deal a betrayal of the Palestinians": whose side is meant is unclear
            }
            if (d.word(j)) {
                bad |= BAD_WORDS.contains(d.tok(j));
                good |= GOOD_WORDS.contains(d.tok(j));
            }
        }
        if (bad == good) {
            return null;
        }
        return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), bad ? CALLED_BAD : CALLED_GOOD));
    }

    /** What a threat promises: "would face consequences", "would pay a heavy price". */
    private static final Words PUNISHMENTS = Words.of("consequences", "consequence", "price", "retaliation",
            "reprisals", "reprisal", "response", "punishment", "retribution", "action", "measures", "sanctions",
            "penalties", "penalty");

    private static final Lexicon.Trigger WARNED = new Lexicon.Trigger("warn", Polarity.CONFLICT, -3, false, false,
            false, false);

    /**
     * "Iran and the United States agreed last month on a framework", "the two governments agreed to share
     * water": two sides that agree on or to something together cooperate (as signers of a text do). One
     * side agreeing ("Kenya agreed to send troops") is no such act, nor is agreeing with a view.
     */
    private Trie.Match<Lexicon.Trigger> agreedTogether(int i) {
        Token t = d.tok(i);
        if (!(t.is("agreed") || t.is("agree") || t.is("agrees"))) {
            return null;
        }
        if (d.is(i - 1, "almost") || d.is(i - 1, "nearly") || d.is(i + 1, "to") && d.is(i + 2, "disagree")) {
            return null; // "almost agreed to a deal", "agreed to disagree": they did not
        }
        boolean object = false;
        for (int k = i + 1; k < d.size() && k <= i + 4 && !object; k++) {
            if (d.tok(k).isPunct(',') || d.is(k, "that") || d.is(k, "with") || d.tok(k).sentence() != t.sentence()) {
                return null;
            }
            object = d.is(k, "to") || d.is(k, "on") && !d.is(k + 1, "nothing") || d.is(k, "upon");
        }
        if (!object) {
            return null;
        }
        int from = clauseStart(i, quotes.quoteAt(i));
        List<Ent> sides = agentsBefore(i, from, false);
        if (sides.size() < 2 && !(sides.isEmpty() && pairBefore(i, from).size() == 2)) {
            return null;
        }
        // the two open the clause: not "Russia condemned Ukraine, and Poland agreed", nor "protesters in Iran
        // and Iraq agreed"
        for (int k = i - 1; sides.size() >= 2 && k >= d.sentenceStart(t.sentence()); k--) {
            Mention m = run.at[k];
            if (m != null && m.ent() == sides.get(0)) {
                int p = m.first() - 1;
                while (p >= d.sentenceStart(t.sentence()) && (d.is(p, "the") || d.is(p, "both"))) {
                    p--;
                }
                // (after a comma, a dash, a quote mark: "MUSCAT, Sept. 22 - Oman and Israel agreed")
                boolean opens = p < d.sentenceStart(t.sentence()) || !d.word(p) || d.is(p, "of") || d.is(p, "from");
                return opens ? new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SIGNED)) : null;
            }
        }
        return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SIGNED));
    }

    /** A council's mandate for a peace operation. */
    private static final Lexicon.Trigger MANDATE = new Lexicon.Trigger("mandate", Polarity.COOPERATION, 4, false,
            false, false, false);

    /** What a council votes to extend or expand. */
    private static final Words EXTENDING = Words.of("extend", "renew", "expand", "authorise", "authorize");

    /**
     * "The Security Council voted to extend and expand the Kenya-led MSS mission": a vote to extend a peace
     * operation is its mandate; a vote to extend a deadline, an embargo or sanctions is not (the mission must
     * be the first side named after the verb). The match runs to the verb.
     */
    private Trie.Match<Lexicon.Trigger> votedToExtend(int i) {
        Token t = d.tok(i);
        if (!t.is("voted")) {
            return null;
        }
        int k = i + 1 + (d.is(i + 1, "unanimously") ? 1 : 0);
        if (!d.is(k, "to") || !d.word(k + 1) || !EXTENDING.contains(d.tok(k + 1))) {
            return null;
        }
        Mention m = headAfter(k + 1, d.sentenceEnd(t.sentence()));
        for (int j = k + 2; m != null && j < m.first(); j++) {
            if (d.word(j) && !d.capitalised(j) && !d.in(j, DETERMINERS) && !d.is(j, "and") && !EXTENDING.contains(
                    d.tok(j).key()) && !d.is(j, "mandate") && !d.is(j, "of") && !d.is(j, "-") && !d.is(j, "led")) {
                return null; // "voted to extend the deadline for Iraq", "the arms embargo on South Sudan"
            }
        }
        return m != null && m.ent().type == ActorType.MISSION
                ? new Trie.Match<>(i, k + 1, new Trie.Entry<>(List.of(t.text()), MANDATE)) : null;
    }

    /** Asking that a detained or ousted person be freed or restored: support for the person. */
    private static final Lexicon.Trigger FREEDOM = new Lexicon.Trigger("support", Polarity.COOPERATION, 3, false,
            false, false, false);

    /** What is asked for a detained or ousted person: "to be released", "to be returned to office". */
    private static final Words RESTORED = Words.of("released", "freed", "returned", "reinstated", "restored");

    /**
     * "called for Narong's release", "called for the release of X", "called for Nzeyimana to be returned to
     * office": whoever asks it stands with the person. The match runs to the "for", so that the person is
     * the first side after it.
     */
    private Trie.Match<Lexicon.Trigger> freedomCalledFor(int i) {
        Token t = d.tok(i);
        if (!(t.is("called") || t.is("calls") || t.is("call") || t.is("calling") || t.is("pressed"))
                || !d.is(i + 1, "for")) {
            return null;
        }
        int k = i + 2;
        if (d.is(k, "the") && d.word(k + 1) && (d.is(k + 1, "release") || d.word(k + 2) && d.is(k + 2, "release"))) {
            int of = d.is(k + 1, "release") ? k + 2 : k + 3; // "the release of", "the immediate release of"
            Mention m = d.is(of, "of") ? firstMentionAfter(of, 3) : null;
            return m != null && m.ent().isPerson()
                    ? new Trie.Match<>(i, of, new Trie.Entry<>(List.of(t.text()), FREEDOM)) : null;
        }
        Mention m = k < d.size() ? run.at[k] : null;
        if (m == null || m.first() != k || !m.ent().isPerson()) {
            return null;
        }
        int n = m.last() + 1;
        boolean released = d.tok(n) != null && d.tok(n).kind() == Token.Kind.POSSESSIVE && d.is(n + 1, "release")
                || d.is(n, "to") && d.is(n + 1, "be") && d.word(n + 2) && RESTORED.contains(d.tok(n + 2));
        return released ? new Trie.Match<>(i, i + 1, new Trie.Entry<>(List.of(t.text()), FREEDOM)) : null;
    }

    /** The first mention that starts within {@code span} tokens after token k, past small words. */
    private Mention firstMentionAfter(int k, int span) {
        for (int j = k + 1; j < d.size() && j <= k + span; j++) {
            if (run.at[j] != null) {
                return run.at[j];
            }
            if (!d.word(j) || d.capitalised(j)) {
                return null;
            }
        }
        return null;
    }

    /** Cutting what one side sells or sends another: CAMEO's reduction of material relations. */
    private static final Lexicon.Trigger CUT = new Lexicon.Trigger("cut", Polarity.CONFLICT, -5, false, false, false,
            false);

    /** Selling or sending goods to another side. */
    private static final Lexicon.Trigger TRADE = new Lexicon.Trigger("trade", Polarity.COOPERATION, 3, false, false,
            false, false);

    /** Goods one state sells another, which it may also withhold. */
    private static final Words COMMODITIES = Words.of("gas", "oil", "crude", "electricity", "power", "fuel",
            "diesel", "petrol", "gasoline", "coal", "grain", "wheat", "fertiliser", "fertilizer", "water", "lng",
            "energy", "uranium");

    /** Goods with rules of their own (arms), or whose halt is no act against the receiver (food, aid). */
    private static final Words ARMS_OR_AID = Words.of("arms", "weapons", "ammunition", "munitions", "drones", "tanks",
            "missiles", "rockets", "artillery", "shells", "jets", "helicopters", "food",
            "aid", "assistance", "medicine", "medicines", "humanitarian", "relief");

    /** What goods move in: "gas deliveries to", "electricity exports to". */
    private static final Words FLOWS = Words.of("deliveries", "supplies", "exports", "shipments", "flows", "sales",
            "transit");

    /** Verbs of withholding goods. */
    private static final Words CUTTING = Words.of("halted", "halts", "halt", "halting", "stopped", "stops", "stop",
            "stopping", "cut", "cuts", "cutting", "shut", "shuts", "shutting", "curtailed", "curtails", "throttled",
            "restricted", "restricts", "reduced", "reduces");

    /** Forms of "supply" that the arms lexicon takes first; with goods named they are trade ({@link #suppliesTo}). */
    private static final Words SUPPLIED_GOODS = Words.of("supplied", "supplying");

    /** Verbs of selling or sending goods, which need the goods named. */
    private static final Words SUPPLYING = Words.of("supplies", "supply", "supplied", "supplying", "sells", "sell",
            "sold", "selling", "exports", "export", "exported", "exporting", "delivers", "deliver", "delivered",
            "delivering", "ships", "shipped", "provides", "provided", "providing");

    /** Verbs of sending more, which need a flow named ("increase electricity exports to"). */
    private static final Words RAISING = Words.of("increase", "increased", "increases", "increasing", "boost",
            "boosted", "boosts", "resume", "resumed", "resumes", "resuming", "expand", "expanded", "restore",
            "restored", "restores");

    /**
     * "Uzbekistan halted gas deliveries to Tajikistan", "cut off oil supplies to", "Gazprom, which supplies
     * gas to Uzbekistan", "agreed to increase electricity exports to Tajikistan": goods withheld set the
     * seller against the buyer, goods sold or sent more bring them together. The match runs to the "to",
     * so that the other side is the first named after it.
     */
    private Trie.Match<Lexicon.Trigger> suppliesTo(int i) {
        Token t = d.tok(i);
        if (!t.isWord()) {
            return null;
        }
        String verb = t.key();
        boolean cutting = CUTTING.contains(verb);
        if (!cutting && !SUPPLYING.contains(verb) && !RAISING.contains(verb)) {
            return null;
        }
        boolean goods = false;
        boolean flow = false;
        for (int k = i + 1; k < d.size() && k <= i + 6 && d.tok(k).sentence() == t.sentence(); k++) {
            if (run.at[k] != null && !run.modifier(run.at[k]) || !d.word(k)) {
                return null; // "supplied Ukraine with gas", a comma: another shape
            }
            if (d.is(k, "to")) {
                Mention to = headAfter(k, d.sentenceEnd(t.sentence()));
                if (to == null || to.form() == Mention.Form.DEMONYM || to.first() > k + 2 || to.ent().isPerson()) {
                    return null; // "delivering fuel to Filipino fishermen": people of a state, not the state
                }
                boolean enough = cutting ? goods || flow : SUPPLYING.contains(verb) ? goods : flow;
                return enough && k > i + 1 ? new Trie.Match<>(i, k, new Trie.Entry<>(List.of(t.text()),
                        cutting ? CUT : TRADE)) : null;
            }
            if (ARMS_OR_AID.contains(d.tok(k))) {
                return null; // arms have rules of their own; halting food or aid is no cut between the sides
            }
            goods |= COMMODITIES.contains(d.tok(k));
            flow |= FLOWS.contains(d.tok(k));
        }
        return null;
    }

    /** Weapons bought from a side: the seller arms the buyer ({@link #boughtFrom}). */
    private static final Lexicon.Trigger BOUGHT_ARMS = new Lexicon.Trigger("arm", Polarity.COOPERATION, 5, false, false,
            false, true);

    /** Verbs of buying or receiving, and "took delivery of" ("has received a new batch of combat helicopters from"). */
    private static final Words BUYING = Words.of("bought", "buys", "buy", "buying", "purchased", "purchases", "purchase",
            "purchasing", "ordered", "orders", "acquired", "acquires", "acquiring", "imported", "imports", "importing",
            "took", "takes", "taking", "received", "receives", "receiving");

    /** Verbs of taking a place back, which fight the side named after "from". */
    private static final Words RETAKING = Words.of("retook", "retake", "retakes", "retaking", "retaken", "recaptured",
            "recapture", "recaptures", "recapturing");

    private static final Lexicon.Trigger FOUGHT = new Lexicon.Trigger("fight", Polarity.CONFLICT, -9, false, false, false,
            false);

    /** Verbs of coming to a side's help: "came to Iran's defence", "rushed to the aid of". */
    private static final Words COMING = Words.of("came", "come", "comes", "coming", "rushed", "rush", "rushes",
            "rushing");

    /** What one comes to a side's help with: "came to Manila's defence", "to the rescue of". */
    private static final Words DEFENCE = Words.of("defence", "defense", "aid", "rescue", "assistance");

    private static final Lexicon.Trigger DEFENDED = new Lexicon.Trigger("support", Polarity.COOPERATION, 3, false, false,
            false, false);

    /**
     * "China also came to Iran's defence", "Washington came to the defence of Manila", "rushed to the aid of": coming to
     * a side's help supports it (the match ends before the side, which is its target).
     */
    private Trie.Match<Lexicon.Trigger> cameToDefence(int i) {
        Token t = d.tok(i);
        if (!t.isWord() || !COMING.contains(t) || !d.is(i + 1, "to")) {
            return null;
        }
        if (d.is(i + 2, "the") && d.word(i + 3) && DEFENCE.contains(d.tok(i + 3)) && d.is(i + 4, "of")) {
            return new Trie.Match<>(i, i + 4, new Trie.Entry<>(List.of(t.text()), DEFENDED));
        }
        Mention side = i + 2 < d.size() ? run.at[i + 2] : null;
        boolean owned = side != null && side.first() == i + 2 && side.form() != Mention.Form.PRONOUN
                && run.possessiveAfter(side) && d.word(side.last() + 2) && DEFENCE.contains(d.tok(side.last() + 2));
        return owned ? new Trie.Match<>(i, i + 1, new Trie.Entry<>(List.of(t.text()), DEFENDED)) : null;
    }

    /** Verbs that drive a side out of a place: "drove the government out of Sanaa", "chased the rebels out". */
    private static final Words DRIVING = Words.of("drove", "driven", "drive", "drives", "driving", "chased", "chase",
            "chases", "chasing", "pushed", "push", "pushes", "pushing", "forced", "forcing", "kicked", "kick",
            "kicking");

    /**
     * "The Houthis drove the government out of Sanaa", "had driven M23 fighters out of the town": driving a side
     * named right after the verb out of a place is fighting it. The match is the verb alone, so that the side acted on
     * is the one named after it (not the place).
     */
    private Trie.Match<Lexicon.Trigger> droveOut(int i) {
        Token t = d.tok(i);
        if (!t.isWord() || !DRIVING.contains(t) || d.is(i - 1, "to") || t.key().endsWith("ing")) {
            return null; // (not "a tool to push Russia out of the region", "made driving Hamas out of Gaza the aim")
        }
        Mention side = namedAt(d.is(i + 1, "the") ? i + 2 : i + 1);
        if (side == null || side.ent().isPerson() || side.form() == Mention.Form.PRONOUN) {
            return null;
        }
        int end = sideEnd(side);
        if (d.word(end + 1) && !d.capitalised(end + 1) && run.at[end + 1] == null && UNNAMED_FORCES.contains(d.tok(end + 1))) {
            end++; // "drove M23 fighters out"
        } else if (side.form() == Mention.Form.DEMONYM) {
            return null; // "push Syrians out", "pushes Palestinians out of their land": a people, no side
        }
        if (!d.is(end + 1, "out")) {
            return null;
        }
        // out of a place: one named, or a noun for one ("out of the town"; not "out of decades of neutrality")
        int p = end + 3 + (d.word(end + 3) && (d.in(end + 3, DETERMINERS) || d.is(end + 3, "several")) ? 1 : 0);
        boolean place = d.is(end + 2, "of") && (run.at[p] != null && run.at[p].first() == p
                || d.word(p) && PLACE_NOUNS.contains(d.tok(p)));
        boolean ends = d.tok(end + 2) == null || !d.word(end + 2) && !d.number(end + 2);
        return place || ends ? new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), FOUGHT)) : null;
    }

    /** Does the sentence speak of a vote ("in last year's election")? */
    private boolean pollIn(int sentence) {
        for (int k = d.sentenceStart(sentence); k < d.sentenceEnd(sentence); k++) {
            if (d.word(k) && (d.is(k, "election") || d.is(k, "elections") || d.is(k, "polls") || d.is(k, "vote"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of taking a place that may also take goods: "captured the town from", not "seized weapons from". */
    private static final Words CAPTURING = Words.of("captured", "captures", "seized", "seizes", "wrested", "wrests");

    /** Does a forces noun follow the side's mention ("Myanmar's armed forces", "Ethiopian troops")? */
    private boolean forcesAfter(Mention side) {
        for (int k = side.last() + 1; k <= side.last() + 3 && d.tok(k) != null; k++) {
            if (d.word(k) && UNNAMED_FORCES.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a place a side holds: "drove the rebels out of the town". */
    private static final Words PLACE_NOUNS = Words.of("town", "towns", "city", "cities", "capital", "region", "territory",
            "area", "areas", "positions", "position", "stronghold", "strongholds", "province", "district", "village",
            "villages", "country", "base", "bases", "camp", "camps", "zone", "enclave", "port", "valley", "hills",
            "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "strip", "island", "islands", "state");

    /**
     * "retook the Solino neighbourhood from fighters of Viv Ansanm", "recaptured Mogok from the TNLA": taking a place
     * back fights the side it is taken from, named after "from" in the same clause (not the place itself).
     */
    private Trie.Match<Lexicon.Trigger> retookFrom(int i) {
        Token t = d.tok(i);
        boolean capturing = t.isWord() && CAPTURING.contains(t);
        if (!t.isWord() || !RETAKING.contains(t) && !capturing) {
            return null;
        }
        // "seized most of the state's townships from Myanmar's armed forces", "captured the town of X from the army":
        // taking a place, not goods ("seized weapons from"), fights the side it is taken from
        boolean place = !capturing;
        if (capturing && pollIn(t.sentence())) {
            return null; // "captured the state from the BJP in last year's election": a vote won, no fight
        }
        for (int k = i + (capturing ? 1 : 2); k < d.size() && k <= i + 10 && d.tok(k).sentence() == t.sentence(); k++) {
            if (d.tok(k).isPunct(',') || d.tok(k).isPunct(';') || d.tok(k).kind() == Token.Kind.QUOTE) {
                return null;
            }
            // a place taken: a noun for one, not where the taking is ("refineries in the country"), or a name right
            // after the verb or "control of" ("captured Goma from", "seized control of Bukavu from")
            boolean at = d.in(k - 1, PLACE_PREPOSITIONS) || d.in(k - 2, PLACE_PREPOSITIONS);
            place |= d.word(k) && !at && (PLACE_NOUNS.contains(d.tok(k)) || d.is(k, "townships"))
                    || capturing && d.capitalised(k) && run.at[k] == null && (k == i + 1 || d.is(k - 1, "of") && d.is(k - 2, "control"));
            if (d.is(k, "from") && place) {
                Mention side = headAfter(k, d.sentenceEnd(t.sentence()));
                boolean forces = side != null && (side.form() == Mention.Form.DEMONYM || run.possessiveAfter(side))
                        && capturing && forcesAfter(side);
                if (side == null || side.first() > k + 3 || side.ent().isPerson() || !forces
                        && (side.form() == Mention.Form.DEMONYM || run.possessiveAfter(side))) {
                    return null; // (not "from Egypt's side": a place)
                }
                return new Trie.Match<>(i, k, new Trie.Entry<>(List.of(t.text()), FOUGHT));
            }
        }
        return null;
    }

    /**
     * "Russia, which keeps an air base at Kant in Kyrgyzstan", "France has military bases in Djibouti and Gabon": a
     * side that keeps its forces' base in a state works with it. The match runs from the verb to the "in" (or the
     * "at" whose place an "in" follows), so that the host is the first named after it.
     */
    private Trie.Match<Lexicon.Trigger> baseIn(int i) {
        Token t = d.tok(i);
        int k = nounAfterModifiers(i + 1, j -> d.is(j, "base") || d.is(j, "bases"));
        if (k < 0 || d.capitalised(k)) {
            return null;
        }
        for (int j = i + 1; j < k; j++) {
            if (d.is(j, "no") || d.is(j, "not") || d.is(j, "rebel") || d.is(j, "insurgent") || d.is(j, "militant")
                    || d.in(j, PREPOSITIONS)) {
                return null; // "has no base in", "had a rebel base in": none of the side's own ("operate from bases")
            }
        }
        int in = d.is(k + 1, "in") ? k + 1 : d.is(k + 1, "at") && d.capitalised(k + 2) && d.is(k + 3, "in") ? k + 3 : -1;
        Mention host = in > 0 && in + 1 < d.size() ? run.at[in + 1] : null;
        if (host == null || host.first() != in + 1 || !host.ent().isState() || host.form() == Mention.Form.DEMONYM) {
            return null; // (not "a base in the north", "a rebel base in Malian territory")
        }
        return new Trie.Match<>(i, in, new Trie.Entry<>(List.of(t.text()), BASED));
    }

    /** Verbs of keeping a base: "keeps an air base", "has military bases", "opened a naval base". */
    private static final Words KEEPING = Words.of("has", "have", "had", "keeps", "keep", "kept", "maintains",
            "maintain", "maintained", "operates", "operate", "operated", "opened", "opens", "runs", "run");

    /** Forces kept in another state with its consent: CAMEO's military cooperation. */
    private static final Lexicon.Trigger BASED = new Lexicon.Trigger("deploy", Polarity.COOPERATION, 4, false, false,
            false, false);

    /**
     * "Serbia bought 12 Rafale jets from France", "ordered armed drones from China", "took delivery of BrahMos
     * missiles from India": goods bought from a side bring the two together, weapons as arming, others as trade.
     * The match runs to the "from", so that the seller is the first named after it.
     */
    private Trie.Match<Lexicon.Trigger> boughtFrom(int i) {
        Token t = d.tok(i);
        if (!t.isWord() || !BUYING.contains(t)) {
            return null;
        }
        if (d.is(i - 1, "on") || d.is(i - 1, "of") || d.word(i - 1) && d.in(i - 1, DETERMINERS)
                || d.tok(i - 1) != null && d.tok(i - 1).kind() == Token.Kind.POSSESSIVE) {
            return null; // "a ban on imports of oil from Russia", "its imports": a noun, no purchase
        }
        int k = i + 1;
        if (t.key().startsWith("t")) { // "took delivery of"
            if (!d.is(k, "delivery") || !d.is(k + 1, "of")) {
                return null;
            }
            k += 2;
        }
        boolean arms = false;
        boolean goods = false;
        boolean military = false;
        boolean help = false; // (only what is received: "received $50 million in aid from the EU")
        if (d.is(k, "no") || d.word(i - 1) && d.in(i - 1, NEGATIONS) || d.word(i - 2) && d.in(i - 2, NEGATIONS)) {
            return null; // "received no weapons from Iran", "has not received any drones from"
        }
        for (; k < d.size() && k <= i + 10 && d.tok(k).sentence() == t.sentence(); k++) {
            if (d.is(k, "from") && k > i + 1) {
                Mention seller = headAfter(k, d.sentenceEnd(t.sentence()));
                if (seller == null || seller.first() > k + 2 || seller.ent().isPerson()
                        || seller.form() == Mention.Form.DEMONYM || !(arms || goods || help)) {
                    return null;
                }
                return new Trie.Match<>(i, k, new Trie.Entry<>(List.of(t.text()),
                        arms ? BOUGHT_ARMS : goods ? TRADE : HELPED_BY));
            }
            help |= t.key().startsWith("rec") && d.word(k) && (HELP_GIVEN.contains(d.tok(k)) || FUNDS.contains(d.tok(k)));
            if (run.at[k] != null && !run.modifier(run.at[k]) || !d.word(k) && !d.number(k) && !d.tok(k).isPunct('-')) {
                return null; // "ordered the expulsion of French diplomats", a comma: no purchase
            }
            // ("medical equipment", "20 aircraft": arms only after a military word, "air-defence systems")
            military |= d.word(k) && MILITARY_GOODS.contains(d.tok(k));
            arms |= d.word(k) && (WEAPONS.contains(d.tok(k)) || ARMAMENTS.contains(d.tok(k)))
                    && (military || !CIVILIAN_TOO.contains(d.tok(k)));
            goods |= d.word(k) && COMMODITIES.contains(d.tok(k));
        }
        return null;
    }

    /** Nouns of goods that are weapons only after a military word: "air-defence systems", not "medical equipment". */
    private static final Words CIVILIAN_TOO = Words.of("equipment", "systems", "batteries", "battery", "aircraft",
            "vehicles", "boats", "radar", "radars");

    /** Words that make such goods weapons. */
    private static final Words MILITARY_GOODS = Words.of("military", "defence", "defense", "combat", "fighter", "armoured",
            "armored", "missile", "attack", "naval", "patrol", "surveillance", "weapons", "artillery", "armed");

    /** Weapons by their kind, as bought, beyond {@link #WEAPONS}: "fighter jet", "launchers", "frigates". */
    private static final Words ARMAMENTS = Words.of("jet", "fighters", "aircraft", "launchers", "battery",
            "submarines", "frigates", "corvettes", "vehicles", "boats");

    /** A veto of another side's draft. */
    private static final Lexicon.Trigger VETO = new Lexicon.Trigger("veto", Polarity.CONFLICT, -4, false, false, false,
            false);

    /** What a veto may end: "the renewal of the panel", "the extension of the mission's mandate". */
    private static final Words RENEWALS = Words.of("renewal", "extension", "mandate");

    /** What a veto falls on: a draft and its kin. */
    private static final Words DRAFTS = Words.of("resolution", "resolutions", "draft", "text", "motion", "proposal",
            "bid");

    /**
     * "vetoed a US resolution", "vetoed Britain's draft", "vetoed a draft put forward by France": a veto sets
     * the one who casts it against the state whose draft it kills, the state named first after the verb when
     * it owns the draft or is named as its author. (What the draft was about is no side: "vetoed a resolution
     * on Myanmar" names none.) "vetoed the renewal of the UN Panel of Experts" (extension, mandate) sets it against
     * the body whose mandate it ends.
     */
    private Trie.Match<Lexicon.Trigger> vetoedDraft(int i) {
        Token t = d.tok(i);
        if (!(t.is("vetoed") || t.is("vetoes") || t.is("veto") || t.is("vetoing"))) {
            return null;
        }
        int sentence = t.sentence();
        for (int k = i + 1; k < d.size() && k <= i + 8 && d.tok(k).sentence() == sentence; k++) {
            Mention m = run.at[k];
            if (m == null) {
                continue;
            }
            int of = d.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
            if (!m.ent().isPerson() && d.is(of, "of") && d.word(of - 1) && RENEWALS.contains(d.tok(of - 1))) {
                // "vetoed the renewal of the UN Panel of Experts on North Korea": against the body whose mandate ends
                return new Trie.Match<>(i, of, new Trie.Entry<>(List.of(t.text()), VETO));
            }
            if (!m.ent().isState()) {
                k = m.last();
                continue; // "a UN Security Council resolution": the body that votes, not the author
            }
            if (run.modifier(m)) {
                return null; // "a British-drafted resolution": its author only a modifier, which no target search takes
            }
            boolean owner = ownsNounAfter(m, DRAFTS); // "a US resolution", "Britain's draft"
            // "a draft put forward by France", "a resolution drafted by Britain"
            boolean by = d.is(m.first() - 1, "by") && d.word(m.first() - 2) && d.word(m.first() - 3)
                    && (DRAFTS.contains(d.tok(m.first() - 3)) || d.is(m.first() - 2, "forward"));
            // (the match runs to the "by", so that the author is the first side after it)
            return owner || by ? new Trie.Match<>(i, by ? m.first() - 1 : i, new Trie.Entry<>(List.of(t.text()), VETO))
                    : null;
        }
        return null;
    }

    /** What a side seeks that another may veto or block: "Ukraine's bid", "the accession of Albania". */
    private static final Words BIDS = Words.of("bid", "bids", "accession", "membership", "application", "candidacy",
            "admission", "entry");

    /** Verbs that veto or block what another side seeks. */
    private static final Words BLOCKING_VERBS = Words.of("vetoed", "vetoes", "veto", "vetoing", "blocked", "blocks",
            "block", "blocking");

    /**
     * "Hungary blocked Ukraine's bid to join the bloc", "Bulgaria vetoed the opening of accession talks with
     * North Macedonia", "blocked the admission of Kosovo": a veto of the bid of the side named with it (the
     * bid's owner, the side the talks are with, or the one whose accession it is). Nothing when another
     * side is named on the way.
     */
    private Trie.Match<Lexicon.Trigger> blockedBid(int i) {
        Token t = d.tok(i);
        if (!t.isWord() || !BLOCKING_VERBS.contains(t) || d.capitalised(i)) {
            return null;
        }
        int sentence = t.sentence();
        boolean bid = false;
        for (int k = i + 1; k < d.size() && k <= i + 12 && d.tok(k).sentence() == sentence; k++) {
            Token w = d.tok(k);
            if (w.isPunct(',') || w.isPunct(';') || w.kind() == Token.Kind.QUOTE) {
                return null;
            }
            bid |= w.isWord() && (BIDS.contains(w) || w.is("talks") || w.is("negotiations"));
            Mention m = run.at[k];
            if (m == null || m.first() != k) {
                continue;
            }
            if (m.ent().isPerson() || m.form() == Mention.Form.PRONOUN) {
                return null;
            }
            boolean owner = ownsNounAfter(m, BIDS); // "Ukraine's bid", "Serbia's application"
            // "talks with North Macedonia", "the accession of Albania"
            boolean named = bid && (d.is(k - 1, "with") || d.is(k - 1, "of"));
            // (the match runs up to the side, so that the target search, which looks only a few words on, meets it)
            return owner || named ? new Trie.Match<>(i, k - 1, new Trie.Entry<>(List.of(t.text()), VETO)) : null;
        }
        return null;
    }

    /**
     * Does the mention own a thing of {@code nouns} named right after it, with or without a possessive:
     * "a US resolution", "Britain's draft", "Ukraine's bid"?
     */
    private boolean ownsNounAfter(Mention m, Words nouns) {
        int n = m.last() + 1 + (d.tok(m.last() + 1) != null && d.tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE
                ? 1 : 0);
        return d.word(n) && nouns.contains(d.tok(n).key());
    }

    /** How a name before a hyphen makes its state a draft's author: "a British-drafted resolution". */
    private static final Words AUTHORING = Words.of("drafted", "sponsored", "authored", "proposed", "written",
            "penned", "tabled");

    /**
     * The vetoes the pattern rule leaves to this pass, whose author or vetoing side no search after the verb
     * finds: an author named only as a modifier ("Russia vetoed a British-drafted resolution"), and the
     * passive, whose draft and author come first ("A resolution drafted by France was vetoed by Russia").
     */
    private void vetoesOfDrafts() {
        for (int i = d.firstWithKey("vetoed"); i >= 0; i = d.nextWithKey(i)) {
            if (i < 1 || i + 1 >= d.size()) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            int start = d.sentenceStart(sentence);
            int end = d.sentenceEnd(sentence);
            boolean passive = d.is(i + 1, "by") && (d.is(i - 1, "was") || d.is(i - 1, "were") || d.is(i - 1, "been"));
            Ent author = null;
            List<Ent> vetoers;
            if (passive) {
                Mention by = headAfter(i + 1, end);
                vetoers = by == null || !by.ent().isState() ? List.of() : listFrom(by, end);
                for (int k = start; k < i && author == null; k++) {
                    Mention m = run.at[k];
                    author = m != null && m.first() == k && draftAuthor(m) ? m.ent() : null;
                }
            } else {
                if (cueBefore(i, start) != null) {
                    continue; // "did not veto", "could veto"
                }
                vetoers = agentsBefore(i, clauseStart(i, quotes.quoteAt(i)), false);
                for (int k = i + 1; k < end && k <= i + 4 && author == null; k++) {
                    Mention m = run.at[k];
                    author = m != null && m.first() == k && run.modifier(m) && draftAuthor(m) ? m.ent() : null;
                }
            }
            for (Ent vetoer : vetoers) {
                if (author != null && vetoer != author && vetoer.isState()) {
                    keep(new Found(vetoer, author, VETO.category(), VETO.polarity(), VETO.weight(), sentence,
                            dates.dateOf(sentence)));
                }
            }
        }
    }

    /**
     * Is the mention a state named as a draft's author: "a British-drafted resolution", "Britain's draft",
     * "a resolution drafted by Britain", "the text, put forward by Britain,"?
     */
    private boolean draftAuthor(Mention m) {
        if (!m.ent().isState()) {
            return false;
        }
        int n = m.last() + 1;
        if (d.tok(n) != null && d.tok(n).isPunct('-') && d.word(n + 1) && AUTHORING.contains(d.tok(n + 1))) {
            return true;
        }
        if (ownsNounAfter(m, DRAFTS)) {
            return true;
        }
        return d.is(m.first() - 1, "by") && d.word(m.first() - 2)
                && (AUTHORING.contains(d.tok(m.first() - 2)) || d.is(m.first() - 2, "forward"));
    }

    private Trie.Match<Lexicon.Trigger> joinedBody(int i) {
        Token t = d.tok(i);
        if (FOUNDING.contains(t)) {
            // "Mali, Burkina Faso and Niger formed the Alliance of Sahel States": its founders are its members (also
            // "formed their own Alliance"; not "created a UN support office", which its creator does not join)
            int k = i + 1;
            while (k < i + 4 && d.word(k) && FOUNDED_BEFORE_NAME.contains(d.tok(k))) {
                k++;
            }
            Mention m = k < d.size() ? run.at[k] : null;
            // ("created its own NATO-style alliance": a body named as a model is no body joined)
            return m != null && m.first() == k && (m.ent().type == ActorType.IGO || m.ent().type == ActorType.MISSION)
                    && m.form() != Mention.Form.DEMONYM
                    && !(d.tok(m.last() + 1) != null && d.tok(m.last() + 1).isPunct('-'))
                    ? new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), JOINED)) : null;
        }
        if (!(t.is("joined") || t.is("joins") || t.is("join") || t.is("joining"))) {
            return null;
        }
        int to = Math.min(d.size(), d.sentenceEnd(t.sentence()));
        for (int k = i + 1; k < to && k <= i + 12; k++) {
            Token w = d.tok(k);
            if (w.isPunct(',') || w.isPunct(';') || w.kind() == Token.Kind.QUOTE) {
                return null;
            }
            Mention m = run.at[k];
            if (m != null) {
                ActorType type = m.ent().type;
                if (type == ActorType.IGO || type == ActorType.MISSION || type == ActorType.ARMED_GROUP
                        || type == ActorType.POLITICAL_GROUP) { // ("to join the Coalition of Patriots for Change")
                    return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), JOINED));
                }
                k = m.last();
                continue;
            }
            if (!(w.is("the") || w.is("and") || w.is("in") || w.isPunct('(') || w.isPunct(')'))) {
                return null;
            }
        }
        return null;
    }

    /** Verbs of founding a body ({@link #joinedBody}). */
    private static final Words FOUNDING = Words.of("formed", "founded", "created", "established");

    /** Words between a verb of founding and the body's name: "formed their own Alliance of Sahel States". */
    private static final Words FOUNDED_BEFORE_NAME = Words.of("the", "their", "its", "own");

    private static final Lexicon.Trigger KILLED = new Lexicon.Trigger("fight", Polarity.CONFLICT, -10, false, false,
            false, false);

    /** The men of a side one kills: "killed more than 40 al-Shabaab fighters". */
    private static final Words FIGHTERS = Words.of("fighters", "militants", "insurgents", "rebels", "soldiers",
            "troops", "members", "jihadists", "gunmen", "militiamen", "combatants", "peacekeepers", "policemen",
            "sailors", "marines", "guards");

    /**
     * "his troops had killed more than 40 al-Shabaab fighters": killing a side's fighters is fighting
     * that side. Only with the side named right before its fighters, so that "a gunfight killed an
     * officer" (an event as subject) makes no relation.
     */
    private Trie.Match<Lexicon.Trigger> killedFighters(int i) {
        Token t = d.tok(i);
        if (!(t.is("killed") || t.is("kills") || t.is("killing"))) {
            return null;
        }
        for (int k = i + 1; k < d.size() && k <= i + 6 && d.tok(k).sentence() == t.sentence(); k++) {
            Mention m = run.at[k];
            if (m != null) {
                Token after = d.tok(m.last() + 1);
                boolean side = m.ent().type == ActorType.ARMED_GROUP || m.ent().isState()
                        || m.ent().type == ActorType.MISSION; // ("killed two MONUSCO peacekeepers")
                return side && after != null && after.isWord() && FIGHTERS.contains(after) && m.form() != Mention.Form.PRONOUN
                        ? new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), KILLED)) : null;
            }
            Token w = d.tok(k);
            if (w.isWord() && FIGHTERS.contains(w) && (d.is(k + 1, "of") || d.is(k + 1, "from"))) {
                // "killed at least 30 fighters of Boko Haram": the side its fighters are of
                int j = d.is(k + 2, "the") ? k + 3 : k + 2;
                Mention of = j < d.size() ? run.at[j] : null;
                boolean side = of != null && of.first() == j && of.form() != Mention.Form.PRONOUN && !run.modifier(of)
                        && (of.ent().type == ActorType.ARMED_GROUP || of.ent().type == ActorType.MISSION);
                return side ? new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), KILLED)) : null;
            }
            if (!(w.kind() == Token.Kind.NUMBER || w.isWord() && !w.capitalised())) {
                return null; // "more than 40", "dozens of", "at least 12": only numbers and small words before the side
            }
        }
        return null;
    }

    /**
     * "Viv Ansanm, which the United States designated a terrorist organisation,": for a verb at a whose subject
     * follows "which" or "whom" after a named side and a comma (or ", with which", ", against which"), that side, the
     * verb's object; else null.
     */
    private Mention relativeObject(int a) {
        int p = a - 1;
        while (p > 0 && d.word(p) && !d.capitalised(p) && run.at[p] == null && a - p <= 3
                && (d.tok(p).in(AUXILIARIES) || d.tok(p).key().endsWith("ly") || d.is(p, "long") || d.is(p, "also")
                || d.is(p, "already"))) {
            p--; // "which Washington has long accused", "which the EU also sanctioned"
        }
        Mention agent = p > 0 ? run.at[p] : null;
        if (agent == null || agent.last() != p || agent.ent().isPerson() && agent.form() == Mention.Form.PRONOUN) {
            return null;
        }
        int k = agent.first() - 1;
        k -= d.is(k, "the") ? 1 : 0;
        if (k >= 3 && d.is(k, "which") && (d.is(k - 1, "with") || d.is(k - 1, "against")) && comma(k - 2)) {
            // "drawn closer to Egypt, with which it signed a security agreement": the side the preposition stands for
            Mention named = run.at[k - 3];
            return named != null && named.last() == k - 3 && named.ent() != agent.ent() && named.naming() ? named : null;
        }
        if (k < 2 || !(d.is(k, "which") || d.is(k, "whom")) || !d.tok(k - 1).isPunct(',')) {
            return null;
        }
        Mention named = run.at[k - 2];
        // (not "Russia's invasion of Ukraine, which Chisinau has condemned": the clause is about the invasion)
        // ("gunmen from Viv Ansanm, which ...": a side one comes from is the clause's; not "a deal with Russia, which")
        boolean head = named != null && !(d.word(named.first() - 1) && d.in(named.first() - 1, PREPOSITIONS)
                && !d.is(named.first() - 1, "from"));
        return head && named.ent() != agent.ent() && named.naming() ? named : null;
    }

    /** Adverbs and auxiliaries between a clause's subject and its verb: "Kenya still provides", "Chad has also sent". */
    private static final Words BEFORE_VERB = Words.of("still", "also", "has", "have", "had", "is", "was", "were", "are",
            "will", "would", "already", "now", "later", "then", "itself");

    /**
     * Does mention m open a clause of its own after ", and" or ", but", with a verb of its own next ("..., and
     * Kenya still provides the largest contingent")?
     */
    private boolean subjectOfNextClause(Mention m) {
        int k = m.first() - 1;
        k -= d.is(k, "the") ? 1 : 0;
        if (k < 1 || !(d.is(k, "and") || d.is(k, "but")) || !d.tok(k - 1).isPunct(',')) {
            return false;
        }
        int v = m.last() + 1;
        while (v < d.size() && v <= m.last() + 3 && d.word(v) && BEFORE_VERB.contains(d.tok(v))) {
            v++;
        }
        // a lower-case word after an adverb or auxiliary, or a verb in "-s" that starts a trigger ("Kenya provides")
        String w = d.word(v) && !d.capitalised(v) && run.at[v] == null ? d.tok(v).key() : null;
        return w != null && (v > m.last() + 1 || w.endsWith("s") && !w.endsWith("ss") && !d.in(v, PREPOSITIONS)
                && !d.in(v, FUNCTION) && run.lex.triggers.startsAt(d, v));
    }

    /** Are tokens i and j in one clause: no comma, semicolon or quote mark between them? */
    private boolean sameClause(int i, int j) {
        for (int k = i + 1; k < j; k++) {
            Token t = d.tok(k);
            if (t.isPunct(',') || t.isPunct(';') || t.kind() == Token.Kind.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Does a clause of a participle after "since", "after", "before", "while" or the like ("since expelling",
     * "after breaking") open between tokens b and k?
     */
    private boolean participleClauseBetween(int b, int k) {
        for (int j = b + 1; j < k - 1; j++) {
            if (d.word(j) && d.tok(j).in(SUBORDINATORS) && d.word(j + 1) && !d.capitalised(j + 1)
                    && d.tok(j + 1).key().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns whose preposition names what they are about or aimed at, not whom the backer helps: "a
     * Canadian-sponsored resolution on Haiti", "a Saudi-backed offensive against the Houthis" (but "an
     * Emirati-funded project in Somaliland" helps Somaliland).
     */
    private static final Words TOPICAL = Words.of("resolution", "resolutions", "draft", "text", "motion",
            "proposal", "bid", "plan", "initiative", "ceasefire", "truce", "deal", "agreement", "talks", "offensive",
            "attack", "attacks", "assault", "campaign", "operation", "operations", "strikes", "raid", "raids");

    /** What "X-backed" and the like say X does for the one they qualify. */
    private static final WordMap<String> BACKING = new WordMap<>(Map.ofEntries(Map.entry("backed", "support"),
            Map.entry("supported", "support"), Map.entry("sponsored", "support"), Map.entry("funded", "aid"),
            Map.entry("financed", "aid"), Map.entry("armed", "arm"), Map.entry("led", "lead"), Map.entry("allied", "ally"),
            Map.entry("aligned", "ally"), Map.entry("linked", "ally"), Map.entry("affiliated", "ally")));

    /** Nouns for a rebellion, which the state it fights in does not have on its side. */
    private static final Words REBELLIONS = Words.of("insurgency", "faction", "factions", "movement", "rebels",
            "militia", "militias");

    /** Nouns for a body that "X-led" or "X-backed" qualifies without naming it. */
    private static final Words UNNAMED_BODIES = Words.of("coalition", "force", "forces", "mission", "group", "groups",
            "alliance", "operation", "militia", "militias", "rebels", "troops", "army", "government", "administration",
            "bloc", "campaign", "offensive", "junta", "authorities", "faction", "factions", "insurgency", "movement");

    /**
     * "the Iran-backed Houthis", "the Kenyan-led MSS mission", "the Iran-backed group": the actor before
     * the hyphen backs, leads or arms the one the phrase names (a mention right after, or the body a
     * noun such as "group" stands for).
     */
    private List<Found> backedBy() {
        List<Found> out = new ArrayList<>();
        for (int i = d.firstWithKey("-"); i >= 0; i = d.nextWithKey(i)) {
            Token dash = d.tok(i);
            Mention who = i >= 1 && i + 2 < d.size() ? run.at[i - 1] : null;
            if (!dash.joined() || who == null || who.last() != i - 1 || !d.tok(i + 1).joined()) {
                continue;
            }
            String category = BACKING.get(d.tok(i + 1).key());
            if (category == null) {
                continue;
            }
            Ent target = null;
            boolean people = false;
            for (int k = i + 2; k < d.size() && k <= i + 5 && target == null; k++) {
                Mention m = run.at[k];
                if (m == null && k > i + 2 && d.word(k) && !d.capitalised(k) && !d.in(k, FUNCTION) && (run.speechAt(k)
                        || (d.lexicons(k) & run.lex.triggers.bit()) != 0 || d.tok(k).key().endsWith("ed"))) {
                    break; // "Al-Qaeda-linked militants attacked Burkina Faso's army": the verb's object is no one qualified
                }
                int noun = m == null ? -1 : d.word(m.last() + 1) && !d.capitalised(m.last() + 1)
                        && d.word(m.last() + 2) && UNNAMED_BODIES.contains(d.tok(m.last() + 2)) ? m.last() + 2 : m.last() + 1;
                if (m != null && m.form() == Mention.Form.DEMONYM && d.word(noun)
                        && (OUTLAWS.contains(d.tok(noun)) || AGAINST_THE_OWNER.contains(d.tok(noun))
                        || d.is(noun, "groups") || d.is(noun, "group"))) {
                    // "Iran-backed Iraqi militias": militias of that people, not its state; "al-Shabaab, the
                    // al-Qaeda-linked Somali militant group,": the group the noun stands for
                    k = m.last();
                    people = true;
                    continue;
                }
                if (m != null && m.ent() != who.ent()) {
                    target = m.ent();
                } else if (!d.tok(k).isWord() || d.tok(k).capitalised() && m == null
                        || d.in(k, PREPOSITIONS) && k > i + 2 && d.word(k - 1)
                        && TOPICAL.contains(d.tok(k - 1))) {
                    break; // (not "a Canadian-sponsored resolution on Haiti": what the text is about)
                } else if (m == null && UNNAMED_BODIES.contains(d.tok(k))) {
                    // "The Saudi-led coalition struck Sanaa": a body the phrase does not name, not the one it
                    // acts on; in apposition, the one named before ("the IMSC, a US-led coalition of nine nations")
                    int article = i - 1 - (who.last() - who.first()) - 1;
                    // (not "Gunmen attacked a post in Niger, the al-Qaeda-linked militia said": a speech tag, no apposition)
                    Mention named = d.is(article - 1, ",") && (d.is(article, "a") || d.is(article, "an") || d.is(article, "the"))
                            && article >= 2 && !run.speechAt(k + 1) ? run.at[article - 2] : null;
                    // ("the Kenya-led force in Haiti", "a French-led mission to Mali": the state it serves)
                    boolean toOrIn = d.is(k + 1, "in") || d.is(k + 1, "to");
                    Mention served = toOrIn && k + 2 < d.size() ? run.at[k + 2] : null;
                    if (served != null && (served.first() != k + 2 || !served.ent().isState() || people
                            || REBELLIONS.contains(d.tok(k)))) {
                        served = null; // (not "the US-backed Syrian rebels in Syria", "a Rwanda-backed insurgency in
                        // Congo": the place of a rebellion, which it does not serve)
                    }
                    Mention chosen = named != null ? named : served != null ? served : namedAfterComma(k);
                    target = chosen != null && chosen.ent() != who.ent() ? chosen.ent() : null;
                    break;
                }
            }
            if (target == null || target.isPerson() || !category.equals("ally") && target.known != null
                    && who.ent().known != null && who.ent().known.name().equals(target.known.parent())) {
                continue; // (not "the EU-led EUFOR": a body and its own operation; but "the al-Qaeda-linked group" is tied)
            }
            if (category.equals("lead") && (target.isState() || target.type == ActorType.IGO && target.known != null)) {
                // "the Moscow-led CSTO", "the Kenyan-led force in Haiti", "Sudan's army-led government": who leads a
                // standing alliance or rules a state is its standing, told in passing, no act towards it (a force, a
                // mission or a coalition it leads is: "the Kenya-led MSS", "a US-led coalition of nine nations")
                continue;
            }
            Polarity p = Polarity.COOPERATION;
            int sentence = d.tok(i).sentence();
            out.add(new Found(who.ent(), target, category, p, category.equals("arm") ? 5 : 3, sentence, dates.dateOf(sentence)));
        }
        return out;
    }

    /** The body named in apposition right after the noun at k: "an Iran-aligned Iraqi militia, Kataib Hezbollah,"; or null. */
    private Mention namedAfterComma(int k) {
        int n = d.is(k + 2, "the") ? k + 3 : k + 2;
        Mention m = comma(k + 1) && n < d.size() ? run.at[n] : null;
        return m != null && m.first() == n && !m.ent().isPerson() && !m.ent().isState() && m.form() != Mention.Form.PRONOUN
                && (comma(m.last() + 1) || d.tok(m.last() + 1) != null && d.tok(m.last() + 1).isPunct('.')) ? m : null;
    }

    /** Words between a force and "led by": "The mission, which is led by Kenya", "the force, led by". */
    private static final Words LED_LINKS = Words.of("which", "that", "is", "was", "has", "had", "been", "being",
            "currently", "now", "still", "jointly");

    /**
     * "The mission, which is led by Kenya and has about 1,000 personnel", "the force, led by Rwanda,": the state
     * after "led by" leads the mission or force named before (as "the Kenya-led mission" does in {@link #backedBy});
     * not a standing alliance ("the CSTO, led by Russia") nor a group led by a person.
     */
    private List<Found> ledBy() {
        List<Found> out = new ArrayList<>();
        for (int i = d.firstWithKey("led"); i >= 0; i = d.nextWithKey(i)) {
            int n = d.is(i + 2, "the") ? i + 3 : i + 2;
            Mention leader = d.is(i + 1, "by") && n < d.size() ? run.at[n] : null;
            if (leader == null || leader.first() != n || !leader.ent().isState() || leader.form() == Mention.Form.PRONOUN) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && k >= i - 5 && (d.word(k) && LED_LINKS.contains(d.tok(k)) || d.tok(k).isPunct(','))) {
                k--;
            }
            k = k >= 1 && d.tok(k).isPunct(')') ? k - 1 : k; // "the Mission in Somalia (AUSSOM), which is led by"
            Mention force = k < i - 1 && k >= 0 ? run.at[k] : null;
            if (force == null || force.ent() == leader.ent() || force.ent().type != ActorType.MISSION
                    && !(force.ent().type == ActorType.IGO && force.ent().known == null)) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            out.add(new Found(leader.ent(), force.ent(), "lead", Polarity.COOPERATION, 3, sentence, dates.dateOf(sentence)));
        }
        return out;
    }

    /**
     * Nouns for what a mission or an army is made of: "the bulk of ECOMIG's soldiers", "Cambodian forces".
     */
    private static final Words PERSONNEL = Words.of("troops", "soldiers", "personnel", "police", "officers",
            "peacekeepers", "forces", "contingent", "contingents");

    /** Words between a force's comma and its troops: "which groups", "made up mainly of", "comprising". */
    private static final Words MADE_OF = Words.of("which", "that", "groups", "grouping", "comprises", "comprising",
            "counts", "counting", "pools", "pooling",
            "composed", "made", "up", "of", "includes", "including", "brings", "bringing", "together", "draws",
            "drawn", "drew", "consists", "consisting", "mainly", "mostly", "largely", "chiefly");

    /**
     * "The MNJTF, which groups troops from Nigeria, Cameroon, Chad and Benin,", "SAMIDRC, made up mainly of
     * troops from South Africa and Tanzania,": each state named contributes to the force.
     */
    private List<Found> troopsFrom() {
        List<Found> out = new ArrayList<>();
        for (int k = d.firstWithKey("from"); k >= 0; k = d.nextWithKey(k)) {
            if (k < 2 || k + 1 >= d.size() || !d.word(k - 1)) {
                continue;
            }
            Mention force = null;
            if (PERSONNEL.contains(d.tok(k - 1))) {
                int j = k - 2;
                while (j > 0 && d.word(j) && MADE_OF.contains(d.tok(j)) && run.at[j] == null) {
                    j--;
                }
                int f = j - 1 >= 1 && d.tok(j - 1).isPunct(')') ? j - 2 : j - 1; // ("Task Force (MNJTF), which")
                force = j < k - 2 && f >= 0 && d.tok(j).isPunct(',') ? run.at[f] : null;
                force = force != null ? force : holderOfPersonnel(k - 1);
            } else {
                force = ownerOfPersonnelFrom(k);
            }
            if (force == null || force.ent().type != ActorType.MISSION && force.ent().type != ActorType.IGO
                    && force.ent().type != ActorType.ARMED_GROUP) {
                continue;
            }
            int sentence = d.tok(k).sentence();
            for (int n = k + 1; n < d.size() && n <= k + 20; n++) {
                Mention m = run.at[n];
                if (m != null && m.ent().isState() && m.form() != Mention.Form.PRONOUN) {
                    out.add(new Found(m.ent(), force.ent(), "contribute", Polarity.COOPERATION, 4, sentence,
                            dates.dateOf(sentence)));
                    n = m.last();
                } else if (!(d.tok(n).isPunct(',') || d.is(n, "and") || d.is(n, "the"))) {
                    break;
                }
            }
        }
        return out;
    }

    /** Verbs by which a force holds its men, and words of their number: "has about 11,000", "now draws some". */
    private static final Words HOLDING_MEN = Words.of("has", "have", "had", "draws", "drew", "draw", "drawing", "now",
            "currently", "still", "about", "some", "roughly", "around", "nearly", "almost", "over", "more", "than");

    /**
     * For the troops at token p of "UNISFA now draws about 3,200 troops from" or "AUSSOM, known as ..., replaced an
     * earlier force and has 11,000 troops from": the mission or body that has them, the verb's subject; null for none.
     */
    private Mention holderOfPersonnel(int p) {
        int j = p - 1;
        boolean verb = false;
        while (j > 0 && (d.number(j) || d.word(j) && HOLDING_MEN.contains(d.tok(j))) && run.at[j] == null) {
            verb |= d.word(j) && !d.number(j) && (d.tok(j).key().startsWith("ha") || d.tok(j).key().startsWith("dr"));
            j--;
        }
        if (!verb || j < 0) {
            return null;
        }
        Mention m = run.at[j];
        if (m == null && d.is(j, "and")) {
            // "AUSSOM, known as ..., replaced an earlier AU force in January and has": the sentence's subject
            int start = d.sentenceStart(d.tok(p).sentence());
            m = run.at[start] != null ? run.at[start] : d.is(start, "the") ? run.at[start + 1] : null;
        }
        return m != null && m.form() != Mention.Form.PRONOUN && (m.ent().type == ActorType.MISSION
                || m.ent().type == ActorType.IGO) ? m : null;
    }

    /** Verbs that tell where a force's men come from: "come mainly from", "drawn from". */
    private static final Words COME_FROM = Words.of("come", "comes", "came", "drawn", "hail", "hails");

    /**
     * For the "from" at k of "UNFICYP's roughly 800 soldiers come mainly from" or "The force of about 800 troops,
     * drawn mainly from": the force whose men they are (its possessive, or the body "of" them); null for none.
     */
    private Mention ownerOfPersonnelFrom(int k) {
        int v = k - 1;
        while (v > 0 && d.word(v) && (d.is(v, "mainly") || d.is(v, "mostly") || d.is(v, "largely") || d.is(v, "chiefly"))) {
            v--;
        }
        if (v < 2 || !d.word(v) || !COME_FROM.contains(d.tok(v))) {
            return null;
        }
        int p = d.tok(v - 1).isPunct(',') ? v - 2 : v - 1; // ("troops, drawn mainly from")
        if (p < 2 || !d.word(p) || !PERSONNEL.contains(d.tok(p))) {
            return null;
        }
        int q = p - 1;
        for (int mods = 0; q > 0 && mods < 3 && run.at[q] == null && (d.number(q) || d.word(q) && !d.capitalised(q)
                && !d.is(q, "of") && !d.in(q, DETERMINERS)); mods++) {
            q--; // "roughly 800", "about 800"
        }
        Mention m = d.tok(q).kind() == Token.Kind.POSSESSIVE ? run.at[q - 1] : d.is(q, "of") ? run.at[q - 1] : null;
        return m != null && m.last() == q - 1 ? m : null;
    }

    /**
     * "Congolese troops and allied Wazalendo militias", "the army and allied militias known as Wazalendo": the side
     * named after "and allied" fights beside the one before it.
     */
    private List<Found> alliedWith() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(ALLIED)) {
            Mention before = i >= 2 && d.is(i - 1, "and") ? run.at[i - 2] : null;
            if (before == null || before.form() == Mention.Form.PRONOUN || before.ent().isPerson() || run.inQuote[i]) {
                continue;
            }
            Mention ally = null;
            for (int k = i + 1; k < d.size() && k <= i + 6 && ally == null; k++) {
                if (run.at[k] != null) {
                    ally = run.at[k];
                } else if (!d.word(k) || d.capitalised(k) || d.in(k, AUXILIARIES) || d.tok(k).key().endsWith("ed")) {
                    break; // (not "allied volunteer militias have fought JNIM": the verb's object)
                } else if (d.is(k, "as") && (d.is(k - 1, "known") || d.is(k - 1, "called"))) {
                    ally = k + 1 < d.size() ? run.at[k + 1] : null; // "allied militias known as Wazalendo"
                    break;
                }
            }
            if (ally == null || ally.form() == Mention.Form.PRONOUN || ally.ent() == before.ent() || ally.ent().isPerson()) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            out.add(new Found(ally.ent(), before.ent(), "ally", Polarity.COOPERATION, 3, sentence, dates.dateOf(sentence)));
        }
        return out;
    }

    private static final Words ALLIED = Words.of("allied");

    /** Words between sides and "at odds": "have long been", "remain increasingly". */
    private static final Words AT_ODDS_LEAD = Words.of("are", "were", "is", "was", "have", "has", "had", "been", "remain",
            "remains", "remained", "still", "long", "increasingly", "now", "deeply", "sharply", "openly", "also");

    private static final Words ODDS = Words.of("odds");

    /**
     * "Cairo and Addis Ababa are at odds over the dam", "Ethiopia and Egypt have been at odds for years": the sides
     * named together right before "at odds" are in dispute with each other (not with what they are at odds over).
     */
    private List<Found> atOdds() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(ODDS)) {
            int k = i - 2;
            if (!d.is(i - 1, "at") || d.is(i + 1, "with") || run.inQuote[i]) {
                continue; // ("at odds with": a trigger of its own)
            }
            while (k > 0 && d.word(k) && AT_ODDS_LEAD.contains(d.tok(k))) {
                k--;
            }
            Mention last = k >= 0 ? run.at[k] : null;
            if (last == null || last.last() != k || last.form() == Mention.Form.PRONOUN) {
                continue;
            }
            List<Ent> sides = withListBefore(last, d.sentenceStart(d.tok(i).sentence()));
            int sentence = d.tok(i).sentence();
            for (int x = 0; x < sides.size(); x++) {
                for (int y = x + 1; y < sides.size(); y++) {
                    if (sides.get(x) != sides.get(y)) {
                        add(out, sides.get(x), sides.get(y), "dispute", Polarity.CONFLICT, -3, sentence, dates.dateOf(sentence));
                    }
                }
            }
        }
        return out;
    }

    /** A group and the side it belongs to or is run by ({@link #branchesOf}, {@link #controlledBy}). */
    private void tiesOfGroups() {
        keepAll(branchesOf());
        keepAll(controlledBy());
    }

    /** Convoys blocked ({@link #blockedConvoys}) and sides held responsible ({@link #heldResponsible}). */
    private void blamesAndObstruction() {
        keepAll(blockedConvoys());
        keepAll(heldResponsible());
    }

    private static final Words CONVOY_BLOCKING = Words.of("blocked", "blocking", "blocks", "block");

    /** What an aid body sends that a side may block: "a convoy of the WFP", "the agency's trucks". */
    private static final Words CONVOYS = Words.of("convoy", "convoys", "trucks", "lorries", "shipment", "shipments");

    /**
     * "JNIM fighters have blocked a joint convoy of the World Food Programme and the Norwegian Refugee Council",
     * "accused the RSF of blocking the WFP's convoys": the side that blocks them acts against the ones whose convoy
     * it is (named after "of", or as its owner before the noun).
     */
    private List<Found> blockedConvoys() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(CONVOY_BLOCKING)) {
            int n = d.is(i + 1, "the") ? i + 2 : i + 1;
            Mention poss = convoyOwner(n);
            n = poss != null ? poss.last() + 2 : n;
            for (int stop = poss != null ? n + 3 : i + 4; n < d.size() && n <= stop && d.word(n) && !d.capitalised(n) && run.at[n] == null
                    && !CONVOYS.contains(d.tok(n)); ) {
                n++; // "a joint", "food", "aid"
            }
            if (n >= d.size() || !d.word(n) || !CONVOYS.contains(d.tok(n)) || run.inQuote[i]) {
                continue;
            }
            List<Ent> owners = new ArrayList<>();
            if (poss != null) {
                owners.add(poss.ent());
            }
            for (int k = n + 1; d.is(n + 1, "of") && k < d.size() && k <= n + 12; k++) {
                Mention m = run.at[k];
                if (m != null && !m.ent().isPerson() && m.form() != Mention.Form.PRONOUN) {
                    owners.add(m.ent());
                    k = m.last();
                } else if (!(k == n + 1 || d.is(k, "the") || d.is(k, "and"))) {
                    break;
                }
            }
            Ent agent = blocker(i);
            int sentence = d.tok(i).sentence();
            for (Ent owner : owners) {
                if (agent != null && agent != owner && !sameSide(agent, owner)) {
                    out.add(new Found(agent, owner, "oppose", Polarity.CONFLICT, -4, sentence, dates.dateOf(sentence)));
                }
            }
        }
        return out;
    }

    /** The body named at k as the owner of what follows ("the WFP's convoys"); no person, no pronoun; or null. */
    private Mention convoyOwner(int k) {
        Mention m = namedAt(k);
        return m != null && m.form() != Mention.Form.PRONOUN && !m.ent().isPerson() && m.last() + 1 < d.size()
                && d.tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE ? m : null;
    }

    /** Who blocks at verb i: the accused before "of" ("accused the RSF of blocking"), else the side right before it. */
    private Ent blocker(int i) {
        if (d.is(i - 1, "of") && i >= 2 && run.at[i - 2] != null && run.at[i - 2].form() != Mention.Form.PRONOUN) {
            return run.at[i - 2].ent();
        }
        int w = i - 1;
        while (w > 0 && d.word(w) && (d.in(w, AUXILIARIES) || d.is(w, "fighters") || d.is(w, "gunmen") || d.is(w, "militants"))
                && run.at[w] == null) {
            w--; // "have", "had been"; "JNIM fighters have"
        }
        Mention m = w >= 0 ? run.at[w] : null;
        return m != null && m.last() == w && m.form() != Mention.Form.PRONOUN && !TextImporter.inDateline(d, w) ? m.ent() : null;
    }

    private static final Words HOLDING = Words.of("hold", "holds", "held", "holding");

    /**
     * The verb of speech that a subject pronoun at p follows, past "that" and a time ("said on Sunday that it"), or -1.
     */
    private int speechBefore(int p) {
        for (int k = p - 1, n = 0; k >= 0 && n < 5 && d.word(k); k--, n++) {
            if (run.speechAt(k)) {
                return k;
            }
            if (!(d.is(k, "that") || d.is(k, "on") || d.is(k, "last") || d.tok(k).in(WordClass.RECENT_WORDS))) {
                return -1;
            }
        }
        return -1;
    }

    /** Nouns for those who rule from a place: "the leadership in Baku", "the authorities in Kinshasa". */
    private static final Words RULERS_OF_A_PLACE = Words.of("leadership", "authorities", "government", "regime",
            "rulers", "junta", "leaders");

    /**
     * '"We hold Islamabad fully responsible for the consequences," X said': holding a side responsible or accountable
     * blames it; the one who holds it is the side right before the verb, or the speaker of a quote that says "we" or "I".
     */
    private List<Found> heldResponsible() {
        List<Found> out = new ArrayList<>();
        for (int h : d.withKeys(HOLDING)) {
            int k = d.is(h + 1, "the") ? h + 2 : h + 1;
            if (k + 2 < d.size() && run.at[k] == null && RULERS_OF_A_PLACE.contains(d.tok(k)) && d.is(k + 1, "in")) {
                k += 2; // "We hold the leadership in Baku responsible"
            }
            Mention blamed = k < d.size() ? run.at[k] : null;
            int r = blamed == null || blamed.first() != k ? -1 : blamed.last() + 1;
            if (r > 0 && d.is(r, "in") && r + 1 < d.size() && run.at[r + 1] != null && run.at[r + 1].ent() == blamed.ent()) {
                r = run.at[r + 1].last() + 1; // ("the leadership in Baku", the government's words and its seat)
            }
            r = r > 0 && d.word(r) && d.tok(r).key().endsWith("ly") ? r + 1 : r; // "fully", "entirely"
            if (r < 0 || !(d.is(r, "responsible") || d.is(r, "accountable") || d.is(r, "to") && d.is(r + 1, "account"))
                    || blamed.form() == Mention.Form.PRONOUN) {
                continue;
            }
            Quotes.Found q = run.inQuote[h] ? quotes.quoteAt(h) : null;
            int said = speechBefore(h - 1);
            Ent holder = null;
            if (q != null && (d.is(h - 1, "we") || d.is(h - 1, "i"))) {
                holder = q.speaker();
            } else if (!run.inQuote[h] && (d.is(h - 1, "it") || d.is(h - 1, "they")) && said >= 0) {
                // "Ireland said it held Israel responsible", "Iran said on Sunday it held ...": the one who says it
                holder = quotes.subjectBefore(said, d.sentenceStart(d.tok(h).sentence()));
            } else if (!run.inQuote[h] && h >= 1 && run.at[h - 1] != null && run.at[h - 1].form() == Mention.Form.PRONOUN
                    && run.at[h - 1].ent().isPerson()) {
                holder = run.at[h - 1].ent(); // "Pashinyan said he held Azerbaijan responsible"
            } else if (!run.inQuote[h]) {
                int v = h;
                while (v > 1 && d.word(v - 1) && (GOING_ON.contains(d.tok(v - 1)) || d.is(v - 1, "would") || d.is(v - 1, "will")
                        || d.is(v - 1, "to") && d.word(v - 2) && d.tok(v - 2).key().startsWith("continu"))) {
                    v--; // "would keep holding Iran to account" (not "asked the council to hold X to account")
                }
                List<Ent> sides = sidesRightBefore(v);
                if (sides.isEmpty() && v >= 1 && (d.is(v - 1, "but") || d.is(v - 1, "and"))) {
                    // "said the United States respected ... but would keep holding Iran to account": the clause's subject
                    sides = agentsBefore(v - 1, d.sentenceStart(d.tok(h).sentence()), false);
                }
                holder = sides.size() == 1 ? sides.get(0) : null;
            }
            int sentence = d.tok(h).sentence();
            if (holder != null && holder != blamed.ent() && !sameSide(holder, blamed.ent())) {
                out.add(new Found(holder, blamed.ent(), "accuse", Polarity.CONFLICT, -2, sentence, dates.dateOf(sentence)));
            }
        }
        return out;
    }

    /** Participles of a side that runs a body: "a force controlled by Russia's defence ministry". */
    private static final Words RUN_BY = Words.of("controlled", "run", "commanded", "directed", "overseen", "funded",
            "financed", "bankrolled");

    /**
     * "the Africa Corps, a force controlled by Russia's defence ministry,", "X, a militia run by the interior ministry": the
     * body named before the apposition works with the side that runs it.
     */
    private List<Found> controlledBy() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(RUN_BY)) {
            int k = d.is(i + 2, "the") ? i + 3 : i + 2;
            Mention runner = d.is(i + 1, "by") && k < d.size() ? run.at[k] : null;
            if (runner == null || runner.first() != k || runner.form() == Mention.Form.PRONOUN || run.inQuote[i]
                    || !d.word(i - 1) || !UNNAMED_BODIES.contains(d.tok(i - 1))) {
                continue;
            }
            int a = i - 2;
            while (a > 0 && i - a <= 4 && d.word(a) && !d.capitalised(a) && !d.is(a, "a") && !d.is(a, "an")
                    && run.at[a] == null && !d.in(a, FUNCTION)) {
                a--; // "a private military", "a paramilitary"
            }
            Mention body = (d.is(a, "a") || d.is(a, "an")) && comma(a - 1) && a >= 2 ? run.at[a - 2] : null;
            if (body == null || body.last() != a - 2 || body.ent() == runner.ent() || body.ent().isPerson()
                    || body.ent().isState() || body.form() == Mention.Form.PRONOUN) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            out.add(new Found(body.ent(), runner.ent(), "cooperate", Polarity.COOPERATION, 3, sentence, dates.dateOf(sentence)));
        }
        return out;
    }

    /** Nouns for a group that is another's own part or offshoot: "al-Qaeda's affiliate", "the party's armed wing". */
    private static final Words BRANCHES = Words.of("affiliate", "branch", "wing", "offshoot", "franchise");

    /**
     * A group named beside its parent's branch noun: "JNIM, al-Qaeda's affiliate in the Sahel,", "the People's Defence
     * Force (PDF), the NUG's armed wing", "The NUG's armed wing, the People's Defence Force,": the group works with its
     * parent.
     */
    private List<Found> branchesOf() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(BRANCHES)) {
            Mention owner = branchOwner(i);
            Mention group = owner == null ? null : branchNamed(owner, i);
            if (group == null || group.form() == Mention.Form.PRONOUN || group.ent() == owner.ent()
                    || group.ent().type != ActorType.ARMED_GROUP && group.ent().type != ActorType.POLITICAL_GROUP) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            out.add(new Found(group.ent(), owner.ent(), "ally", Polarity.COOPERATION, 3, sentence, dates.dateOf(sentence)));
        }
        return out;
    }

    /** The body whose branch the noun at i is ("al-Qaeda's" of "al-Qaeda's armed wing"), or null; no person, no pronoun. */
    private Mention branchOwner(int i) {
        int j = i - 1;
        for (int mods = 0; mods < 2 && d.word(j) && !d.capitalised(j) && run.at[j] == null && !d.in(j, FUNCTION); mods++) {
            j--; // "armed", "political", "local"
        }
        Mention owner = j >= 1 && d.tok(j).kind() == Token.Kind.POSSESSIVE ? run.at[j - 1] : null;
        return owner == null || owner.last() != j - 1 || owner.form() == Mention.Form.PRONOUN || owner.ent().isPerson()
                ? null : owner;
    }

    /**
     * The group set beside the branch noun at i by a comma: before its owner ("JNIM, al-Qaeda's affiliate"), else
     * after the noun and any "in" phrase ("the NUG's armed wing, the PDF"); null for none.
     */
    private Mention branchNamed(Mention owner, int i) {
        int s = d.is(owner.first() - 1, "the") ? owner.first() - 2 : owner.first() - 1;
        if (comma(s) || s >= 1 && d.tok(s).isPunct('(')) {
            int k = s >= 1 && d.tok(s - 1).isPunct(')') ? s - 2 : s - 1;
            Mention m = k >= 0 ? run.at[k] : null;
            if (m != null && m.last() == k) {
                return m;
            }
        }
        int e = i + 1;
        if (d.is(e, "in")) { // "the NUG's armed wing in Sagaing, the PDF": at most five words of place
            int stop = Math.min(d.size() - 1, i + 7);
            while (e < stop && !comma(e) && d.tok(e + 1).sentence() == d.tok(i).sentence()) {
                e++;
            }
        }
        return comma(e) ? namedAt(d.is(e + 1, "the") ? e + 2 : e + 1) : null;
    }

    /** The mention that starts at token k, or null. */
    private Mention namedAt(int k) {
        Mention m = k < d.size() ? run.at[k] : null;
        return m != null && m.first() == k ? m : null;
    }

    /**
     * The head of "the Electoral Observation Mission of the Organization of American States" for its last name: the
     * mission named before "of", else m itself.
     */
    private Mention ofPhraseHead(Mention m) {
        if (m == null) {
            return null;
        }
        int of = d.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
        Mention head = of >= 1 && d.is(of, "of") ? run.at[of - 1] : null;
        return head != null && head.last() == of - 1 && head.ent() != m.ent() && head.naming()
                && head.ent().type == ActorType.MISSION ? head : m;
    }

    /** Words that tell membership: "of which Guyana is a founding member", "to which both countries belong". */
    private static final Words MEMBERSHIP = Words.of("member", "members", "belong", "belongs");

    /** Verbs of being a member: "is a member of", "has remained a member of", "became a full member of". */
    private static final Words BEING_A_MEMBER = Words.of("is", "are", "remains", "remain", "remained", "became",
            "becomes", "become");

    /** Words between the verb and "member": "is a founding member", "are full members". */
    private static final Words KINDS_OF_MEMBER = Words.of("a", "an", "founding", "full", "fellow", "longtime",
            "long-standing", "both", "all");

    /**
     * Members of a body, told in so many words: "The Caribbean Community (CARICOM), of which Guyana is a founding member,",
     * "the CSTO, a Moscow-led military alliance to which Kyrgyzstan and Tajikistan both belong,", "Belarus, also a CSTO
     * member,", "The UPC is a member of the Coalition of Patriots for Change": each named member works with the body.
     */
    private List<Found> members() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(MEMBERSHIP)) {
            if (i < 3 || run.inQuote[i] || !d.word(i)) {
                continue; // ("Members of the council": no member named before)
            }
            int start = d.sentenceStart(d.tok(i).sentence());
            Mention body = null;
            Mention last = null; // the last member named
            if (d.is(i, "member") || d.is(i, "members")) {
                int k = i - 1;
                while (k > start && i - k <= 3 && d.word(k) && KINDS_OF_MEMBER.contains(d.tok(k))) {
                    k--;
                }
                Mention named = run.at[i - 1];
                if (named != null && named.last() == i - 1 && !named.ent().isPerson() && d.is(named.first() - 1, "a")
                        && comma(named.first() - 2) || named != null && d.is(named.first() - 2, "also")
                        && d.is(named.first() - 1, "a") && comma(named.first() - 3)) {
                    // "Belarus, also a CSTO member,"
                    body = named;
                    int c = d.is(named.first() - 2, "also") ? named.first() - 3 : named.first() - 2;
                    last = c >= 1 ? run.at[c - 1] : null;
                } else if (k > start && k >= 1 && d.word(k) && BEING_A_MEMBER.contains(d.tok(k))) {
                    // ("Togo has remained a member of ECOWAS": past the auxiliary)
                    int v = k - 1 > start && d.in(k - 1, AUXILIARIES) ? k - 1 : k;
                    last = run.at[v - 1];
                    body = d.is(i + 1, "of") ? headAfter(i, d.sentenceEnd(d.tok(i).sentence())) : ownerOfWhich(last);
                    Mention opening = run.at[d.is(start, "the") ? start + 1 : start];
                    if (last == null && comma(v - 1) && opening != null && comma(opening.last() + 1)
                            && d.in(opening.last() + 2, RELATIVE)) {
                        last = opening; // "Togo, which is ruled by X, has remained a member of": the sentence's subject
                    }
                }
            } else {
                int k = i - 1;
                k -= d.is(k, "both") || d.is(k, "all") ? 1 : 0;
                last = run.at[k];
                for (int j = k; j > start && j >= k - 12 && last != null; j--) {
                    if (d.is(j, "which") && d.is(j - 1, "to")) {
                        body = bodyBefore(j - 1, start);
                        break;
                    }
                }
            }
            if (body == null || last == null || last.form() == Mention.Form.PRONOUN || body.ent() == last.ent()
                    || body.ent().isState() || body.ent().isPerson()) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            for (Ent member : withListBefore(last, start)) {
                if (member != body.ent() && !member.isPerson()) {
                    out.add(new Found(member, body.ent(), "member", Polarity.COOPERATION, 3, sentence,
                            dates.dateOf(sentence)));
                }
            }
        }
        return out;
    }

    /** Is token k a comma (false for none)? */
    private boolean comma(int k) {
        return d.tok(k) != null && d.tok(k).isPunct(',');
    }

    /** The body named before ", of which" that the last member named at m ends: "CARICOM, of which Guyana is". */
    private Mention ownerOfWhich(Mention m) {
        if (m == null) {
            return null;
        }
        int k = withListStart(m);
        if (!d.is(k - 1, "which") || !d.is(k - 2, "of") || !comma(k - 3)) {
            return null;
        }
        return bodyBefore(k - 2, d.sentenceStart(d.tok(k).sentence()));
    }

    /** The first token of the list of sides that ends with m ("Kyrgyzstan and Tajikistan"). */
    private int withListStart(Mention m) {
        int k = m.first();
        while (k >= 2 && (d.is(k - 1, "and") || d.tok(k - 1).isPunct(',')) && run.at[k - 2] != null
                && run.at[k - 2].form() != Mention.Form.PRONOUN && !d.is(k - 2, "which")) {
            k = run.at[k - 2].first();
        }
        return k;
    }

    /**
     * The body a clause opening at token c is about: the name right before it ("the CSTO to which"), or before the comma
     * of the apposition it ends ("The CSTO (CSTO), a Moscow-led security alliance to which"); null for none.
     */
    private Mention bodyBefore(int c, int start) {
        for (int k = c - 1; k >= start && k >= c - 12; k--) {
            if (d.tok(k).isPunct(',')) {
                int n = k - 1 >= 2 && d.tok(k - 1).isPunct(')') && d.tok(k - 3).isPunct('(') ? k - 4 : k - 1;
                Mention m = n >= 0 ? run.at[n] : null;
                return m != null && m.last() == n ? m : null;
            }
            if (k == c - 1 && run.at[k] != null) {
                return run.at[k];
            }
        }
        return null;
    }

    /** Verbs by which states man a force: "provide most of the force's troops". */
    private static final Words PROVIDING = Words.of("provide", "provides", "provided", "contribute", "contributes",
            "contributed", "supply", "supplies", "supplied");

    /**
     * "Argentina, Britain and Slovakia provide most of the force's roughly 800 troops": each state of the list
     * contributes to the force named in the phrase, else to the mission the text spoke of last.
     */
    private List<Found> troopProviders() {
        List<Found> out = new ArrayList<>();
        for (int k : d.withKeys(PROVIDING)) {
            Mention last = k >= 1 && k + 1 < d.size() ? run.at[k - 1] : null;
            if (last == null || !last.ent().isState() || last.form() == Mention.Form.PRONOUN || !d.word(k)
                    || run.inQuote[k]) {
                continue; // (a state's name first: most words follow none)
            }
            int sentence = d.tok(k).sentence();
            Ent force = null;
            boolean troops = false;
            int j = k + 1;
            for (; j < d.sentenceEnd(sentence) && j <= k + 8 && !troops; j++) {
                Mention m = run.at[j];
                if (m != null && (m.ent().type == ActorType.MISSION || m.ent().type == ActorType.IGO)) {
                    force = m.ent();
                    j = m.last();
                } else if (m != null || d.tok(j).isPunct(',') || d.tok(j).kind() == Token.Kind.POSSESSIVE
                        && !(d.is(j - 1, "force") || d.is(j - 1, "mission") || d.is(j - 1, "operation"))) {
                    break; // another side, another clause, or another body's men ("the army's troops")
                } else {
                    troops = d.word(j) && PERSONNEL.contains(d.tok(j));
                }
            }
            if (!troops || d.is(j, "with")) {
                continue; // ("provide the troops with weapons": what the troops get, not who they are)
            }
            force = force != null ? force : run.recentOfType(k, ActorType.MISSION);
            if (force == null) {
                continue;
            }
            // (the list, not a place the sentence opens with: "In Sudan, Russia and Iran provide ...")
            int from = d.sentenceStart(sentence);
            Mention place = d.is(from, "in") ? run.at[from + 1] : null;
            from = place != null && d.tok(place.last() + 1) != null && d.tok(place.last() + 1).isPunct(',')
                    ? place.last() + 2 : from;
            for (Ent state : withListBefore(last, from)) {
                if (state.isState()) {
                    out.add(new Found(state, force, "contribute", Polarity.COOPERATION, 4, sentence,
                            dates.dateOf(sentence)));
                }
            }
        }
        return out;
    }

    /**
     * A state described as a mission's contributor: "Uganda, the mission's largest troop contributor,",
     * "Senegal, which provides the bulk of ECOMIG's soldiers,". The mission is the one named in the
     * description, else the one the article is about.
     */
    private List<Found> contributors() {
        List<Found> out = new ArrayList<>();
        for (int c = d.firstWithKey(","); c >= 0; c = d.nextWithKey(c)) {
            Mention state = c >= 1 && c + 2 < d.size() ? run.at[c - 1] : null;
            if (state == null || !state.ent().isState() || state.last() != c - 1
                    || state.form() == Mention.Form.PRONOUN) {
                continue;
            }
            boolean relative = d.is(c + 1, "which") || d.is(c + 1, "that");
            boolean personnel = false;
            boolean contributor = false;
            boolean troops = false;
            Ent mission = null;
            int end = Math.min(d.size(), c + 12);
            for (int k = c + 1; k < end; k++) {
                if (d.tok(k).isPunct(',') || d.tok(k).isPunct('.') || d.tok(k).isPunct(';')) {
                    break;
                }
                Mention m = run.at[k];
                if (m != null && m.ent().type == ActorType.MISSION) {
                    mission = m.ent();
                    k = m.last();
                    continue;
                } else if (m != null && m.first() > c + 1) {
                    break; // another actor: the description is not only of the state
                }
                if (!relative && (d.is(k, "contributor") || d.is(k, "contributors"))) {
                    contributor = true;
                    troops |= d.is(k - 1, "troop") || d.is(k - 1, "police") || d.is(k - 1, "military");
                }
                personnel |= relative && d.word(k) && PERSONNEL.contains(d.tok(k))
                        && (d.is(k - 1, "of") || d.tok(k - 1).kind() == Token.Kind.POSSESSIVE);
            }
            // a troop contributor, or a contributor to a mission named here (not "a contributor of aid")
            contributor &= troops || mission != null;
            // "Ethiopia, whose soldiers also serve in the mission,"
            int v = d.is(c + 3, "also") ? c + 4 : c + 3;
            boolean serving = d.is(c + 1, "whose") && d.word(c + 2) && PERSONNEL.contains(d.tok(c + 2))
                    && (d.is(v, "serve") || d.is(v, "serving") || d.is(v, "served")) && d.is(v + 1, "in");
            if (!contributor && !serving && !(personnel && (d.is(c + 2, "provides") || d.is(c + 2, "provided")
                    || d.is(c + 2, "contributes") || d.is(c + 2, "supplies")))) {
                continue;
            }
            if (mission == null) {
                mission = run.recentOfType(c, ActorType.MISSION);
            }
            if (mission != null) {
                int sentence = d.tok(c).sentence();
                out.add(new Found(state.ent(), mission, "contribute", Polarity.COOPERATION, 4, sentence,
                        dates.dateOf(sentence)));
            }
        }
        return out;
    }

    /**
     * For a token in "whose (main) (troop) contributors are|include": the token of "whose", else -1.
     */
    private int whoseContributorAt(int i) {
        int k = i;
        while (k < d.size() && k <= i + 3 && d.word(k) && !d.is(k, "contributors")) {
            k++;
        }
        if (!d.is(k, "contributors") || !(d.is(k + 1, "are") || d.is(k + 1, "include") || d.is(k + 1, "were"))) {
            return -1;
        }
        for (int w = k - 1; w >= 0 && w >= k - 4 && d.word(w); w--) {
            if (d.is(w, "whose")) {
                return w <= i ? w : -1;
            }
        }
        return -1;
    }

    /**
     * "the Multinational Joint Task Force (MNJTF), the regional coalition whose main troop contributors are Nigeria,
     * Cameroon and Chad": each one listed contributes to the body named before "whose" (past an apposition of
     * lower-case words), not to one another, and the sentence's subject contributes nothing.
     */
    private List<Found> whoseContributors() {
        List<Found> out = new ArrayList<>();
        for (int w = d.firstWithKey("whose"); w >= 0; w = d.nextWithKey(w)) {
            boolean contributors = whoseContributorAt(w) == w;
            int start = contributors ? contributorsListAt(w) : drawnFromListAt(w);
            if (start < 0) {
                continue;
            }
            int sentence = d.tok(w).sentence();
            int end = d.sentenceEnd(sentence);
            Mention first = start < end ? run.at[start] : null;
            // the body: named right before "whose", or before an apposition ("X, the regional coalition whose")
            int b = w - 1;
            // (a description there, "the regional coalition", is passed over: the name it describes comes before)
            while (b > d.sentenceStart(sentence) && b >= w - 6 && (run.at[b] == null || !run.at[b].naming())
                    && d.word(b) && !d.capitalised(b)) {
                b--;
            }
            if (d.tok(b) != null && d.tok(b).isPunct(',')) {
                b--; // (and "MINURSO, whose ...": the name right before)
            }
            if (b >= 0 && d.tok(b) != null && d.tok(b).isPunct(')') && b >= 2 && run.at[b - 1] != null) {
                b = run.at[b - 1].first() - 2; // "the Task Force (MNJTF)": the name before the acronym
            }
            Mention body = b >= 0 && d.tok(b).sentence() == sentence ? run.at[b] : null;
            if (first == null || first.first() != start || body == null || body.ent().isState() || body.ent().isPerson()
                    || run.possessiveAfter(first) || !contributors && body.ent().type != ActorType.MISSION
                    && body.ent().type != ActorType.IGO) {
                // (not "Hezbollah, whose forces are drawn from Lebanon's Shiite community": an armed group's men, a
                // people's)
                continue;
            }
            for (Ent e : listFrom(first, end)) {
                if (e.isState() && e != body.ent()) {
                    out.add(new Found(e, body.ent(), "contribute", Polarity.COOPERATION, 4, sentence,
                            dates.dateOf(sentence)));
                }
            }
        }
        return out;
    }

    /** The first token of the list after "whose main troop contributors are" at w. */
    private int contributorsListAt(int w) {
        int k = w + 1;
        while (!d.is(k, "contributors")) {
            k++;
        }
        return k + 2;
    }

    /** The men of a force whom states provide: "whose military observers are drawn from". */
    private static final Words PROVIDED_MEN = Words.of("troops", "soldiers", "observers", "peacekeepers", "personnel",
            "police", "officers", "contingents", "forces", "monitors");

    /** Words before a list of states: "drawn from countries including", "from nations such as". */
    private static final Words LIST_LEADS = Words.of("countries", "states", "nations", "including", "such", "as",
            "like", "mainly", "mostly", "largely", "chiefly");

    /**
     * After "whose" at w, "roughly 240 military observers are drawn from countries including": the first token of the
     * list of states that provide them, or -1.
     */
    private int drawnFromListAt(int w) {
        int k = w + 1;
        while (k < d.size() && k <= w + 5 && (d.number(k) || d.word(k) && !d.capitalised(k) && run.at[k] == null)
                && !PROVIDED_MEN.contains(d.tok(k))) {
            k++;
        }
        if (!d.word(k) || !PROVIDED_MEN.contains(d.tok(k)) || !(d.is(k + 1, "are") || d.is(k + 1, "were"))) {
            return -1;
        }
        k += 2;
        while (d.word(k) && LIST_LEADS.contains(d.tok(k))) {
            k++; // "are largely drawn"
        }
        if (!d.is(k, "drawn") || !d.is(k + 1, "from")) {
            return -1; // (not "whose forces came from Russia's prisons": where men come from is no state's contribution)
        }
        k++;
        k++;
        while (d.word(k) && LIST_LEADS.contains(d.tok(k))) {
            k++;
        }
        return k;
    }

    /** Words between the sanctioned and "under": "has been", "is still", "himself", "who remains". */
    private static final Words UNDER_LINKS = Words.of("has", "have", "had", "been", "is", "are", "was", "were",
            "remains", "remain", "remained", "still", "already", "himself", "herself", "itself", "themselves", "who",
            "which", "also", "now", "being", "placed", "put", "came", "come", "comes");

    /**
     * "Kovacevic has been under U.S. sanctions since 2022", "the firm, which is under EU sanctions": the
     * side named before "sanctions" imposes them on the actor named right before "under" (past forms of
     * "be", "remains", "who"), unless a preposition puts that actor in a phrase of its own.
     */
    private List<Found> underSanctions() {
        List<Found> out = new ArrayList<>();
        for (int k = d.firstWithKey("under"); k >= 0; k = d.nextWithKey(k)) {
            if (k < 1 || k + 2 >= d.size() || run.at[k + 1] == null) {
                continue;
            }
            Mention by = run.at[k + 1];
            int n = by.last() + 1;
            while (n < d.size() && n <= by.last() + 3 && d.word(n) && !d.is(n, "sanctions") && !d.capitalised(n)
                    && run.at[n] == null) {
                n++; // "under U.S. financial sanctions"
            }
            if (!d.is(n, "sanctions") || by.ent().isPerson()) {
                continue;
            }
            int j = k - 1;
            while (j >= 0 && (d.word(j) && UNDER_LINKS.contains(d.tok(j)) || d.tok(j).isPunct(','))
                    && run.at[j] == null) {
                j--;
            }
            Mention who = j >= 0 ? run.at[j] : null;
            if (who == null || who.ent() == by.ent() || who.form() == Mention.Form.DEMONYM
                    || d.tok(j).sentence() != d.tok(k).sentence() || run.inQuote[k]
                    || d.word(who.first() - 1) && d.in(who.first() - 1, PREPOSITIONS)) {
                continue; // (not "sold oil to India under G7 sanctions": India is no subject)
            }
            int sentence = d.tok(k).sentence();
            add(out, by.ent(), who.ent(), "sanction", Polarity.CONFLICT, -8, sentence, dates.dateOf(sentence));
        }
        return out;
    }

    /** A document signed with the side named after "with", some words after the document. */
    private static final Lexicon.Trigger SIGNED_WITH = new Lexicon.Trigger("agree", Polarity.COOPERATION, 5, false,
            false, false, false);

    /** Parties signing a document together: "Japan and the Philippines signed a reciprocal access agreement". */
    private static final Lexicon.Trigger SIGNED = new Lexicon.Trigger("agree", Polarity.COOPERATION, 5, false, false,
            false, false);

    /**
     * "sign" and, a few words on with only modifiers between, a treaty, agreement, pact, deal or plan that no
     * "with" follows: the verb is the trigger, its subjects the parties. A plan signed "with" a side is an agreement
     * with it; a truce or ceasefire, with or without "with", a ceasefire ({@link #truceAt}).
     */
    private Trie.Match<Lexicon.Trigger> signedDocument(int i) {
        Token t = d.tok(i);
        if (!(t.is("signed") || t.is("sign") || t.is("signs") || t.is("signing") || d.word(i) && SIGNING.contains(t))) {
            return null;
        }
        if (t.is("signed") && signedBy(i) > i && signedTextBefore(i)) {
            // "a peace agreement signed by Kinshasa and Kigali", "The accord, signed in Riyadh by X and Y,": the signers
            // after "by" (see signers)
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SIGNED));
        }
        if (t.is("signed") && (d.is(i - 1, "was") || d.is(i - 1, "were"))) {
            // "The pact was signed in Port Vila by X and Y": a document before, its signers after "by" ("The contract,
            // worth about 400 million euros, was signed": past what the commas enclose)
            int end = i - 2;
            for (int c = i - 3; d.tok(end) != null && d.tok(end).isPunct(',') && c >= 1 && c >= i - 16; c--) {
                if (d.tok(c).isPunct(',')) {
                    end = c - 1;
                }
            }
            for (int j = end; j >= 0 && j >= end - 2 && d.word(j) && run.at[j] == null; j--) {
                if (signedText(j)) {
                    return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SIGNED));
                }
            }
            return null;
        }
        if (d.is(i + 1, "with") && !t.is("sign") && documentSignedAt(i)) {
            // "a port agreement it had signed with Somaliland", "under a contract signed with Ankara": the document
            // before the verb, the other side after "with"
            return new Trie.Match<>(i, i + 1, new Trie.Entry<>(List.of(t.text()), SIGNED_WITH));
        }
        int k = nounAfterModifiers(i + 1, this::signedText);
        // "signed a pact with Niger": the lexicon's "pact with" names the other side
        boolean with = k >= 0 && (d.is(k + 1, "with") || d.is(k + 2, "with") && !d.capitalised(k + 1));
        if (with && d.is(k + 1, "with") && (d.is(k, "plan") || d.is(k, "plans"))) {
            // "signed defence cooperation plans with Armenia": a plan the lexicon has no "with" phrase for
            return new Trie.Match<>(i, k + 1, new Trie.Entry<>(List.of(t.text()), SIGNED_WITH));
        }
        Trie.Match<Lexicon.Trigger> truce = k >= 0 && TRUCE_NOUNS.contains(d.tok(k)) && truceHead(k) ? truceAt(i, k) : null;
        if (truce != null) {
            return truce; // "signed a truce with Fano", "Ethiopia and Fano signed a ceasefire"
        }
        for (int w = k + 2; k >= 0 && !with && w < d.size() && w <= k + 7 && (d.word(w) || d.number(w)
                || d.tok(w).kind() == Token.Kind.PUNCT && !d.tok(w).isPunct(',') && !d.tok(w).isPunct('.')
                && !d.tok(w).isPunct(';')) && run.at[w] == null; w++) {
            if (d.is(w, "with") && w + 1 < d.size() && (run.at[w + 1] != null
                    || d.is(w + 1, "the") && w + 2 < d.size() && run.at[w + 2] != null)) {
                // "signed an agreement worth about $4 billion with Turkey": the other side after the sum
                return new Trie.Match<>(i, w, new Trie.Entry<>(List.of(t.text()), SIGNED_WITH));
            }
        }
        if (k < 0 && !t.is("sign") && !d.is(i + 1, "with") && documentThenSigners(i)) {
            // "the integration deal Damascus and the SDF signed in March", "the agreement that the two countries
            // signed": the subjects of the clause about the document are its parties
            return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), SIGNED));
        }
        return k < 0 || with ? null : new Trie.Match<>(i, k, new Trie.Entry<>(List.of(t.text()), SIGNED));
    }

    /** Verbs besides "sign" by which sides conclude a document: "initialled a draft treaty", "struck a deal". */
    private static final Words SIGNING = Words.of("initialled", "initialed", "initials", "initialling", "initialing",
            "inked", "inks", "struck", "strikes", "striking", "reached", "reaches", "reaching", "clinched", "clinches",
            "concluded", "concludes");

    /**
     * Does a clause about a document end at the verb at i, its subjects between ("the integration deal Damascus and the
     * SDF signed", "the agreement that the two countries had signed")?
     */
    private boolean documentThenSigners(int i) {
        boolean subject = false;
        for (int j = i - 1; j >= 0 && j >= i - 9; j--) {
            if (signedText(j)) {
                return subject;
            }
            if (run.at[j] != null) {
                subject = true;
                j = run.at[j].first();
            } else if (d.is(j, "countries") || d.is(j, "governments") || d.is(j, "sides") || d.is(j, "neighbours")
                    || d.is(j, "neighbors")) {
                subject = true;
            } else if (!(d.word(j) && (d.is(j, "the") || d.is(j, "and") || d.is(j, "that") || d.is(j, "which")
                    || d.is(j, "two") || d.is(j, "both") || d.in(j, AUXILIARIES)) || d.tok(j).isPunct(','))) {
                return false;
            }
        }
        return false;
    }

    /** Is a document ({@link #signedText}) one to four words before token i, with no actor between? */
    private boolean signedTextBefore(int i) {
        int k = d.tok(i - 1) != null && d.tok(i - 1).isPunct(',') ? i - 1 : i; // ("The agreement, signed in Riyadh by")
        for (int j = k - 1; j >= 0 && j >= k - 4 && d.word(j) && run.at[j] == null; j--) {
            if (signedText(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a "by" after "signed" at i name who signed ("was signed in the border village of X by A and B"), not
     * who watched ("signed in a ceremony attended by")?
     */
    private boolean signersNamedBy(int i) {
        for (int k = i + 1; d.is(i, "signed") && k < d.size() && k <= i + 10 && (d.word(k) || d.number(k)); k++) {
            if (d.is(k, "by")) {
                return !WITNESSING.contains(d.tok(k - 1));
            }
        }
        return false;
    }

    /**
     * The "by" that names the signers after "signed" at i: next to it, or past where and when ("signed in Riyadh
     * on Monday by"); -1 for none.
     */
    private int signedBy(int i) {
        int k = i + 1;
        while (k + 1 < d.size() && k <= i + 7 && (d.is(k, "in") || d.is(k, "at") || d.is(k, "on"))) {
            k++;
            while (k < d.size() && k <= i + 7 && (d.capitalised(k) || d.number(k) || d.is(k, "the"))) {
                k++; // ("in Port Vila", "on June 4", "in the capital" is no place name: not passed)
            }
        }
        return d.is(k, "by") ? k : -1;
    }

    /**
     * Is a document named at most five tokens before the verb at i, with only its relative clause's opening, its
     * subject and auxiliaries between ("the deal that Ethiopia signed", "a pact it had signed")?
     */
    private boolean documentSignedAt(int i) {
        boolean subject = false;
        for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
            if (signedText(j)) {
                // (a bare participle, "a contract signed with Ankara", leaves its signer to the clause's subject,
                // which the nearest name before need not be: not read)
                return subject;
            }
            boolean named = run.at[j] != null || d.is(j, "it") || d.is(j, "they");
            subject |= named;
            if (!named && !(d.word(j) && (d.is(j, "that") || d.is(j, "which") || d.in(j, AUXILIARIES)))) {
                return false;
            }
        }
        return false;
    }

    /** Is token j a text one signs: a treaty, agreement, pact ({@link WordClass#DOCUMENT_WORDS}), deal or contract? */
    private boolean signedText(int j) {
        return d.word(j) && (d.in(j, DOCUMENT_WORDS) || d.is(j, "deal") || d.is(j, "deals") || d.is(j, "contract")
                || d.is(j, "contracts") || d.is(j, "plan") || d.is(j, "plans") || TRUCE_NOUNS.contains(d.tok(j)));
    }

    /** The last of the capitalised words from token k on (k itself when the next is not capitalised). */
    private int nounEnd(int k) {
        while (d.capitalised(k + 1) && run.at[k + 1] == null) {
            k++;
        }
        return k;
    }

    /**
     * The first of the six tokens from {@code from} on, in its sentence, that is the noun sought, when
     * only lower-case words, numbers and hyphens that name no actor come before it ("a reciprocal access
     * agreement", "a 30-day ceasefire", "more than a dozen cooperation agreements"), or the capitalised
     * words of its name ("a Reciprocal Access Agreement"); -1 otherwise.
     */
    private int nounAfterModifiers(int from, java.util.function.IntPredicate noun) {
        int sentence = d.tok(from - 1).sentence();
        for (int k = from; k < d.size() && k <= from + 5 && d.tok(k).sentence() == sentence; k++) {
            if (noun.test(k)) {
                return k;
            }
            // "a Reciprocal Access Agreement": a document's capitalised name too, when its noun is capitalised
            boolean named = d.capitalised(k) && d.capitalised(nounEnd(k)) && noun.test(nounEnd(k));
            boolean modifier = d.word(k) && (!d.capitalised(k) || named) || d.number(k) || d.tok(k).isPunct('-');
            Mention qualifier = run.at[k];
            if (qualifier != null && qualifier.first() == k && d.is(qualifier.last() + 1, "-")
                    && d.word(qualifier.last() + 2) && d.tok(qualifier.last() + 2).joined()
                    && d.tok(qualifier.last() + 2).key().endsWith("ed")) {
                k = qualifier.last() + 1; // "a U.S.-brokered peace agreement", "a Qatar-mediated deal": a modifier
                continue;
            }
            if (!modifier || run.at[k] != null) {
                return -1;
            }
        }
        return -1;
    }

    /** Parties agreeing to stop fighting: "agreed on Monday to a ceasefire", "agreed to a truce with X". */
    private static final Lexicon.Trigger TRUCE = new Lexicon.Trigger("ceasefire", Polarity.COOPERATION, 5, false, false,
            false, false);
    private static final Words TRUCE_NOUNS = Words.of("ceasefire", "truce", "armistice",
            "cessation");

    /**
     * "agree" and, a few words on in the same clause, "to" or "on" a ceasefire or truce: the verb is
     * the trigger, its subjects the parties ("X and Y agreed in May to a ceasefire"), or its subject
     * and the one after "with" ("X agreed to a truce with Y"); likewise a truce agreed as the verb's object ("agreed a
     * 30-day truce with Fano").
     */
    private Trie.Match<Lexicon.Trigger> agreedTruce(int i) {
        Token t = d.tok(i);
        if (!(t.is("agreed") || t.is("agree") || t.is("agrees") || t.is("agreeing"))) {
            return null;
        }
        int object = nounAfterModifiers(i + 1, j -> TRUCE_NOUNS.contains(d.tok(j)));
        if (object >= 0 && truceHead(object)) {
            return truceAt(i, object); // "agreed a truce with Fano", "agreed a 30-day ceasefire"
        }
        for (int k = i + 1; k < d.size() && k <= i + 6 && d.tok(k).sentence() == t.sentence(); k++) {
            Token w = d.tok(k);
            if (w.isPunct(';') || w.kind() == Token.Kind.QUOTE || run.at[k] != null) {
                return null;
            }
            if (w.is("to") || w.is("on")) {
                // (if not, "agreed on Monday to a ceasefire": the "to" further on may still lead to one)
                int j = nounAfterModifiers(k + 1, j2 -> TRUCE_NOUNS.contains(d.tok(j2)));
                if (j >= 0) {
                    return new Trie.Match<>(i, j, new Trie.Entry<>(List.of(t.text()), TRUCE));
                }
            }
        }
        return null;
    }

    /**
     * Is the truce word at k the head of its noun phrase, the end of the phrase or right before "with" (not "a ceasefire
     * agreement with X", "a cessation of hostilities", whose head the lexicon reads)?
     */
    private boolean truceHead(int k) {
        return !(d.word(k + 1) && (signedText(k + 1) || d.is(k + 1, "of")));
    }

    /** A truce concluded with the side named after "with". */
    private static final Lexicon.Trigger TRUCE_WITH = new Lexicon.Trigger("ceasefire", Polarity.COOPERATION, 5, false,
            false, false, false);

    /**
     * A truce or ceasefire at token k that the verb at i concludes: with the side after "with" ("signed a truce with
     * Fano"), else among the verb's subjects ("Ethiopia and Fano signed a ceasefire").
     */
    private Trie.Match<Lexicon.Trigger> truceAt(int i, int k) {
        if (d.is(k + 1, "with")) {
            return new Trie.Match<>(i, k + 1, new Trie.Entry<>(List.of(d.tok(i).text()), TRUCE_WITH));
        }
        return new Trie.Match<>(i, k, new Trie.Entry<>(List.of(d.tok(i).text()), TRUCE));
    }

    /** An expulsion as ordering them out: "ordered French troops out of the country", "ordered X to leave". */
    private static final Lexicon.Trigger EXPEL = new Lexicon.Trigger("expel", Polarity.CONFLICT, -9, false, false, false, false);

    private static final Lexicon.Trigger DETAIN = new Lexicon.Trigger("detain", Polarity.CONFLICT, -9, false, false, false,
            false);

    /**
     * "placed Prime Minister X under house arrest", "put the leaders under arrest": a detention whose trigger is the
     * verb, so that the actor between it and "under ... arrest" (detention, guard) is its target.
     */
    private Trie.Match<Lexicon.Trigger> placedUnderArrest(int i) {
        Token t = d.tok(i);
        if (!PLACING.contains(t) && !t.is("placing")) {
            return null;
        }
        boolean actor = false;
        for (int k = i + 1; k + 1 < d.size() && k <= i + 10 && d.tok(k).sentence() == t.sentence(); k++) {
            if (d.tok(k).isPunct(',') || d.tok(k).isPunct(';') || d.tok(k).kind() == Token.Kind.QUOTE) {
                return null;
            }
            actor |= run.at[k] != null && run.at[k].form() != Mention.Form.PRONOUN;
            if (d.is(k, "under")) {
                int n = d.is(k + 1, "house") ? k + 2 : k + 1;
                boolean held = d.is(n, "arrest") || d.is(n, "detention") || d.is(n, "guard");
                return actor && held ? new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), DETAIN)) : null;
            }
        }
        return null;
    }

    /**
     * "ordered" (or "told") with an actor and then "out" or "to leave" close behind it, in the same clause, or "gave"
     * with an actor and a number of hours or days "to leave": an expulsion whose trigger is the verb, so
     * that the actor after it is its target.
     * A deadline to do something else ("gave X 30 days to present a plan") is an ultimatum, a demand, and an order
     * to stop or give something up ("ordered Ethiopian Airlines to halt flights", {@link #ORDERED_ACTS}) a demand too.
     */
    private Trie.Match<Lexicon.Trigger> orderedOut(int i) {
        Token t = d.tok(i);
        // "gave Ambassador X 72 hours to leave": a deadline to go is an order to ("three days to withdraw its
        // statement" is an ultimatum instead)
        boolean gave = t.is("gave") || t.is("gives") || t.is("give") || t.is("giving") || t.is("given");
        // ("told Indian troops to leave", "tells the envoy to leave": an order too)
        if (!(t.is("ordered") || t.is("orders") || t.is("order") || t.is("ordering") || gave || t.is("told") || t.is("tells")
                || t.is("tell") || t.is("telling"))) {
            return null;
        }
        boolean actor = false;
        boolean deadline = !gave;
        int limit = i + 10;
        for (int k = i + 1; k < d.size() && k <= limit && d.tok(k).sentence() == t.sentence(); k++) {
            Token w = d.tok(k);
            if (actor && w.isPunct(',') && (d.is(k + 1, "who") || d.is(k + 1, "which") || d.is(k + 1, "whose"))) {
                // "gave the military rulers, who call themselves the NCRS, six months to": past the clause
                // (and "ordering diplomats from Argentina and Panama, whose governments had ..., to leave")
                int close = k + 2;
                while (close < d.size() && close <= k + 16 && !d.tok(close).isPunct(',') && d.tok(close).sentence() == t.sentence()) {
                    close++;
                }
                if (close < d.size() && d.tok(close).isPunct(',')) {
                    limit += close - k;
                    k = close;
                    continue;
                }
            }
            if (w.isPunct(',') && run.at[k - 1] == null && k + 1 < d.size() && run.at[k + 1] != null
                    && run.at[k + 1].first() == k + 1 && run.at[k + 1].ent().isPerson()
                    && d.tok(run.at[k + 1].last() + 1) != null && d.tok(run.at[k + 1].last() + 1).isPunct(',')) {
                // "ordered the Thai ambassador, Kasem Wongsawat, to leave": the name in apposition
                actor = true;
                limit += run.at[k + 1].last() + 1 - k;
                k = run.at[k + 1].last() + 1;
                continue;
            }
            if (w.isPunct(',') && !(run.at[k - 1] != null && k + 1 < d.size() && run.at[k + 1] != null)
                    || w.isPunct(';') || w.kind() == Token.Kind.QUOTE) {
                return null; // (not the commas of a list: "diplomats from Argentina, Chile and Peru to leave")
            }
            if (gave && !actor && run.at[k] != null && run.modifier(run.at[k])) {
                return null; // "gave UN staff 48 hours": the actor only qualifies the ones given the deadline
            }
            if (d.word(k) && d.in(k, SUBORDINATORS)) {
                return null; // ("ordered an audit of the UNDP after local staff refused to leave": another clause)
            }
            actor |= run.at[k] != null;
            if (run.at[k] != null && run.at[k].first() == k) {
                // "ordered a mission of the Organization of American States (OAS) to leave": a long name, and the
                // acronym in brackets after it, count as one word
                int last = run.at[k].last();
                last = d.is(last + 1, "(") && d.is(last + 3, ")") ? last + 3 : last;
                limit += last - k;
            }
            deadline |= actor && (w.is("hours") || w.is("days") || w.is("weeks") || w.is("months")) && d.is(k + 1, "to");
            // (not "told the Security Council the pull-out must be orderly": a noun's "out")
            if (actor && deadline && (w.is("out") && !d.tok(k - 1).isPunct('-') || (w.is("to") && d.tok(k + 1) != null
                    && (d.tok(k + 1).is("leave") || d.tok(k + 1).is("quit") || d.tok(k + 1).is("close")
                    || d.tok(k + 1).is("shut") || d.tok(k + 1).is("withdraw") && !gave)))) {
                // ("ordered the UN human rights office in the country to close within 72 hours")
                return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), EXPEL));
            }
            if (!gave && actor && w.is("to") && d.word(k + 1) && ORDERED_ACTS.contains(d.tok(k + 1))) {
                // "ordered Ethiopian Airlines to halt flights", "ordered the force to hand over the airport": a demand
                return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), ORDER));
            }
            if (gave && actor && w.is("to") && d.word(k - 1) && (d.is(k - 1, "hours") || d.is(k - 1, "days")
                    || d.is(k - 1, "weeks") || d.is(k - 1, "months")) && d.word(k + 1) && !d.capitalised(k + 1)) {
                // "gave the UN refugee agency 30 days to present a plan", "gave ECOWAS 72 hours to lift its
                // sanctions": an ultimatum, which is a demand
                return new Trie.Match<>(i, i, new Trie.Entry<>(List.of(t.text()), ULTIMATUM));
            }
        }
        return null;
    }

    private static final Lexicon.Trigger ULTIMATUM = new Lexicon.Trigger("demand", Polarity.CONFLICT, -6, false, false,
            false, false);

    /** Acts a side is ordered to stop or give up: "ordered X to halt flights", "told Y to hand over the airport". */
    private static final Words ORDERED_ACTS = Words.of("halt", "stop", "suspend", "cease", "end", "hand", "surrender",
            "disarm", "vacate", "evacuate", "dismantle", "abandon");

    private static final Lexicon.Trigger ORDER = new Lexicon.Trigger("demand", Polarity.CONFLICT, -5, false, false,
            false, false);

    /**
     * Does the trigger at a stand in a relative clause opened by ", which" or ", who" (right before its
     * clause, or inside it before the trigger: "The militia, which claims to defend X, has ...")?
     */
    private boolean relativeClauseOpen(int a, int from) {
        if (from >= 2 && d.word(from - 1) && d.in(from - 1, RELATIVE) && d.tok(from - 2).isPunct(',')) {
            return true;
        }
        for (int k = a - 1; k > from && k >= a - 6; k--) {
            if (d.tok(k).isPunct(',') || run.at[k] != null) {
                return false;
            }
            if ((d.is(k, "which") || d.is(k, "who")) && d.tok(k - 1).isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is the comma at k one inside a list of sides that ends with "and" and one more ("by Turkey, the United States
     * and the European Union,")? Then it does not close a relative clause.
     */
    private boolean listGoesOn(int k) {
        int j = k;
        while (j + 1 < d.size() && d.tok(j).isPunct(',') && run.at[j - 1] != null) {
            Mention next = namedAt(d.is(j + 1, "the") ? j + 2 : j + 1);
            if (next == null) {
                return false;
            }
            j = next.last() + 1;
        }
        return j > k && d.is(j, "and") && j + 1 < d.size() && namedAt(d.is(j + 1, "the") ? j + 2 : j + 1) != null;
    }

    /** Nouns by which a text labels the act just told: ", a move Ethiopia has criticised", ", a step ...". */
    private static final Words MOVE_LABELS = Words.of("move", "step", "decision", "measure", "development");

    /**
     * For a passive verb at a in ", a decision that was opposed by" or ", a move welcomed by": the token of the label
     * noun the verb is said of, else -1.
     */
    private int movedLabelBefore(int a) {
        int k = a - 1;
        while (k > 0 && d.word(k) && (d.in(k, AUXILIARIES) || d.is(k, "that") || d.is(k, "which") || d.is(k, "widely")
                || d.is(k, "also") || d.is(k, "strongly")) && run.at[k] == null) {
            k--;
        }
        for (int j = k - 1; d.is(k, "and") && j > 2 && j >= k - 8 && !d.tok(j).isPunct(','); j--) {
            if (d.word(j) && MOVE_LABELS.contains(d.tok(j))) {
                k = j; // ", a move welcomed by Russia and criticised by the EU": the second verb's label too
                break;
            }
        }
        return labelAfterComma(k) ? k : -1;
    }

    /** Is token k a label noun set off after a side's act, ", a move", ", a decision"? */
    private boolean labelAfterComma(int k) {
        return k >= 2 && d.word(k) && MOVE_LABELS.contains(d.tok(k)) && (d.is(k - 1, "a") || d.is(k - 1, "an"))
                && d.tok(k - 2).isPunct(',');
    }

    /**
     * For a clause that starts at token from after ", a move that" or ", a decision which": the token of the label
     * noun, else -1.
     */
    private int relativeLabelBefore(int from) {
        int k = from - 1;
        if (!(d.is(k, "that") || d.is(k, "which")) || k < 3) {
            k = from; // (the clause may start at the relative word itself)
            if (!(d.is(k, "that") || d.is(k, "which")) || k < 3) {
                return -1;
            }
        }
        return labelAfterComma(k - 1) ? k - 1 : -1;
    }

    /** Verbs of seeking an agreement, not making one: "was negotiating a similar deal with Tanzania". */
    private static final Words NEGOTIATING = Words.of("negotiating", "negotiate", "negotiates", "negotiated",
            "discussing", "discuss", "discusses", "discussed", "seeking", "seek", "seeks", "sought", "pursuing");

    /**
     * What a trigger says once the checks on its own words are done: the act, which negation, a
     * block or a cut may have turned round, and whether it names a leader ousted in a coup.
     */
    private record Act(Polarity polarity, String category, double weight, boolean ousted, int head) {
    }

    /**
     * The relations a trigger match states: its clause, the act as the words around it make it
     * ({@link #act}), its target, and then its agents ({@link #relationsWith}). (Many methods, not one: a method
     * too large is not compiled at all, see MethodSizeTest; and past about 2,000 bytes of bytecode C2 stops
     * inlining the small token tests a method calls, see the README's Development section.)
     */
    private List<Found> relationsFor(Trie.Match<Lexicon.Trigger> m) {
        Lexicon.Trigger trig = m.value();
        int a = m.first();
        int b = m.last();
        int sentence = d.tok(a).sentence();
        Quotes.Found quote = quotes.quoteAt(a);
        if (quote != null && quotes.quoteAt(b) != quote) {
            quote = null; // 'expressed its "full solidarity" with X': marks around part of the phrase, no one's words
        }
        int from = Math.max(clauseStart(a, quote), planApposition(a)); // (", a plan backed by ...": its own clause)
        int to = clauseEnd(b, quote);
        for (int k = b + 1; k + 2 < to; k++) {
            if (labelAfterComma(k + 2)) {
                to = k; // "under a defence pact signed last year, a move Ethiopia has criticised": another's stance
                break;
            }
        }
        if (relativeClauseOpen(a, from)) {
            // "UNIFIL, which has troops deployed along the boundary, said ...": the relative clause ends at its comma
            for (int k = b + 1; k < to; k++) {
                if (d.tok(k).isPunct(',') && !listGoesOn(k)) {
                    to = k;
                    break;
                }
            }
        }
        if (genericDoer(a) || unnamedDoerOfSaidClause(a)) {
            // '"Those who arm Armenia today will bear responsibility"': whoever does it, no one named; "sanctions on two
            // companies it said were supplying drone parts to Russia": the companies supply, not the one who said it
            return List.of();
        }
        Act act = act(trig, a, b, from, to);
        if (act == null || act.category().equals("sanction") && trig.noun() && breachedBefore(a) || rivalAdjective(a, b)) {
            // ("accused X of violating the arms embargo on Libya": the embargo is another's, X broke it; "delivered
            // drones to rival Libyan forces": forces that are each other's rivals, not the subject's)
            return List.of();
        }
        Polarity polarity = act.polarity();
        String category = act.category();
        double weight = act.weight();
        String date = dates.dateOf(sentence);
        List<Found> out = new ArrayList<>();
        int label = STANCES_ON_MOVES.contains(category) && !trig.noun() && !d.is(b + 1, "by") // (passive: below)
                ? relativeLabelBefore(from) : -1;
        if (label >= 0) {
            // "the Council asked for a phased drawdown, a move that South Sudan opposed": the move's maker, the
            // sentence's subject, is the one the clause's own subject stands with or against
            Ent maker = quotes.firstSubject(d.sentenceStart(sentence), label);
            for (Ent agent : maker == null ? List.<Ent>of() : agentsBefore(a, from, false)) {
                add(out, agent, maker, category, polarity, weight, sentence, date);
            }
            return out;
        }
        int helpedAt = category.equals("fight") ? helpedToFight(a, from) : -1;
        if (helpedAt >= 0) {
            // "deployed to help Mozambique fight an insurgency", "to help Kinshasa fight the M23": the one helped and
            // its helper fight the foe named after the verb, if any; the one helped is no foe
            Mention foe = headAfter(b, to);
            for (int k = b + 1; foe != null && foe.ent().isPerson() && k < foe.first(); k++) {
                foe = d.tok(k).isPunct(',') ? null : foe; // (not "..., army chief X said": the speaker is no foe)
            }
            if (foe != null && foe.ent() != run.at[helpedAt].ent()) {
                // the helper fights beside only when it sent men, and did not deny it ("pledged $50 million to help
                // Somalia fight al-Shabaab" gives money; "denied sending troops to help")
                List<Ent> fighters = new ArrayList<>(menSentBefore(helpedAt, sentence)
                        ? agentsBefore(helpedAt - 1, from, false) : List.of());
                fighters.add(run.at[helpedAt].ent());
                for (Ent fighter : fighters) {
                    add(out, fighter, foe.ent(), category, polarity, weight, sentence, date);
                }
            }
            return out;
        }
        if (trig == TRUCE || trig == SIGNED) {
            partners(out, signers(a, b, from, to, trig == SIGNED), category, polarity, weight, sentence, date,
                    trig == SIGNED && signersNamedBy(a));
            return out;
        }
        if (trig.mutual()) {
            List<Found> mutual = mutualRelations(trig, a, b, from, to, sentence, quote, category, polarity, weight,
                    date);
            mutual.removeIf(f -> onlyMediator(f.source(), sentence) || onlyMediator(f.target(), sentence));
            if (mutual.size() == 1 && polarity == Polarity.CONFLICT && quote == null) {
                Found f = mutual.get(0);
                Mention foe = headAfter(b, to);
                if (foe != null && foe.ent() == f.target()) {
                    withPartnerAlongside(mutual, f.source(), f.target(), foe, sentence, date); // "fights X alongside Y"
                }
            }
            return mutual;
        }
        if (trig.agentAfter()) {
            return agentAfterRelations(out, a, b, from, to, sentence, category, polarity, weight, date);
        }
        // passive: "X was deployed by Y" (and "X was declared persona non grata by Managua")
        boolean declaredBy = d.is(b + 1, "by") && d.is(a - 1, "declared") && d.tok(a - 2) != null && d.tok(a - 2).in(PASSIVE)
                && namedPersonBefore(a - 3); // (not "Poland's ambassador was declared", "who was declared")
        boolean passive = (d.tok(a - 1) != null && d.tok(a - 1).in(PASSIVE))
                || (d.tok(b + 1) != null && d.tok(b + 1).is("by") && d.tok(b).key().endsWith("ed"))
                || declaredBy
                // "sanctions imposed by the European Union": a noun with a participle and its agent
                || (trig.noun() && d.tok(b + 2) != null && d.tok(b + 1).isWord() && d.tok(b + 1).key().endsWith("ed")
                        && d.tok(b + 2).is("by"))
                // "deplored the attack by al-Shabaab on the base": the noun's own agent
                || (trig.noun() && d.is(b + 1, "by") && b + 2 + (d.is(b + 2, "the") ? 1 : 0) < d.size()
                && run.at[b + 2 + (d.is(b + 2, "the") ? 1 : 0)] != null);
        boolean doneBy = trig.noun() && !declaredBy && !d.tok(a).key().endsWith("ed")
                && (d.is(b + 1, "by") || carriedOutBy(b) > 0);
        if (passive || doneBy) {
            List<Found> byAgent = passiveRelations(out, a, b, from, to, sentence, quote, category, polarity, weight,
                    date, doneBy);
            if (byAgent != null) {
                return byAgent;
            }
        }
        if (trig.noun() && category.equals("expel") && a >= 2) {
            List<Found> expelled = declaredPersonaNonGrata(a, b, from, sentence, category, weight, date);
            if (expelled != null) {
                return expelled;
            }
        }
        if (eachOtherAfter(b, b + 4)) {
            // "Canada and India expelled each other's top diplomats": each acts on the other
            List<Ent> pair = agentsBefore(a, from, false);
            if (pair.size() == 2) {
                add(out, pair.get(0), pair.get(1), category, polarity, weight, sentence, date);
                add(out, pair.get(1), pair.get(0), category, polarity, weight, sentence, date);
                return out;
            }
        }
        return relationsOfAct(out, act, trig, a, b, from, to, quote, sentence, date, polarity, category, weight);
    }

    /**
     * {@link #relationsFor} once the act is known and is no pact, mutual act, passive or agent-after phrase: the
     * target its words name, past places and modifiers, then {@link #responseTarget}. (One method too large for C2
     * to inline the small calls it makes; see the README's Development section.)
     */
    private List<Found> relationsOfAct(List<Found> out, Act act, Lexicon.Trigger trig, int a, int b, int from, int to,
            Quotes.Found quote, int sentence, String date, Polarity polarity, String category, double weight) {
        // "a supplier of gas to the bloc" is trade, "our allies in the face of X" no alliance with X: these
        // nouns name a side only as "Israel's main supplier", "Norway's partners"
        boolean supplier = (d.tok(b).is("supplier") || d.tok(b).is("suppliers") || d.tok(b).is("allies")
                || d.tok(b).is("partner") || d.tok(b).is("partners")) && !d.tok(a).is("arms")
                && (b == 0 || !d.tok(b - 1).is("arms"));
        // "Turkey, Azerbaijan's closest ally, said it would ...": the owner is the one it is an ally of
        Mention roleOwner = possessorOfRoleNoun(a, b);
        Mention targetM = supplier || roleOwner != null ? null : headAfter(b, to, polarity == Polarity.COOPERATION);
        if (targetM != null && category.equals("investigate") && victimOfAnAct(b, targetM)) {
            targetM = null; // "the investigation into the murder of X": X is the victim, not the one investigated
        }
        if (targetM != null && participleClauseBetween(b, targetM.first())) {
            targetM = null; // "leaned on Russia for military support since expelling French forces": another act's object
        }
        if (targetM != null && (commaClauseBetween(b, targetM.first())
                || targetM.ent().isPerson() && run.speechAt(targetM.last() + 1) && commaBetween(b, targetM.first()))) {
            // "a resolution demanding an immediate ceasefire in Sudan, drawing criticism from Britain", "..., with the
            // United States abstaining": a side named in a clause set off after the act's object; "to arrest a former
            // vice president, Mexican President X said": the speech tag's speaker
            targetM = null;
        }
        if (targetM != null && category.equals("protest") && d.is(b, "to") && targetM.ent().type == ActorType.IGO) {
            // "lodged a formal protest to the United Nations over Somalia's claims": the side it is over
            Mention over = null;
            for (int k = targetM.last() + 1; k < to && over == null; k++) {
                over = (d.is(k, "over") || d.is(k, "against")) ? headAfter(k, to) : null;
            }
            targetM = over;
        }
        if (targetM != null && subjectOfNextClause(targetM)) {
            targetM = null; // "have sent soldiers, and Kenya still provides the largest contingent": Kenya's own clause
        }
        if (targetM != null && accusedOfAt(a, b)) {
            targetM = null; // "firms accused of helping Russia", "entities it accuses of supplying drones to Russia"
        }
        if (targetM == null || !sameClause(b, targetM.first())) {
            Mention antecedent = relativeObject(a);
            targetM = antecedent != null ? antecedent : targetM; // "Viv Ansanm, which the United States designated a ..."
        }
        boolean blamedDirectly = b + 2 < d.size()
                && (run.at[b + 1] != null || d.is(b + 1, "the") && run.at[b + 2] != null);
        if (d.tok(a).key().startsWith("blam") && !blamedDirectly) {
            // "blamed the tension on U.S.-led exercises": the one it is blamed on, a modifier too (not "blamed
            // Iran for the attack on Saudi Arabia": the one blamed is named first)
            for (int k = b + 1; k + 1 < to && k <= b + 6 && !d.is(k, "for"); k++) {
                if (d.is(k, "on")) {
                    int j = d.is(k + 1, "the") ? k + 2 : k + 1;
                    targetM = j < to && run.at[j] != null && run.at[j].form() != Mention.Form.PRONOUN ? run.at[j]
                            : targetM;
                    break;
                }
            }
        }
        if (targetM != null && targetM.first() > b + 1 && (d.is(b + 1, "it") || d.is(b + 1, "them")) && run.at[b + 1] == null
                && (d.in(b, PREPOSITIONS) || !trig.noun())) {
            // "withdrew from it a year later to join the CPC": from a thing named before; "failing to defend it during
            // Azerbaijan's offensive": the verb's object is the one "it" stands for, which is no actor read here
            targetM = null;
        }
        Ent recalled = null;
        if (targetM != null && category.equals("sever") && targetM.ent().isPerson()) {
            // "recalled Ambassador X from Buenos Aires", "recalled its ambassador, X, from Kigali": the envoy is the
            // recaller's own; the state recalled from is the one acted on
            recalled = targetM.ent();
            targetM = headAfter(targetM.last(), to);
        }
        // "defended the pullout at a briefing in Gaborone": a place, not the one acted on (troops sent
        // "in Mali" are there for Mali)
        while (targetM != null && !category.equals("deploy") && !category.equals("contribute")
                && !(category.equals("sever") && d.tok(targetM.first() - 1).is("from")) // "recalled its ambassador from Abu Dhabi"
                && targetM.first() - 1 > b && locative(targetM) // not "fired at Ukraine": the trigger's own "at"
                && !(d.is(targetM.first() - 1, "in") && d.word(targetM.first() - 2)
                && (FRIEND_NOUNS.contains(d.tok(targetM.first() - 2))
                || category.equals("threaten") && INTERVENING.contains(d.tok(targetM.first() - 2))))) {
            // ("our friends in Skopje": its state; "threatened military intervention in Niger": the state intervened in)
            targetM = headAfter(targetM.last(), to);
        }
        targetM = pastPlaceFrom(targetM, a, b, trig.category().equals("demand"));
        Token afterDemonym = targetM != null && targetM.form() == Mention.Form.DEMONYM && d.word(targetM.last() + 1)
                ? d.tok(targetM.last() + 1) : null;
        if (afterDemonym != null && (FACTIONS.contains(afterDemonym) || category.equals("aid") && PEOPLES.contains(afterDemonym))) {
            // "praised the wisdom of the Yemeni parties": the sides within a country; "donors of humanitarian aid
            // to the Sudanese people": a people (while solidarity "with the Venezuelan people" stands with the state)
            targetM = null;
        }
        if (targetM != null && category.equals("coup") && !sameClause(b, targetM.first())) {
            targetM = null; // "the officers who overthrew the elected government, was greeted ... in Burkina Faso"
        }
        Mention included = polarity == Polarity.CONFLICT && (targetM == null || targetM.first() < a
                || !targetM.naming()) ? includedAfter(b, d.sentenceEnd(sentence)) : null;
        if (included != null) {
            targetM = included; // "sanctions on 16 officials, including CNE president X"
        }
        // "deploying troops near the border with Russia", "to within 30 km of the Russian border", "to Poland's
        // border with Belarus": places, not the ones helped; nor is a side named past a comma after them
        // ("..., Estonia said")
        while (targetM != null && (targetM.first() - 2 > b && d.is(targetM.first() - 1, "with")
                && (d.is(targetM.first() - 2, "border") || d.is(targetM.first() - 2, "borders")
                || d.is(targetM.first() - 2, "frontier"))
                || polarity == Polarity.COOPERATION && targetM.first() > b + 1 && borderAfter(targetM.last() + 1))) {
            Mention next = headAfter(targetM.last(), to);
            for (int k = targetM.last() + 1; next != null && k < next.first(); k++) {
                if (d.tok(k).isPunct(',')) {
                    next = null;
                }
            }
            targetM = next;
        }
        for (int k = b + 1; targetM != null && trig.noun() && k + 1 < targetM.first(); k++) {
            if (d.is(k, "and") && d.word(k + 1) && d.tok(k + 1).in(REQUESTS)) {
                targetM = null; // "welcomed the sanctions and urged Singapore and Thailand to": the request's object
            }
        }
        for (int k = b + 2; targetM != null && k + 1 < targetM.first(); k++) {
            if (d.is(k, "and") && d.word(k + 1) && d.tok(k + 1).key().endsWith("ing")) {
                // "deploying troops ... and drawing threats from Moscow": another verb's object (not that of
                // "supporting and arming Ukraine", two verbs of one object)
                targetM = null;
            }
        }
        if (targetM != null && category.equals("deploy") && targetM.ent().isPerson() && targetM.ent().roles.isEmpty()) {
            targetM = null; // "soldiers had been deployed overnight to San Pedro Sula": a place the text does not know
        }
        if (targetM != null && a == b && d.is(a, "against") && !objectOfPreposition(b, targetM)) {
            targetM = null; // "stands with India against terrorism and urged Pakistan": against terrorism only
        }
        if (targetM != null && polarity == Polarity.COOPERATION && measureAgainst(targetM, b)) {
            // "welcomed the measures against Rwanda", "supported sanctions against the junta": with the measures,
            // against the one they target
            polarity = Polarity.CONFLICT;
            category = "oppose";
            weight = -3;
            act = new Act(polarity, category, weight, act.ousted(), act.head());
        }
        if (targetM != null && polarity == Polarity.COOPERATION && targetM.first() > b + 1 && afterAgainst(targetM)) {
            targetM = null; // "deployed to secure the border against al-Shabaab": the one it is against, not helped
        }
        if (targetM != null && category.equals("defend") && (d.is(targetM.first() - 1, "from")
                || d.is(targetM.first() - 1, "the") && d.is(targetM.first() - 2, "from"))) {
            targetM = null; // "protecting civilians from the army's barrel bombs": the army is the threat
        }
        return responseTarget(out, act, trig, a, b, from, to, quote, sentence, date, targetM, polarity, category,
                weight, recalled);
    }

    /** Words for stepping into a state's affairs by force or pressure: "military intervention in Niger", "meddling in". */
    static final Words INTERVENING = Words.of("intervention", "interventions", "intervene", "intervenes", "intervened",
            "intervening", "interference", "interfering", "interfere", "interferes", "interfered", "meddling", "meddle",
            "meddles", "meddled", "incursion", "incursions");

    /**
     * Is the trigger a verb of accusing with "of" right after it ("companies accused of helping Russia", "entities
     * it accuses of supplying drones to Russia")? The one accused is before it, or no one: the side named in the
     * charge is none (while "accusations of Russian meddling" name the one accused).
     */
    private boolean accusedOfAt(int a, int b) {
        return a == b && d.is(b + 1, "of") && (d.is(a, "accused") || d.is(a, "accuses") || d.is(a, "accuse")
                || d.is(a, "accusing"));
    }

    /** Nouns for what a side seeks to do: "Sweden's bid to join NATO", "Ukraine's efforts to join the EU". */
    private static final Words ASPIRATIONS = Words.of("bid", "bids", "application", "applications", "attempt",
            "attempts", "effort", "efforts", "drive", "push", "quest", "request", "requests", "ambition", "ambitions",
            "aspirations", "plan", "plans", "decision", "refusal", "failure", "readiness", "willingness", "offer");

    /**
     * The side whose possessive owns the noun of seeking before the trigger at a ("Sweden's bid to join NATO",
     * "Ukraine's long-standing efforts to join the EU"), or null: it is the one who would act, not the sentence's subject.
     */
    private Mention seekerBefore(int a, int from) {
        if (a - 3 < from || !d.is(a - 1, "to") || !d.word(a - 2) || !ASPIRATIONS.contains(d.tok(a - 2))) {
            return null;
        }
        int p = a - 3;
        if (d.word(p) && !d.capitalised(p) && run.at[p] == null && !d.in(p, FUNCTION)) {
            p--; // "Ukraine's stalled bid"
        }
        if (p < from || d.tok(p).kind() != Token.Kind.POSSESSIVE) {
            return null;
        }
        Mention owner = run.at[p - 1];
        return owner != null && owner.naming() && !owner.ent().isPerson() ? owner : null;
    }

    /**
     * Is the mention, after the trigger's end b, the victim of a violent act, a seizure or a crime its noun names
     * ("condemned the attack on the UNIFIL base", "the killing of two peacekeepers from the UN mission", "the arrest of
     * Qatar's envoy", "the investigation into the murder of journalist X")? Only lower-case words, numbers, "from" and
     * names that qualify ("UNIFIL peacekeepers", "Qatar's envoy") stand between the noun's "on", "of" or "against" and
     * the mention (not "the killing of protesters in Tanzania", where the state is where it happened, nor "by X").
     */
    private boolean victimOfAnAct(int b, Mention m) {
        int p = m.first() - 1;
        for (int n = 0; n < 8 && p > b && (d.word(p) && !d.capitalised(p) && run.at[p] == null
                && !d.in(p, PREPOSITIONS) && !d.is(p, "and") && !d.is(p, "or") && !run.speechAt(p)
                || d.number(p) || d.is(p, "from") || run.at[p] != null || d.tok(p).kind() == Token.Kind.POSSESSIVE); n++) {
            p--; // (past "UNIFIL" in "UNIFIL peacekeepers", "Qatar's" in "Qatar's envoy")
        }
        if (p <= b + 1 || !(d.is(p, "on") || d.is(p, "of") || d.is(p, "against")) || !d.word(p - 1)) {
            return false;
        }
        return VIOLENT_ACTS.contains(d.tok(p - 1)) || SEIZING_ACTS.contains(d.tok(p - 1))
                || CRIMES_SUFFERED.contains(d.tok(p - 1));
    }

    /** Is a noun of a role ({@link #ROLE_NOUNS}) at token a or one of the two after it ("largest troop contributors")? */
    private boolean roleNounFrom(int a) {
        for (int k = a; k <= a + 2 && d.word(k); k++) {
            if (ROLE_NOUNS.contains(d.tok(k)) || d.tok(k).key().startsWith("contributor")) {
                return true;
            }
        }
        return false;
    }

    /** Does a verb of speech stand between token from and token a ("X said the strikes hit militias backed by")? */
    private boolean reportedBefore(int a, int from) {
        for (int k = a - 1; k >= from; k--) {
            if (d.word(k) && run.speechAt(k)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a country's people after its demonym: "the Sudanese people", "the Afghan population". */
    private static final Words PEOPLES = Words.of("people", "peoples", "population", "populations", "civilians",
            "citizens", "nation");

    /** Nouns for the sides within a country after its demonym: "the Yemeni parties", "the Libyan factions". */
    private static final Words FACTIONS = Words.of("parties", "sides", "factions", "rivals");

    /** Measures taken against a side: "the measures against Rwanda", "sanctions against the junta". */
    private static final Words MEASURES_AGAINST = Words.of("measures", "sanctions", "steps", "action", "actions",
            "penalties", "warrant", "warrants", "charges", "case", "ruling", "moves");

    /**
     * Is the mention named right after "against" ("against al-Shabaab", "against the FDLR"), and not after measures
     * against it ("blocked any new sanctions against Venezuela", which spares it)?
     */
    private boolean afterAgainst(Mention m) {
        int p = m.first() - 1;
        p -= d.is(p, "the") ? 1 : 0;
        return d.is(p, "against") && !(d.word(p - 1) && MEASURES_AGAINST.contains(d.tok(p - 1)));
    }

    /** Is the mention named after "against" and a measure that follows the trigger ending at b? */
    private boolean measureAgainst(Mention m, int b) {
        int p = m.first() - 1;
        p -= d.is(p, "the") ? 1 : 0;
        return p - 1 > b && d.is(p, "against") && d.word(p - 1) && MEASURES_AGAINST.contains(d.tok(p - 1));
    }

    /**
     * {@link #relationsFor} once the target its words name ({@code targetM}) is found: for a response or praise
     * ("condemned the attack on X") the author of what it answers, and checks of the target's own words; then
     * {@link #relationsOfTarget}. (One method too large for C2 to inline the small calls it makes; see the README's
     * Development section.)
     */
    private List<Found> responseTarget(List<Found> out, Act act, Lexicon.Trigger trig, int a, int b, int from, int to,
            Quotes.Found quote, int sentence, String date, Mention targetM, Polarity polarity, String category,
            double weight, Ent recalled) {
        // the noun a response or praise is about ("condemned the attack", "welcomed the measures"), looked up once
        // (not "will respect its decision": what is respected is no side's act)
        if (targetM != null && polarity == Polarity.COOPERATION && hostilePurpose(b, targetM.first())) {
            return out; // "sending troops to topple him": troops sent against the one named, no help to him
        }
        boolean endorsing = category.equals("praise") || category.equals("support") && !trig.wronged();
        boolean recognition = category.endsWith("recognise");
        int responseNoun = RESPONSES.contains(category) || endorsing || recognition ? responseNounAfter(b, to) : -1;
        if (recognition && responseNoun >= 0 && !POLL_RESULTS.contains(d.tok(responseNoun))) {
            responseNoun = -1; // (what one recognises or not is a poll's result: "declined to recognise the result")
        }
        Mention dropped = null;
        if (targetM != null && RESPONSES.contains(category) && responseNoun >= 0 && targetM.first() > responseNoun
                && ACT_NOUNS.contains(d.tok(responseNoun))
                && !byBefore(targetM)) {
            // "condemned the attack on the mission", 'condemned the "cowardly" attack and said the mission ...':
            // the one named after the act is its victim, or another clause's; whoever made the act is the target
            // ("condemned attacks on peacekeepers by the CPC")
            Mention doer = null;
            // ("criticised the expulsion of its ambassador from Niger": the state expelled from expelled)
            boolean expulsion = d.tok(responseNoun).key().startsWith("expulsion");
            for (Mention next = targetM; next != null && doer == null; next = headAfter(next.last(), to)) {
                doer = byBefore(next) || expulsion && d.is(next.first() - 1, "from") ? next : null;
            }
            dropped = doer == null ? targetM : null;
            targetM = doer;
        }
        if (targetM != null && RESPONSES.contains(category) && victimPossessor(targetM)) {
            // "condemned the strikes as a violation of Yemen's sovereignty": Yemen is wronged, not condemned
            targetM = null;
        }
        if (targetM != null && RESPONSES.contains(category) && targetM.form() == Mention.Form.PRONOUN
                && d.tok(targetM.first()).in(DETERMINERS) && d.word(targetM.last() + 1)
                && ACT_NOUNS.contains(d.tok(targetM.last() + 1))) {
            targetM = null; // "condemned her arrest": the one who arrested her, not her
        }
        if (targetM != null && trig.direct() && (!helpedDirectly(b, targetM.first())
                || !d.capitalised(targetM.last() + 1) && run.talksNoun(targetM.last() + 1))) {
            // (nor "a guarantor of the Sudan agreement": the side names the text)
            return out; // "helped push the alliance out of the towns": the one helped is not named
        }
        if (targetM != null && trig.wronged() && !victimPossessor(targetM)
                && !(d.is(targetM.first() - 1, "of") && d.word(targetM.first() - 2)
                && WRONGED.contains(d.tok(targetM.first() - 2))) && !stateAloneAfter(targetM, b)) {
            return out; // a commitment to a side's integrity or sovereignty, not "to the Central African people"
        }
        if (targetM != null && targetM.form() == Mention.Form.DEMONYM && targetM.first() == targetM.last()
                && d.tok(targetM.last()).text().endsWith("s") && !d.tok(targetM.last()).text().endsWith("ss")
                && (polarity == Polarity.COOPERATION || d.word(targetM.first() - 1)
                && PEOPLE_QUALIFIERS.contains(d.tok(targetM.first() - 1)))) {
            targetM = null; // "waging war on ordinary Haitians", "solidarity with Palestinians": a people, not its state
        }
        if (targetM != null && targetM.form() == Mention.Form.DEMONYM && (d.is(a, "ban") || d.is(a, "bans")
                || d.is(a, "import")) && d.word(targetM.last() + 1) && POPULACE.contains(d.tok(targetM.last() + 1))) {
            targetM = null; // "a ban on Afghan women working for the UN": a rule for a people, not a measure against a state
        }
        return relationsOfTarget(out, act, trig, a, b, from, to, quote, sentence, date, targetM, polarity, category,
                weight, responseNoun, endorsing, dropped, recalled);
    }

    /**
     * The rest of {@link #relationsFor}, from the target its words name ({@code targetM}, possibly none) on: the
     * target the act has after all, and the relations with it. (One method too large for C2 to inline the small
     * calls it makes; see the README's Development section.)
     */
    private List<Found> relationsOfTarget(List<Found> out, Act act, Lexicon.Trigger trig, int a, int b, int from,
            int to, Quotes.Found quote, int sentence, String date, Mention targetM, Polarity polarity,
            String category, double weight, int responseNoun, boolean endorsing, Mention dropped, Ent recalled) {
        List<Ent> authors = List.of();
        Ent target = targetM == null ? null : targetM.ent();
        target = target == null ? null : stateForHisCountry(targetM, target);
        if (target != null && target.isPerson() && target.affiliation != null && target.affiliation.isState()
                && run.possessiveAfter(targetM) && run.governmentWordAt(targetM.last() + 2)) {
            target = target.affiliation; // "accused Touray's government of rigging": the state he leads
        }
        if (target != null && target.isPerson() && polarity == Polarity.CONFLICT && category.equals("demand")
                && releaseOf(targetM)) {
            // "demanded the release of ousted Prime Minister X", "called for X's release": on X's side
            polarity = Polarity.COOPERATION;
            category = "support";
            weight = 3;
        }
        if (target != null && target.isState() && (category.equals("contribute") || category.equals("deploy"))
                && d.tok(targetM.first() - 1).is("in") && targetM.first() - 1 <= b + 1 && stationed(a)) {
            return out; // "keeps soldiers in Somalia", "thousands more deployed in Somalia": where they are
        }
        if (category.equals("sanction") && a > 0 && (a == b && d.is(b + 1, "as")
                || a < b && d.tok(a).key().startsWith("designat") && run.at[a + 1] == null) // "designated a terrorist group"
                && relativeAntecedent(a - 1) != null) {
            target = relativeAntecedent(a - 1); // "X, whom the US designated as a terrorist organisation"
            targetM = null;
        }
        if (accuseVerbAt(b) && d.tok(b + 1) != null && d.tok(b + 1).is("of") && a > 0) {
            // "the UAE, which Sudan's government accuses of arming the RSF": the accused is the antecedent
            Ent accusedOne = relativeAntecedent(a - 1);
            // ("X, a Haitian businessman it accused of smuggling rifles": the one the apposition describes)
            accusedOne = accusedOne != null ? accusedOne : describedPersonAccused(a - 1);
            if (accusedOne != null) {
                target = accusedOne;
                targetM = null;
            }
        }
        if (run.coupContext) {
            // "condemned the takeover as a breach of the bloc's charter": the coup's authors are the target
            for (int k = b + 1; k < to && k <= b + 4; k++) {
                // (and "condemns this unconstitutional change of government": the coup in the charters' words)
                if (k <= b + 3 && (d.tok(k).is("coup") || d.tok(k).is("putsch") || d.tok(k).is("takeover"))
                        || d.is(k, "change") && d.is(k - 1, "unconstitutional") && d.is(k + 1, "of")
                        // ("rejected any attempt to overturn an elected government by force")
                        || d.is(k, "attempt") && d.is(k + 1, "to") && (d.is(k + 2, "overturn") || d.is(k + 2, "overthrow")
                        || d.is(k + 2, "topple")) && lawfulOrderAfter(k + 3)) {
                    Ent state = run.mainState();
                    if (state != null) {
                        target = run.juntaOf(state);
                        targetM = null;
                    }
                    break;
                }
                if (run.at[k] != null) {
                    break;
                }
            }
        }
        if (target == null && run.coupContext) {
            // "we reject the coup", "condemned the putsch": the coup's authors are the target
            for (int k = b + 1; k < to && k <= b + 4; k++) {
                if (d.tok(k).is("coup") || d.tok(k).is("putsch") || d.tok(k).is("takeover")) {
                    Ent state = run.mainState();
                    target = state == null ? null : run.juntaOf(state);
                    break;
                }
            }
        }
        if (target == null && run.coupContext && RESPONSES.contains(category) && coupNounAfter(b)) {
            // "condemned what it called an 'unacceptable attempt to overturn the constitutional order'", '"condemns
            // without reservation" the attempted coup': past the quote marks to the coup, whose authors are the target
            Ent state = run.coupState();
            target = state == null ? null : run.juntaOf(state);
        }
        if (target == null && (category.equals("contribute") && !(d.tok(b).key().startsWith("contributor") && d.is(b + 1, "to"))
                || category.equals("deploy") && missionNounAfter(b, to))) {
            // (not "the largest contributor to the U.N. peacekeeping budget": what it gives to is named, and no side)
            // "Jamaica has also sent personnel", "deployed 800 officers to the force": to the mission the
            // article is about
            target = run.recentOfType(a, ActorType.MISSION);
        }
        if (target == null && (RESPONSES.contains(category) || category.endsWith("recognise") && responseNoun >= 0)) {
            // "Pakistan's foreign ministry rejected the criticism": whoever made it
            List<Ent> subject = responseNoun < 0 ? List.of() : agentsBefore(a, from, false);
            if (subject.isEmpty() && responseNoun >= 0 && quote != null && a <= quote.open() + 3) {
                // 'said China "strongly condemns this barbaric attack"': the quote goes on with the subject's verb
                subject = subjectBeforeQuote(quote, sentence);
            }
            if (!subject.isEmpty()) {
                target = authorOf(responseNoun, subject.get(0), sentence);
                authors = coAuthor == null ? List.of() : List.of(target, coAuthor);
            }
            if (target == null && dropped != null && !subject.isEmpty()) {
                // "condemned the attack on the crossing and said Israel was fully responsible": with no author
                // told before, the one the clause after names, unless it is the victim ("the attack on X") or
                // the condemning side's own ("and said the mission would")
                Ent own = sideOf(subject.get(0));
                int p = dropped.first() - 1;
                while (p > 0 && d.word(p) && d.tok(p).in(DETERMINERS)) {
                    p--;
                }
                // (nor "the attack on UNIFIL peacekeepers", "the killing of two peacekeepers from the UN mission")
                if (!d.in(p, PREPOSITIONS) && dropped.ent() != own && dropped.ent() != subject.get(0)
                        && !victimOfAnAct(b, dropped)) {
                    target = dropped.ent();
                }
            }
        }
        int renewed = d.is(b + 1, "the") ? b + 2 : b + 1;
        if (target == null && endorsing && (d.is(renewed, "renewal") || d.is(renewed, "extension"))) {
            // "Nicosia welcomed the renewal": what was renewed, the mission whose mandate the story told renewed
            // (not "welcomed the renewal" of an embargo or a panel)
            for (Found f : found) {
                target = f.category().equals("mandate") && f.target().type == ActorType.MISSION ? f.target() : target;
            }
        }
        if (target == null && endorsing) {
            // "The Somali government welcomed the measures": those who took them (sanctions told before);
            // "Japan backed the sanctions", "statements backing the expulsion" likewise
            List<Ent> subject = responseNoun < 0 ? List.of() : agentsBefore(a, from, false);
            if (!subject.isEmpty()) {
                target = authorOfWelcomed(responseNoun, subject.get(0), sentence);
            }
        }
        Mention possessor = null;
        if (target == null) {
            // "the United States is Israel's main arms supplier": the one whose supplier, ally or rival it is
            possessor = possessorOfRoleNoun(a, b);
            target = possessor == null ? null : possessor.ent();
        }
        // "accused both governments of", "to help both countries": each of the two the text names most
        List<Ent> pair = target == null ? pairAfter(b, from, to) : authors;
        if (pair.size() == 2) {
            target = pair.get(0);
        }
        if (target == null) {
            return out;
        }
        // (the target may have turned the act round: "demanded the release of X" supports X)
        List<Found> found = relationsWith(out, new Act(polarity, category, weight, act.ousted(), act.head()), target,
                targetM, pair,
                possessor, trig, a, b, from, to, quote, date);
        Mention freed = category.equals("demand") && polarity == Polarity.CONFLICT ? freedAfter(b, to) : null;
        if (freed != null && freed.ent() != target) {
            // "demanded that the mutineers free X": against those who hold X, and on X's side
            for (Found f : new ArrayList<>(found)) {
                if (f.target() == target && f.source() != freed.ent()) {
                    add(found, f.source(), freed.ent(), "support", Polarity.COOPERATION, 3, sentence, date);
                }
            }
        } else if (freed != null) {
            // "demanded that the officers release Kellou" (the officers no actor): on Kellou's side, not against him
            for (Found f : new ArrayList<>(found)) {
                if (f.target() == target && f.polarity() == Polarity.CONFLICT) {
                    found.remove(f);
                    add(found, f.source(), target, "support", Polarity.COOPERATION, 3, sentence, date);
                }
            }
        }
        if (recalled != null) {
            for (Found f : found) {
                if (f.source().isState() && recalled.affiliation == f.target()) {
                    recalled.affiliation = f.source(); // (not the state of the capital the envoy was recalled from)
                }
            }
        }
        return found;
    }

    /**
     * The relations of a passive trigger at a..b, "X was deployed by Y": the agent after "by" acts on the subject,
     * added to {@code out}, which is returned; null when the clause names no agent so. (Part of
     * {@link #relationsFor}: one method too large for C2 to inline the small calls it makes; see the README's
     * Development section.)
     */
    private List<Found> passiveRelations(List<Found> out, int a, int b, int from, int to, int sentence,
            Quotes.Found quote, String category, Polarity polarity, double weight, String date, boolean doneBy) {
        for (int k = b + 1; k < to && k <= b + 6; k++) {
            if (d.tok(k).is("by")) {
                Mention agent = headAfter(k, to);
                if (doneBy) {
                    // "condemned attacks by the RSF on El Fasher", "said the ambush was carried out by M23 rebels": the
                    // act's doer acts on the one it is made on, not on the clause's subject (nor on anyone, unnamed)
                    Mention victim = agent == null ? null : victimAfter(agent, to);
                    if (victim != null) {
                        for (Ent ag : listFrom(agent, to)) {
                            add(out, ag, victim.ent(), category, polarity, weight, sentence, date);
                        }
                    }
                    return agent == null ? null : out;
                }
                Mention antecedent = passiveAntecedent(a);
                List<Ent> patients = antecedent != null ? List.of(antecedent.ent()) : agentsBefore(a, from, false);
                if (patients.isEmpty()) {
                    patients = proposerOfPlan(a);
                }
                int label = antecedent == null ? movedLabelBefore(a) : -1;
                if (label >= 0 && agent != null) {
                    // "The Arab League readmitted Syria, a decision that was opposed by Qatar": the move's maker, the
                    // sentence's subject, is the one opposed or backed
                    Ent maker = quotes.firstSubject(d.sentenceStart(sentence), label);
                    patients = maker == null ? List.of() : List.of(maker);
                    if (patients.isEmpty()) {
                        return out;
                    }
                }
                if (patients.isEmpty() && agent != null && RESPONSES.contains(category)) {
                    patients = authorOfActBefore(a, agent.ent(), sentence);
                }
                if (agent != null && !patients.isEmpty()) {
                    // "designated a terrorist organisation by Turkey, the United States and the EU"
                    for (Ent ag : listFrom(agent, to)) {
                        for (Ent p : patients) {
                            add(out, ag, p, category, polarity, weight, sentence, date);
                        }
                    }
                    return out;
                }
                if (agent != null && quote != null && d.is(k - 1, d.tok(b).key())) {
                    // '"an attack planned, financed and equipped by official Serbia," Kurti said': done to
                    // something the text does not name as an actor, not by the speaker to the agent
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * For a response in the passive after an act's noun ("The strike was condemned by the European Union"), the one
     * who made that act ({@link #authorOf}); empty for none.
     */
    private List<Ent> authorOfActBefore(int a, Ent responder, int sentence) {
        int n = a - 1;
        while (n > 0 && d.word(n) && d.in(n, AUXILIARIES)) {
            n--;
        }
        if (n < 1 || !d.word(n) || !ACT_NOUNS.contains(d.tok(n)) || !d.is(n - 1, "the")) {
            return List.of();
        }
        Ent author = authorOf(n, responder, sentence);
        return author == null || author == responder ? List.of() : List.of(author);
    }

    /** Nouns for what a side puts forward, which others back: "a plan backed by", "a proposal supported by". */
    private static final Words PLANS = Words.of("plan", "plans", "proposal", "proposals", "initiative", "roadmap",
            "offer", "bid", "formula", "framework");

    /**
     * For a passive participle at a after ", a plan" ("Rabat proposes limited autonomy, a plan backed by the United
     * States, France and Spain"), the side whose plan it is: the subject of the sentence; none otherwise.
     */
    private List<Ent> proposerOfPlan(int a) {
        int k = planApposition(a);
        int start = k < 0 ? -1 : d.sentenceStart(d.tok(a).sentence());
        for (int j = k - 2; j > start && start >= 0; j--) {
            if (run.speechAt(j)) {
                start = d.is(j + 1, "that") ? j + 1 : j; // "X said Egypt and Qatar had presented": the reported clause
                break;
            }
        }
        for (int v = k - 2; v > start && v >= k - 12; v--) {
            if (d.tok(v).kind() == Token.Kind.POSSESSIVE || run.at[v] != null && run.at[v].form() != Mention.Form.DEMONYM) {
                return List.of(); // "dismissed Ukraine's peace formula, a plan backed by": another's plan
            }
            if (d.word(v) && PROPOSING.contains(d.tok(v))) {
                // ("Egypt and Qatar presented a new ceasefire proposal": both; not "Russia dismissed ...", "Hamas accepted
                // ...": a plan one answers is no plan of one's own)
                // (the sentence's subject: not "the former Spanish colony" of "Rabat has controlled most of the
                // former Spanish colony since 1975 and proposes")
                Ent first = quotes.firstSubject(start, v);
                List<Ent> listed = agentsBefore(v, start, false);
                return listed.contains(first) ? listed : first == null ? List.of() : List.of(first);
            }
        }
        return List.of();
    }

    /** Verbs by which a side puts a plan forward: "Rabat proposes limited autonomy, a plan backed by". */
    private static final Words PROPOSING = Words.of("proposes", "proposed", "propose", "proposing", "unveiled", "unveils",
            "presented", "presents", "offered", "offers", "submitted", "submits", "tabled", "tables", "floated",
            "floats", "forward", "drafted", "drew");

    /** The article of ", a plan" (", a new proposal") right before token a, or -1. */
    private int planApposition(int a) {
        int k = a - 1;
        if (!d.word(k) || !PLANS.contains(d.tok(k))) {
            return -1;
        }
        k -= d.word(k - 1) && !d.capitalised(k - 1) && run.at[k - 1] == null && !d.in(k - 1, DETERMINERS) ? 2 : 1;
        return (d.is(k, "a") || d.is(k, "an") || d.is(k, "the")) && k >= 1 && d.tok(k - 1).isPunct(',') ? k : -1;
    }

    /**
     * Is m the doer named after "by" in the subject of a clause that opens with an act's noun ("An attack by Boko Haram
     * killed", "said a raid by the RSF had left")? Not the object of a verb before ("condemned the attack by X and
     * urged").
     */
    private boolean doerOfSubjectAct(Mention m, int from) {
        int by = m.first() - 1;
        if (by < 2 || !d.is(by, "by") || !d.word(by - 1) || !ACT_NOUNS.contains(d.tok(by - 1))) {
            return false;
        }
        int p = by - 2;
        for (int mods = 0; p >= from && mods < 3 && d.word(p) && !d.capitalised(p) && run.at[p] == null
                && !run.speechAt(p) && !d.is(p, "that"); mods++) {
            p--; // "an attack", "the deadly raid"
        }
        int start = d.sentenceStart(d.tok(by).sentence());
        return p < start || p < from && d.tok(p).isPunct(',') || d.word(p) && (run.speechAt(p) || d.is(p, "that"))
                || p == start && d.capitalised(p) && run.at[p] == null && d.in(p, DETERMINERS);
    }

    /** Verbs that tell who made an act: "the ambush was carried out by", "the attack was claimed by". */
    private static final Words MADE_BY = Words.of("carried", "claimed", "committed", "perpetrated", "launched",
            "conducted", "staged", "mounted", "ordered", "led");

    /**
     * For a noun of an act ending at b, the "by" of "was carried out by", "were claimed by", "had been staged by" right
     * after it; -1 for none.
     */
    private int carriedOutBy(int b) {
        int k = b + 1;
        k += d.is(k, "had") || d.is(k, "has") || d.is(k, "have") ? 1 : 0;
        if (!(d.is(k, "was") || d.is(k, "were") || d.is(k, "is") || d.is(k, "are") || d.is(k, "been"))) {
            return -1;
        }
        k++;
        k += d.word(k) && d.tok(k).key().endsWith("ly") ? 1 : 0; // "was reportedly carried out by"
        if (!d.word(k) || !MADE_BY.contains(d.tok(k))) {
            return -1;
        }
        k += d.is(k + 1, "out") ? 2 : 1;
        return d.is(k, "by") ? k : -1;
    }

    /** The one an act's doer ({@code agent}, past its list) acts on: named after "on" or "against" right after it. */
    private Mention victimAfter(Mention agent, int to) {
        int k = agent.last() + 1;
        while (k + 1 < to && (d.tok(k).isPunct(',') || d.is(k, "and")) && run.at[k + 1] != null) {
            k = run.at[k + 1].last() + 1; // "by the RSF and allied militias on ..."
        }
        if (!(d.is(k, "on") || d.is(k, "against"))) {
            return null;
        }
        Mention victim = headAfter(k, to);
        return victim != null && victim.first() <= k + 2 && victim.ent() != agent.ent() ? victim : null;
    }

    /** Do forces no name qualifies end right before token a, past a comma ("government forces, backed by")? */
    private boolean unnamedForcesBefore(int a) {
        int k = d.tok(a - 1) != null && d.tok(a - 1).isPunct(',') ? a - 2 : a - 1;
        return d.word(k) && !d.capitalised(k) && run.at[k] == null && UNNAMED_FORCES.contains(d.tok(k))
                && run.mentionAt(k - 1) == null;
    }

    /** Nouns of armed men or police a side has: "government forces", "police units", "loyalist troops". */
    private static final Words UNNAMED_FORCES = Words.of("forces", "troops", "soldiers", "police", "units", "army",
            "military", "officers", "policemen", "gendarmes", "militiamen", "fighters");

    /**
     * The relations of a trigger whose agent comes after it, "had come under fire from M23 positions": the one
     * named after the phrase acts on the subject, added to {@code out}, which is returned. (Part of
     * {@link #relationsFor}, split off like {@link #passiveRelations}.)
     */
    private List<Found> agentAfterRelations(List<Found> out, int a, int b, int from, int to, int sentence,
            String category, Polarity polarity, double weight, String date) {
        // "had come under fire from M23 positions": the one named after the phrase acts on the subject
        Mention agent = headAfter(b, to);
        if (planApposition(a) >= 0) {
            // "Rabat proposes limited autonomy, a plan backed by the United States, France and Spain": its makers
            for (Ent p : agent == null ? List.<Ent>of() : proposerOfPlan(a)) {
                for (Ent ag : polarity == Polarity.COOPERATION ? listFrom(agent, to) : List.of(agent.ent())) {
                    add(out, ag, p, category, polarity, weight, sentence, date);
                }
            }
            return out;
        }
        List<Ent> patients = agentsBefore(a, from, false);
        if (passiveOfAThing(a)) {
            return out; // "pledged troops to the force, which is backed by the Security Council": it backs the force
        }
        if (polarity == Polarity.COOPERATION) {
            // "shot down ... by Israeli air defences with help from U.S. aircraft": the helped one is right
            // before the phrase, else the sentence's subject; not every place named on the way
            Mention near = null;
            // (not "held joint drills with Hungary and bought air-defence systems from Beijing": a verb after "and"
            // shares the clause's subject)
            for (int k = a - 1; k >= Math.max(from, a - 3) && near == null && !d.is(a - 1, "and"); k--) {
                near = run.at[k]; // "by Israeli air defences with help from"
            }
            Mention antecedent = passiveAntecedent(a); // "Hezbollah, which is backed by Iran"
            if (near == null && antecedent == null && a >= 1 && d.word(a - 1) && !d.capitalised(a - 1)
                    && run.at[a - 1] == null && d.tok(a - 1).key().endsWith("s") && !d.in(a - 1, AUXILIARIES)
                    && !d.in(a - 1, PASSIVE) && !d.in(a - 1, FUNCTION)) {
                // "militias backed by Iran": those the noun names, no side named before; "Kataib Hezbollah and other
                // groups backed by Tehran": the side the list names
                Mention listed = a >= 4 && d.is(a - 2, "other") && d.is(a - 3, "and") ? run.at[a - 4] : null;
                if ((listed == null || listed.ent().isPerson()) && reportedBefore(a, d.sentenceStart(sentence))) {
                    return out; // (while "The PMF, an umbrella of militias backed by Iran," is the PMF's, below)
                }
                near = listed != null && !listed.ent().isPerson() ? listed : null;
            }
            List<Ent> owners = near == null ? pronounOwners(ownerPronounAt(a)) : List.of();
            Ent helped = antecedent != null ? antecedent.ent() : near != null ? near.ent()
                    : !owners.isEmpty() ? owners.get(0) // "its arms purchases from Pyongyang": the side "its" stands for
                    : quotes.firstSubject(d.sentenceStart(sentence), a);
            if (antecedent == null && near == null && helped != null && helped.isPerson() && unnamedForcesBefore(a)) {
                // "Minister X said government forces, backed by AUSSOM soldiers,": the forces of the speaker's state,
                // not the speaker
                helped = helped.affiliation != null && helped.affiliation.isState() ? helped.affiliation : null;
            }
            if (helped == null && !(d.is(b + 1, "no") || d.is(b + 1, "nobody") || d.is(b + 1, "none"))) {
                // "Ecuador's position was backed by Peru", "Niger's army, backed by Algeria, retook" (not
                // "was backed by no one")
                helped = ownerOfSubject(from, a);
            }
            patients = helped == null ? List.of() : List.of(helped);
        }
        if (patients.isEmpty()) {
            // "A convoy of the International Committee of the Red Cross was attacked by": the convoy's owner
            Ent owner = ownerOfSubjectBeforeOf(from, a);
            patients = owner == null ? patients : List.of(owner);
        }
        if (patients.isEmpty() && from > d.sentenceStart(sentence)) {
            // "Okonjo said her troops ... had come under fire from M23": the speaker's side
            patients = new ArrayList<>(agentsBefore(from - 1, d.sentenceStart(sentence), false));
            for (int k = 0; k < patients.size(); k++) {
                Ent p = patients.get(k);
                if (p.isPerson() && p.affiliation != null && forceWordBetween(d.sentenceStart(sentence), a)) {
                    patients.set(k, p.affiliation);
                }
            }
        }
        if (agent != null) {
            for (Ent p : patients) {
                for (Ent ag : polarity == Polarity.COOPERATION ? listFrom(agent, to) : List.of(agent.ent())) {
                    add(out, ag, p, category, polarity, weight, sentence, date);
                }
            }
        }
        return out;
    }

    /**
     * The act of the trigger at {@code a..b}, in the clause {@code from..to}, as the words around it
     * make it ("refused to recognise", "suspended its aid", "blocked sanctions on"); null when they make
     * it no act of its subject (a request, a case, a modal, an act told before).
     */
    private Act act(Lexicon.Trigger trig, int a, int b, int from, int to) {
        Polarity polarity = trig.polarity();
        String category = trig.category();
        double weight = trig.weight();
        // "suspended its aid to": a verb that ends the cooperation; "would not suspend its aid": it goes on
        int cut = cutBefore(a, from);
        boolean cutNegated = cut >= 0 && negatedCut(cut, from);
        // (the negation of "would not suspend its aid to Tanzania" is the cut's, not the aid's)
        String cue = trig.polarity() == Polarity.COOPERATION && cutNegated ? null : cueBefore(a, from);
        if (category.equals("agree") && refusedDealBefore(a, from)) {
            // "refused to renew a fishing deal with the EU", "declined to extend the Black Sea grain deal with X": a deal
            // refused rejects the other side (not "did not renew": nothing done)
            polarity = Polarity.CONFLICT;
            category = "reject";
            weight = -4;
            cue = null;
        }
        if (cue != null && PLANS.contains(cue) && planApposition(a) >= 0) {
            cue = null; // "autonomy, a plan backed by France": a plan others back, no plan to back
        }
        if (cue != null && effectBetween(a, from)) {
            return null; // "would not affect military cooperation with Iran": the act's fate, not a refusal
        }
        if (a == b && !trig.noun() && d.tok(a).key().endsWith("ed") && (d.is(a - 1, "the") || d.is(a - 1, "an")
                || d.is(a - 1, "a")) && b + 1 < d.size() && run.at[b + 1] != null) {
            return null; // "the banned Muslim Brotherhood", "the outlawed PKK": a name's adjective, no act of the clause's
        }
        if (trig.noun() && a == b && d.word(b + 1) && MODAL_VERBS.contains(d.tok(b + 1)) && d.is(a - 1, "the")) {
            return null; // "the sanctions would not affect ...": the act named as a subject, no act of the clause's
        }
        if (cue != null) {
            if (MODALS.contains(cue)) {
                // "said Ottawa would fully support X", "said it would send troops": an announced intent, which
                // counts as CAMEO's intent to cooperate (not "would ... if", nor any "could" or "may")
                // (and "said it would impose sanctions on", "said it would expel": a measure announced, not a threat)
                // ("would continue to work closely with Peru", "would keep working with": what goes on now, either way)
                boolean goesOn = cue.equals("would") && goesOnWould(a, from);
                boolean intent = cue.equals("would") && (reportedWould(a, from) || goesOn) && !conditionAfter(b, to)
                        && (polarity == Polarity.COOPERATION || ANNOUNCED_MEASURES.contains(category) || goesOn);
                if (!(cue.equals("ready") || cue.equals("willing") || intent)
                        || polarity == Polarity.CONFLICT && !intent || conditionAfter(b, to)) {
                    return null; // (nor "ready to support MONUSCO if asked": an offer on a condition)
                }
            } else if (trig.flipWhenNegated() && perfectNegation(a, from)) {
                return null; // "has not formally recognised Somaliland": nothing done, nothing refused
            } else if (trig.flipWhenNegated() && category.equals("support") && (cue.equals("not") || cue.equals("n't")
                    || cue.equals("short"))) {
                return null; // "did not endorse Bangui's timetable", "would not support any text": support withheld, no act
            } else if (trig.flipWhenNegated()) {
                polarity = Polarity.CONFLICT;
                category = "refuse to " + category;
                weight = -4;
            } else {
                return null;
            }
        }
        if (deniedThat(a)) {
            return null; // "denied that the FLA received support from Algeria": what is denied is no act
        }
        if (category.equals("agree")) {
            for (int k = a - 1; k >= from && k >= a - 4 && d.word(k) && run.at[k] == null; k--) {
                if (NEGOTIATING.contains(d.tok(k))) {
                    return null; // "was negotiating a similar deal with Tanzania": talks, no deal yet
                }
            }
        }
        if (wishedInto(a, from)) {
            return null; // "wanted to drag Georgia into war with Russia": a war wished for, not fought
        }
        if (noActOfItsClause(a, from)) {
            return null;
        }
        if (requested(a, from) || cut >= 0 && requested(cut, from) // ("called on Tehran to halt all cooperation with")
                || hypothetical(a, from) && !verbBefore(a, from, BLOCKING)
                || category.equals("detain") && verbBefore(a, from, ESCAPING)) {
            return null; // (nor "the treaty covers any armed attack on X": no act, only a case)
        }
        if (trig.noun() && (a == b || b == a + 1 && d.in(b, PREPOSITIONS)) && ACT_NOUNS.contains(d.tok(a))
                && answered(a)) {
            return null; // "condemned the attack", "condemned the strike on": an act told before, not the subject's
        }
        // "the release of ousted Prime Minister X", "Niger's deposed president": the one ousted, by the rulers
        // (if the text has them), never by the clause's subject
        boolean ousted = a == b && category.equals("coup") && d.tok(a).key().endsWith("ed") && (run.isTitle(a + 1)
                || governmentWord(a + 1)) // ("the ousted government")
                && d.tok(a - 1) != null && (d.tok(a - 1).kind() == Token.Kind.POSSESSIVE
                || d.word(a - 1) && (d.tok(a - 1).in(DETERMINERS) || d.tok(a - 1).in(PREPOSITIONS)
                || RESTORING.contains(d.tok(a - 1)))); // ("to restore ousted President X")
        if (ousted && !run.coupContext) {
            return null;
        }
        if (a == b && category.equals("coup") && d.tok(a).key().endsWith("ed") && (d.is(a + 1, "in") || d.is(a + 1, "during"))
                && d.word(a - 1) && !d.capitalised(a - 1) && run.at[a - 1] == null && d.tok(a - 1).key().endsWith("s")
                && !governmentWord(a - 1) && !d.is(a - 1, "was") && !d.is(a - 1, "has") && !d.is(a - 1, "is")) {
            return null; // "lawmakers ousted in the 2021 coup": people no actor stands for, ousted by nobody named
        }
        if (category.equals("exchange")) {
            for (int k = b + 1; k < to && k <= b + 6; k++) {
                if (d.word(k) && HOSTILE_EXCHANGES.contains(d.tok(k))) {
                    // "exchanged rocket and artillery fire", "exchanged small-arms and mortar fire"
                    polarity = Polarity.CONFLICT;
                    category = "fight";
                    weight = -8;
                    break;
                }
            }
        }
        if (polarity == Polarity.COOPERATION && d.tok(b + 1) != null && REFLEXIVES.contains(d.tok(b + 1))) {
            return null; // "a right to defend itself against Hezbollah": no help for the one named after
        }
        if (polarity == Polarity.COOPERATION && (d.is(b + 1, "its") || d.is(b + 1, "their")) && d.word(b + 2)
                && OWN_FORCES.contains(d.tok(b + 2))) {
            return null; // "has reinforced its troops in the northern state": its own, no one else's
        }
        boolean measureAgainst = a == b && d.is(a, "against") && d.word(a - 1) && MEASURES_AGAINST.contains(d.tok(a - 1));
        if (polarity == Polarity.CONFLICT && (PUNITIVE.contains(category) || measureAgainst)
                && verbBefore(a, from, BLOCKING)) {
            // ("have blocked action against Myanmar at the Security Council": as "blocked sanctions against")
            // "Russia and China have blocked every attempt to tighten sanctions on Pyongyang": they shield it
            polarity = Polarity.COOPERATION;
            category = "shield";
            weight = 2;
        } else if (polarity == Polarity.CONFLICT && (category.equals("sanction") || category.equals("suspend"))
                && verbBefore(a, from, LIFTING)) {
            // "had lifted most of its sanctions on Syria", "lifted the suspension of Guinea"
            polarity = Polarity.COOPERATION;
            category = category.equals("sanction") ? "lift sanctions" : "lift suspension";
            weight = 3;
        }
        if (polarity == Polarity.COOPERATION && d.tok(b).key().endsWith("ed") && d.is(b + 1, "from")
                && (d.is(a - 1, "and") || d.tok(a - 1) != null && d.tok(a - 1).in(PASSIVE))) {
            return null; // "planned and financed from Serbia": where it came from, not whom it helped
        }
        if (a == b && (d.tok(a).is("partner") || d.tok(a).is("partners")) && a >= 1
                && (d.is(a - 1, "trading") || d.is(a - 1, "trade") || d.is(a - 1, "commercial"))) {
            return null; // "China, Thailand's largest trading partner": trade, no alliance
        }
        if (a == b && (d.tok(a).is("supplying") || d.tok(a).is("supplied")) && !weaponsAfter(b, to)) {
            return null; // "supplied liquefied gas to Germany" is trade; "supplying the Houthis with drones" arms them
        }
        if (polarity == Polarity.COOPERATION && cut >= 0 && !cutNegated && !category.equals("shield")) {
            // (shielding a side is itself a veto or a block: "vetoed new sanctions on X" shields X)
            // "suspended its aid to", "cut military cooperation with": the cooperation ends
            if (cueBefore(cut, from) != null) {
                return null; // "could suspend aid to": not done
            }
            // (the act's verb is the cut's: "expelling French troops and ending a partnership with X")
            return new Act(Polarity.CONFLICT, "suspend " + category, -5, ousted, cut);
        }
        return new Act(polarity, category, weight, ousted, a);
    }

    /**
     * The relations of the act {@code act} of the trigger at {@code a..b} with its target: whose act
     * it is (the clause's subject, an antecedent, the speaker), the other targets listed with the first,
     * and the speaker or reporter who speaks for its agent.
     */
    private List<Found> relationsWith(List<Found> out, Act act, Ent target, Mention targetM, List<Ent> pair,
            Mention possessor, Lexicon.Trigger trig, int a, int b, int from, int to, Quotes.Found quote, String date) {
        Polarity polarity = act.polarity();
        String category = act.category();
        double weight = act.weight();
        boolean ousted = act.ousted();
        int sentence = d.tok(a).sentence();
        List<Ent> agents;
        boolean assailants = unnamedAssailants(a);
        boolean unnamedSubject = ownSubject(a) || assailants;
        Ent clauseSubject = sharedSubject(act, a, b, from, quote, sentence, unnamedSubject);
        Ent accused = accusedAntecedent(a);
        if (accused == null) {
            accused = accusedOf(a, from);
        }
        if (accused == null && accusedUnnamed(a, from)) {
            return out; // "accusing the Gulf state of supplying weapons to the RSF": not the accuser's act
        }
        Ent itSpeaker = quote == null ? speakerOfIt(a) : null;
        // ("its transfer of weapons to Russia": past the noun of the act the trigger's words follow)
        int o = d.is(a - 1, "of") && d.word(a - 2) && !d.capitalised(a - 2) ? a - 2 : a;
        Ent owner = d.is(o - 1, "its") || d.is(o - 1, "their") ? possessorBefore(o, from) : null;
        Mention named = o >= 2 && d.tok(o - 1).kind() == Token.Kind.POSSESSIVE ? run.at[o - 2] : null;
        if (owner == null && named != null && polarity == Polarity.COOPERATION && possessor == null
                && named.form() != Mention.Form.PRONOUN) {
            if (named.ent() == target) {
                return out; // "criticised Russia's support for the junta": Russia's help to one the text does not name
            }
            owner = named.ent(); // "Kenya criticised Russia's support for Mali": Russia supports Mali, not Kenya
        }
        if (accused != null && accused != target) {
            agents = List.of(accused);
        } else if (owner != null && owner != target) {
            agents = List.of(owner); // "condemned North Korea's missile launches and its transfer of weapons to Russia"
        } else if (itSpeaker != null && itSpeaker != target) {
            agents = List.of(itSpeaker); // "The AES, the bloc that groups X with ..., said in a statement that it backed"
        } else if (clauseSubject != null && clauseSubject != target) {
            agents = pairedWith(clauseSubject, d.sentenceStart(sentence), a); // ("Russia and Cuba, ..., voiced support")
        } else if (possessor != null) {
            agents = agentsBefore(possessor.first(), from, false); // the subject of "is Israel's ally"
        } else if (act.head() < a && act.head() >= from && act.category().startsWith("suspend ")) {
            // "Hungary vetoed a ... EU aid package": the cut verb's subject, not the aid's owner named before the noun
            agents = agentsBefore(act.head(), from, false);
        } else {
            agents = agentsBefore(a, from, trig.noun());
        }
        if (agents.isEmpty() && !assailants) {
            // "The three countries have expelled French forces": the states the text names most
            List<Ent> group = new ArrayList<>(pairBefore(a, from));
            group.remove(target);
            agents = group;
        }
        if (agents.isEmpty() && from > d.sentenceStart(sentence) && d.tok(from - 1).in(RELATIVE) && !unnamedSubject
                && !subjectOfItsOwn(trig, a, from)) {
            // "... turned to Russia, which delivered ...": the antecedent right before ", which" acts,
            // even where a preposition before it would make it a mere place
            agents = agentsBefore(from - 1, agentStart(from - 1, quote), trig.noun());
            Mention antecedent = from >= 3 && d.tok(from - 2).isPunct(',') ? run.at[from - 3] : null;
            boolean listed = antecedent != null && d.tok(antecedent.first() - 1) != null
                    && (d.tok(antecedent.first() - 1).is("and") || d.tok(antecedent.first() - 1).isPunct(','));
            if (antecedent != null && !listed && !agents.contains(antecedent.ent()) && !antecedent.ent().isPerson()
                    && antecedent.ent() != target && antecedent.form() != Mention.Form.PRONOUN) {
                agents = List.of(antecedent.ent());
            }
        }
        if (accuseVerbAt(b) && d.is(b + 1, "of") && a > 0 && target != null && describedPersonAccused(a - 1) == target) {
            // "sanctions on X, a businessman it accused of ...": the one that acted on X does the accusing (not
            // the people named in the apposition)
            Mention subject = run.at[a - 1];
            agents = subject != null && subject.ent() != target ? List.of(subject.ent()) : List.of();
            for (int k = found.size() - 1; agents.isEmpty() && k >= 0 && found.get(k).sentence() == sentence; k--) {
                agents = found.get(k).target() == target ? List.of(found.get(k).source()) : agents;
            }
        }
        Ent speaker = quote == null ? null : quote.speaker();
        if (ousted) {
            agents = List.of();
        }
        if (agents.isEmpty() && category.equals("coup") && run.coupContext) {
            Ent state = target.isState() ? target : target.affiliation != null && target.affiliation.isState()
                    ? target.affiliation : run.mainState();
            if (state != null) {
                Ent junta = run.juntaOf(state);
                Mention subject = run.lastMentionBefore(a, d.tok(a).sentence());
                if (subject == null && a > from) {
                    int s = a - 1;
                    while (s > from && d.tok(s - 1).isWord() && !d.tok(s - 1).is("after") && !d.tok(s - 1).is("when")) {
                        s--;
                    }
                    if (s < a) {
                        run.mention(s, a - 1, junta, Mention.Form.ALIAS);
                    }
                }
                agents = List.of(junta);
            }
        }
        boolean indefiniteNoun = trig.noun() && (d.tok(a - 1) != null && (d.tok(a - 1).is("a") || d.tok(a - 1).is("an"))
                || d.tok(a - 2) != null && (d.tok(a - 2).is("a") || d.tok(a - 2).is("an"))
                // '"Attacks against peacekeepers may constitute war crimes," said X': acts of any doer
                || quote != null && a == quote.open() + 1 && d.tok(a).key().endsWith("s") && d.capitalised(a));
        boolean quotedSubject = false;
        if (agents.isEmpty() && quote != null) {
            agents = subjectBeforeQuote(quote, sentence); // 'said NATO stood "in full solidarity with X"'
            quotedSubject = !agents.isEmpty();
        }
        if (agents.isEmpty() && speaker != null && !indefiniteNoun && !someoneElseActs(a, from)) {
            // (not "they represented a direct attack on X": the speaker names an act, whoever's it is)
            agents = List.of(speaker);
        }
        if (agents.isEmpty() && quote == null) {
            agents = openingSubjectOfJoinedPredicate(from, sentence);
        }
        if (agents.isEmpty() && from > d.sentenceStart(sentence) && !(indefiniteNoun && quote != null)
                && !unnamedSubject && !subjectOfItsOwn(trig, a, from)) {
            // "... recaptured the town after two days of fighting with X": the sentence's subject (not "Ghana said
            // the rebels had attacked Togo": the reported clause's own subject, whom the text does not name, acts)
            agents = agentsBefore(from - 1, d.sentenceStart(sentence), trig.noun());
        }
        return relationsOfAgents(out, agents, target, targetM, pair, a, to, quote, speaker, quotedSubject, polarity,
                category, weight, sentence, date);
    }

    /**
     * "Togo, which is ruled by X, has remained a member of ECOWAS but has kept close ties with ...": a predicate joined by
     * "but" or "and" with no subject of its own (an auxiliary right after) has the side that opens the sentence as its
     * subject, not the last side named before it. Empty when the clause at {@code from} is no such predicate.
     */
    private List<Ent> openingSubjectOfJoinedPredicate(int from, int sentence) {
        int s = d.sentenceStart(sentence);
        if (from < s + 2 || !(d.is(from - 1, "but") || d.is(from - 1, "and")) || !d.in(from, AUXILIARIES)) {
            return List.of();
        }
        Mention opening = run.at[d.is(s, "the") ? s + 1 : s];
        return opening != null && opening.form() != Mention.Form.PRONOUN && !run.possessiveAfter(opening)
                && !run.modifier(opening) ? List.of(opening.ent()) : List.of();
    }

    /**
     * Is a side named right after token k, or after "the" there ("fought beside the M23", "beside Ethiopian soldiers"),
     * not only as a qualifier? Not "fought beside the Gaza fence", "beside the road to Bakhmut", "beside
     * Eritrean-trained militias", "beside the Algerian border".
     */
    private boolean sideRightAfter(int k) {
        int j = d.is(k + 1, "the") ? k + 2 : k + 1;
        Mention m = j < d.size() ? run.at[j] : null;
        if (m == null || m.first() != j || run.modifier(m)) {
            return false;
        }
        // a people's adjective names a side only before its men ("beside Ethiopian soldiers", not "the Algerian border")
        int n = m.last() + 1;
        return m.form() != Mention.Form.DEMONYM || d.word(n) && (FIGHTERS.contains(d.tok(n)) || d.is(n, "forces")
                || d.is(n, "units") || d.is(n, "army") || d.is(n, "police"));
    }

    /**
     * "AUSSOM fights al-Shabaab alongside the Somali army": the side named after "alongside", right past the one fought
     * ({@code targetM}), which fights with the agent; null for none.
     */
    private Ent partnerAlongside(Ent agent, Ent target, Mention targetM) {
        int e = targetM == null ? -1 : targetM.last();
        int verb = targetM == null ? -1 : targetM.first() - (d.is(targetM.first() - 1, "the") ? 2 : 1);
        if (e >= 0 && d.word(e + 1) && !d.capitalised(e + 1) && run.at[e + 1] == null && FOES_MEN.contains(d.tok(e + 1))
                && d.word(verb) && FIGHTING.contains(d.tok(verb))) {
            // "fights al-Shabaab militants alongside Somali forces" (not "killed Hezbollah fighters alongside Syrian
            // soldiers": those it befell, together)
            e++;
        }
        if (e < 0 || !d.is(e + 1, "alongside")) {
            return null;
        }
        int j = e + 2 + (d.is(e + 2, "the") ? 1 : 0);
        Mention m = j < d.size() ? run.at[j] : null;
        if (m == null || m.first() != j || run.modifier(m) || m.ent() == agent || m.ent() == target
                || m.ent().isPerson() || m.form() == Mention.Form.DEMONYM && !sideRightAfter(e + 1)) {
            return null;
        }
        return m.ent();
    }

    /**
     * Does token k stand in a relative clause set off by commas that closes before token a ("The SDF, which fought
     * alongside U.S. forces, accused ...")?
     */
    private boolean relativeClauseClosedBetween(int k, int a) {
        boolean closed = false;
        for (int j = k + 1; j < a && !closed; j++) {
            closed = d.tok(j).isPunct(',');
        }
        int start = d.sentenceStart(d.tok(k).sentence());
        for (int j = k - 1; closed && j >= start && !d.tok(j).isPunct(','); j--) {
            if (d.word(j) && d.tok(j).in(RELATIVE)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of fighting a side, whose partner "alongside" may follow the side's men. */
    private static final Words FIGHTING = Words.of("fight", "fights", "fought", "fighting", "battle", "battles",
            "battled", "battling", "combat", "combats", "combating", "combatting");

    /** The men of a side fought, named after it: "al-Shabaab militants", "M23 fighters". */
    private static final Words FOES_MEN = Words.of("militants", "insurgents", "fighters", "rebels", "forces", "troops",
            "militiamen", "jihadists", "gunmen");

    /**
     * Adds to a fight of one side with another the side it fights alongside ({@link #partnerAlongside}): a partner of
     * the first, and a foe of the second.
     */
    private void withPartnerAlongside(List<Found> out, Ent agent, Ent target, Mention targetM, int sentence,
            String date) {
        Ent partner = partnerAlongside(agent, target, targetM);
        if (partner != null) {
            add(out, agent, partner, "cooperate", Polarity.COOPERATION, 4, sentence, date);
            add(out, partner, target, "fight", Polarity.CONFLICT, -8, sentence, date);
        }
    }

    /** Does token k end "alongside", "beside", "on the side of", "side by side with" or "shoulder to shoulder with"? */
    private boolean fightsBeside(int k) {
        return d.is(k, "alongside") || d.is(k, "beside") && sideRightAfter(k)
                || d.is(k, "of") && d.is(k - 1, "side") && d.is(k - 2, "the") && d.is(k - 3, "on")
                || d.is(k, "with") && (d.is(k - 1, "side") && d.is(k - 2, "by") || d.is(k - 1, "shoulder") && d.is(k - 2, "to"));
    }

    /**
     * The rest of {@link #relationsWith}, once its agents are known: each agent's relation with the target and the
     * further objects listed with it, and the same for the person who speaks or reports for an agent. (One method
     * too large for C2 to inline the small calls it makes; see the README's Development section.)
     */
    private List<Found> relationsOfAgents(List<Found> out, List<Ent> agents, Ent target, Mention targetM,
            List<Ent> pair, int a, int to, Quotes.Found quote, Ent speaker, boolean quotedSubject, Polarity polarity,
            String category, double weight, int sentence, String date) {
        agents = new ArrayList<>(agents);
        if (polarity == Polarity.CONFLICT && agents.size() == 1 && quote == null) {
            // "Eritrean troops fought alongside Ethiopian federal forces against the TPLF": the one fought
            // alongside (or "on the side of", "side by side with") and the one fighting are both against it
            Ent agent = agents.get(0);
            for (int k = a - 1; k > d.sentenceStart(sentence) && k >= a - 12; k--) {
                if (!fightsBeside(k)) {
                    continue;
                }
                if (relativeClauseClosedBetween(k, a)) {
                    break; // "The SDF, which fought alongside U.S. forces against IS, accused Turkey": the clause's own
                }
                // the agent found may be either: the one fought beside ("alongside X against"), or the subject
                // when the one after "of" was passed over ("on the side of X against")
                Ent fighter = quotes.firstSubject(d.sentenceStart(sentence), k);
                Ent partner = null;
                for (int j = k + 1; j < a && j <= k + 5 && partner == null; j++) {
                    partner = run.at[j] == null ? null : run.at[j].ent();
                }
                if (partner == agent && fighter != null && fighter != partner && fighter != target) {
                    agents.add(fighter);
                } else if (fighter == agent && partner != null && partner != fighter && partner != target) {
                    agents.add(partner);
                }
                break;
            }
        }
        if (polarity == Polarity.CONFLICT && agents.size() == 1 && quote == null) {
            withPartnerAlongside(out, agents.get(0), target, targetM, sentence, date);
        }
        agents.remove(target);
        if (run.coupContext && category.equals("detain")) {
            rulersHold(agents, target, sentence);
        }
        // reported speech: "Jibril said the bloc backed AUSSOM" holds for the person too
        Ent reporter = quote == null ? reporterOf(a, sentence) : null;
        List<Ent> targets = new ArrayList<>();
        targets.add(target);
        if (pair.size() == 2) {
            targets.add(pair.get(1));
        }
        // "killing two Tanzanian peacekeepers": a mission's soldiers, and their state's
        Mention nation = targetM != null && targetM.first() > 0 ? run.at[targetM.first() - 1] : null;
        if (nation != null && nation != targetM && nation.form() == Mention.Form.DEMONYM && nation.ent().isState()
                && target.type == ActorType.MISSION && polarity == Polarity.CONFLICT && !targets.contains(nation.ent())) {
            targets.add(nation.ent());
        }
        if (targetM != null) {
            moreTargets(targets, targetM, target, to, category.equals("sanction"));
        }
        for (Ent agent : agents) {
            for (Ent extra : targets.subList(1, targets.size())) {
                add(out, agent, extra, category, polarity, weight, sentence, date);
            }
            add(out, agent, target, category, polarity, weight, sentence, date);
            // a person speaking for the state they serve: the relation holds for both
            // (and one whose side the text does not give, who says what the state does: 'said the United
            // States "stands firmly with India"')
            if (speaker != null && agent != speaker
                    && (speaker.affiliation == agent || quotedSubject && speaker.isPerson() && speaker.affiliation == null)) {
                add(out, speaker, target, category, polarity, weight, sentence, date);
            }
            if (reporter != null && reporter != agent && reporter.affiliation == agent) {
                add(out, reporter, target, category, polarity, weight, sentence, date);
            }
        }
        return out;
    }

    /**
     * The side and those joined to it by "and" where the sentence opens with it ("Russia and Cuba, the government's
     * closest allies, voiced support"); the side alone otherwise.
     */
    private List<Ent> pairedWith(Ent side, int start, int a) {
        // ("In a joint statement, the United States, South Korea and Japan said": past a phrase that opens it)
        for (int c = start + 1; c < a && c <= start + 6 && (d.is(start, "in") || d.is(start, "on")); c++) {
            if (run.at[c] != null || !d.word(c) && !d.tok(c).isPunct(',')) {
                break;
            }
            if (d.tok(c).isPunct(',')) {
                start = c + 1;
                break;
            }
        }
        int k = d.is(start, "the") ? start + 1 : start;
        Mention m = k < a ? run.at[k] : null;
        if (m == null || m.ent() != side || m.first() != k) {
            return List.of(side);
        }
        List<Ent> out = new ArrayList<>(List.of(side));
        // ("The United States, Britain and Norway said ... and called on": a list of them, commas and all)
        for (int j = m.last() + 1; j + 1 < a && (d.is(j, "and") || d.tok(j).isPunct(',')); ) {
            if (d.tok(j).isPunct(',') && d.is(j + 1, "and")) {
                j++;
            }
            int n = d.is(j + 1, "the") ? j + 2 : j + 1;
            Mention next = n < a ? run.at[n] : null;
            if (next == null || next.first() != n || !next.naming() || next.ent().isPerson() || run.possessiveAfter(next)
                    || out.contains(next.ent())) {
                break;
            }
            out.add(next.ent());
            j = next.last() + 1;
        }
        return out;
    }

    /**
     * The subject of the clause a trigger at a..b stands in, when its verb is a participle (", accusing the bloc"),
     * one of verbs joined by "and", or "in support of" ("opened fire ... in support of its ally"); null when the
     * agents are to be found otherwise. (Part of {@link #relationsWith}: one method too large for C2 to inline the
     * small calls it makes; see the README's Development section.)
     */
    private Ent sharedSubject(Act act, int a, int b, int from, Quotes.Found quote, int sentence,
            boolean unnamedSubject) {
        int v = act.head(); // (the cut verb, when there is one, whose clause the agent opens)
        Token before = d.tok(v - 1);
        // (and "ordered the office to close, hours before signing a pact with Turkey": the sentence's subject signs)
        boolean participle = d.tok(v).key().endsWith("ing") && before != null && before.isPunct(',')
                || quote == null && (timedParticiple(v) || timedParticiple(participleBefore(a)));
        // "accused Eritrea of arming and training Fano": gerunds joined by "and" share their agent
        boolean gerunds = before != null && before.is("and") && d.tok(v - 2) != null
                && d.tok(v - 2).key().endsWith("ing") && d.tok(v).key().endsWith("ing");
        // "... did not deny that Rwandan troops were present, but accused Kinshasa": the verb after ", but"
        // is the sentence subject's, not that of the clause before
        boolean contrasted = before != null && before.is("but") && d.tok(v - 2) != null && d.tok(v - 2).isPunct(',')
                && quote == null && !d.tok(v).capitalised() && run.at[v] == null;
        // "... and has since joined": past auxiliaries and adverbs to the "and"
        int p = a - 1;
        while (p > d.sentenceStart(sentence) && a - p < 4 && d.word(p) && !d.capitalised(p)
                && (d.tok(p).in(AUXILIARIES) || d.is(p, "since") || d.is(p, "later") || d.is(p, "already")
                || d.is(p, "long") || d.is(p, "also") || d.is(p, "still") || d.tok(p).key().endsWith("ly"))) {
            // ("... and has long supported the Polisario", "... and has repeatedly accused")
            p--;
        }
        boolean auxiliaries = p < a - 1 && d.is(p, "and") && quote == null && !d.tok(a).key().endsWith("ing");
        // "... and Caribbean leaders rallied behind Guyana": a subject that names no actor, and no one else's
        // ("... when fighters attacked their base": armed men the text does not name)
        boolean coordinated = (before != null && before.is("and") && quote == null && !gerunds || contrasted
                || auxiliaries || coordinatedVerb(a, quote)) && !unnamedSubject;
        int subjectFrom = quote != null ? quote.open() + 1 : d.sentenceStart(sentence);
        // "opened fire on northern Israel in support of its ally Hamas": the clause's subject, not the
        // object of its verb
        // ("summoned Russian envoys in solidarity with Vilnius": a phrase that ends in its preposition too)
        boolean purposive = (before != null && before.is("in") || d.is(a, "in")) && quote == null
                && (d.is(b + 1, "of") || d.is(b + 1, "with") || d.is(b + 1, "for")
                || b > a && (d.is(b, "of") || d.is(b, "with") || d.is(b, "for")));
        // "... in support of its ally Hamas": "its" is the clause's subject too
        boolean own = ROLE_NOUNS.contains(d.tok(b)) && (d.is(a - 1, "its") || d.is(a - 1, "their"))
                && quote == null;
        int participleFrom = subjectFrom;
        for (int k = v - 2; participle && before != null && before.isPunct(',') && k > subjectFrom; k--) {
            if (d.is(k, "since") && run.at[k + 1] != null
                    && run.at[k + 1].naming() && !run.possessiveAfter(run.at[k + 1])) {
                participleFrom = k + 1; // "... since Yerevan froze its participation, accusing the bloc": that clause's subject
                break;
            }
        }
        return participle && participleFrom > subjectFrom ? run.at[participleFrom].ent()
                : participle ? quotes.firstSubject(quote == null && timedParticiple(participleBefore(a) >= 0
                        ? participleBefore(a) : v) ? pastReport(subjectFrom, a) : subjectFrom, a)
                : coordinated ? quotes.firstSubject(subjectFrom, a)
                : purposive || own ? quotes.firstSubject(Math.max(from, subjectFrom), a) : null;
    }

    /**
     * Adds to {@code targets} the further objects listed after the target's mention ("ties with Washington and
     * Tokyo"), within the clause ending at {@code to}: of the target's kind, person or not, unless {@code anyKind}.
     * (Part of {@link #relationsWith}, split off like {@link #sharedSubject}.)
     */
    private void moreTargets(List<Ent> targets, Mention targetM, Ent target, int to, boolean anyKind) {
            // "ties with Washington and Tokyo", "a Rwandan minister and an M23 spokesman" ("Kosovo police and EULEX":
            // past the first one's forces)
            int k = pastForceWords(targetM.last() + 1, to);
            // "sanctions on two gang leaders and on X": the preposition before the target, said again
            int p = targetM.first() - 1;
            while (p > 0 && p >= targetM.first() - 3 && (d.number(p)
                    || d.word(p) && (d.tok(p).in(DETERMINERS) || COUNTS.containsKey(d.tok(p).key())))) {
                p--;
            }
            Token prep = d.word(p) && REPEATED_PREPOSITIONS.contains(d.tok(p)) ? d.tok(p) : null;
            boolean repeated = false;
            for (int h = k; prep != null && h < to && h <= targetM.last() + 2 && d.word(h) && !d.capitalised(h)
                    && run.at[h] == null && !d.is(h, "and"); h++) {
                if (d.is(h + 1, "and") && d.is(h + 2, prep.key())) {
                    k = h + 1; // "on two Viv Ansanm leaders and on X": past the noun the first one qualifies
                }
            }
            while (k < to && k <= targetM.last() + 8) {
                Token t = d.tok(k);
                if (prep != null && t.is(prep.key()) && d.is(k - 1, "and") && k + 2 < to
                        && (run.at[k + 1] != null || d.is(k + 1, "the") && run.at[k + 2] != null)) {
                    repeated = true;
                    k++;
                    continue;
                }
                if (t.isPunct(',') && (d.is(k + 1, "a") || d.is(k + 1, "an")) && run.at[k - 1] != null) {
                    // "and on Reginald Petion, a Haitian businessman", "arming RED-Tabara, a Burundian rebel group":
                    // who or what it is, no further object
                    break;
                }
                if (t.isPunct(',') && reportingClauseAfter(k, to, true)) {
                    break; // "supplied missiles to Russia, Iranian Foreign Ministry spokesman X said": the speaker
                }
                if (t.is("and") || t.isPunct(',') || (t.isWord() && t.in(DETERMINERS))
                        || (run.at[k] == null && run.titleAt[k] != null && run.at[k - 1] != null)) {
                    k++; // "a Rwandan minister and ...": the title after an actor's name goes with it
                    continue;
                }
                Mention inside = t.isPunct('(') && k + 1 < d.size() ? run.at[k + 1] : null;
                if (inside != null && run.at[k - 1] != null && inside.ent() == run.at[k - 1].ent()
                        && d.tok(inside.last() + 1) != null && d.tok(inside.last() + 1).isPunct(')')) {
                    k = inside.last() + 2; // "the Mara Salvatrucha (MS-13) and Barrio 18": its acronym
                    continue;
                }
                Mention next = run.at[k];
                // (sanctions fall on people and firms alike: "asset freezes on Haddad and Cedar Horizon")
                if (next == null || next.ent().isPerson() != target.isPerson() && !repeated && !anyKind
                        || (d.tok(k - 1).is("and") && d.tok(k - 2) != null && d.tok(k - 2).isPunct(','))) {
                    break; // ", and Jamaica and Guatemala have also sent": a new clause, not more objects
                }
                Token after = d.tok(next.last() + 1);
                if (after != null && after.isPunct('-') && after.joined() && d.word(next.last() + 2)
                        && BACKING.containsKey(d.tok(next.last() + 2).key())) {
                    break; // "the IMSC, a US-led coalition": the leader qualifies the one named, is no other object
                }
                // "American and British ships": a people's adjective before its noun starts no clause
                if (after != null && after.isWord() && !after.is("and") && !after.is("or") && !after.in(QUOTES_PREP)
                        && next.form() != Mention.Form.DEMONYM
                        && !after.is("as") // "recognised South Ossetia and Abkhazia as independent states"
                        // ("an offensive against the MS-13 and Barrio 18 gangs": the noun of both)
                        && !(Extractor.GROUP_NOUNS.containsKey(after.key()) && !next.ent().isState())
                        && run.at[next.last() + 1] == null && run.titleAt[next.last() + 1] == null) {
                    int before = d.is(next.first() - 1, "the") ? next.first() - 2 : next.first() - 1;
                    if (thatClauseSubject(targetM) && d.is(before, "and") && !targets.contains(next.ent())) {
                        targets.add(next.ent()); // "demanded that the army and the RSF agree to": the clause's subjects
                    }
                    break; // the mention starts a clause of its own
                }
                while (next.last() + 1 < to && next.last() + 1 < d.size() && run.at[next.last() + 1] != null
                        && run.at[next.last() + 1] != next) {
                    next = run.at[next.last() + 1];
                }
                if (!targets.contains(next.ent())) {
                    targets.add(next.ent());
                }
                repeated = false;
                k = next.last() + 1;
            }
    }

    /** Does the mention open a "that" clause: "demanded that the army ...", "insisted that Kigali ..."? */
    private boolean thatClauseSubject(Mention m) {
        int k = d.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
        return d.is(k, "that");
    }

    /** Prepositions of an object said again before a further one: "on X and on Y", "against X and against Y". */
    private static final Words REPEATED_PREPOSITIONS = Words.of("on", "against", "with", "to");

    /**
     * '"They have always backed Moscow," the minister said': a clause of a quote whose subject is a third
     * person the text does not resolve ("it", "they", "he", "she" before the trigger, and no "we" or "I")
     * tells another's act, not the speaker's.
     */
    private boolean someoneElseActs(int a, int from) {
        boolean third = false;
        for (int k = from; k < a; k++) {
            if (!d.word(k)) {
                continue;
            }
            if (d.is(k, "we") || d.is(k, "i") || d.is(k, "us") || d.is(k, "our")) {
                return false;
            }
            third |= (d.is(k, "it") || d.is(k, "they") || d.is(k, "he") || d.is(k, "she")) && run.at[k] == null;
        }
        return third;
    }

    /**
     * Nouns of leaving: "the withdrawal of all foreign forces from Libyan soil" (not "the expulsion of its
     * ambassador from Niger", which is the act of the state named after "from").
     */
    private static final Words LEAVING = Words.of("withdrawal", "pullout", "departure", "exit", "removal");

    /** Words that name some of the ones a noun covers: ", including Turkish troops". */
    private static final Words INCLUDING = Words.of("including", "notably", "especially", "particularly");

    /**
     * The side named after ", including" when only the plain words of a group (and a number) come between the trigger
     * ending at b and the comma: "sanctions on 16 officials, including CNE president Nicanor Rivas"; past the
     * titles and unknown capitalised words before the name. Null for none.
     */
    private Mention includedAfter(int b, int to) {
        for (int k = b + 1; k + 1 < to && k <= b + 8; k++) {
            if (d.tok(k).isPunct(',') && d.word(k + 1) && INCLUDING.contains(d.tok(k + 1))) {
                for (int x = k + 2; x < to && x <= k + 7; x++) {
                    if (run.at[x] != null) {
                        return run.at[x].form() == Mention.Form.PRONOUN ? null : run.at[x];
                    }
                    if (!d.word(x) || !d.capitalised(x) && !run.isTitle(x) && !d.is(x, "the")) {
                        return null;
                    }
                }
                return null;
            }
            if (run.at[k] != null && run.at[k].naming() || !d.word(k) && !d.number(k)) {
                return null; // (but "16 officials", a plain phrase for some government's people, may come first)
            }
        }
        return null;
    }

    /**
     * A side named after "from" that is a place, for the trigger from a to b: where a road comes from ("attacked
     * tanker trucks on the main roads from Senegal": no target), or, in a demanded withdrawal ("demanded the
     * withdrawal of all foreign forces from Libyan soil, including Turkish troops"), the place to be left, the
     * demand falling on the side named after "including", else on none. Other targets are returned as they are.
     */
    private Mention pastPlaceFrom(Mention target, int a, int b, boolean demand) {
        if (target == null || !d.is(target.first() - 1, "from")) {
            return target;
        }
        if (target.first() - 2 > b && ROUTES.contains(d.tok(target.first() - 2))) {
            return null;
        }
        if (!demand) {
            return target;
        }
        boolean leaving = false;
        for (int k = target.first() - 2; k >= a && k >= target.first() - 8 && !leaving; k--) {
            leaving = d.word(k) && LEAVING.contains(d.tok(k));
        }
        if (!leaving) {
            return target;
        }
        int end = d.sentenceEnd(d.tok(a).sentence());
        for (int k = target.last() + 1; k + 1 < end && k <= target.last() + 3; k++) {
            if (d.word(k) && INCLUDING.contains(d.tok(k))) {
                int x = d.is(k + 1, "the") ? k + 2 : k + 1;
                Mention named = run.at[x];
                return named != null && named.first() == x ? named : null;
            }
        }
        return null;
    }

    /**
     * Roads goods and people travel along: "the main roads from Senegal" (not a pipeline or railway, which may be
     * the named side's own: "struck the pipeline from Russia").
     */
    private static final Words ROUTES = Words.of("road", "roads", "route", "routes", "highway", "highways");

    /** Is token k a border's noun, or a possessive before one ("the Russian border", "Russia's border")? */
    private boolean borderAfter(int k) {
        if (d.tok(k) != null && d.tok(k).kind() == Token.Kind.POSSESSIVE) {
            k++;
        }
        return d.is(k, "border") || d.is(k, "frontier");
    }

    /** A people named as kin: "our Iraqi brothers". */
    private static final Words KIN = Words.of("brothers", "sisters", "brethren", "people", "peoples", "kin",
            "kinsmen", "compatriots", "cousins");

    /**
     * "Since the arrival of the Kestrel Brigade, abuses have only grown":
     * a quote that blames, naming an actor as its subject or topic, criticises that actor. The
     * speaker's own side, and places named after a preposition, are not its targets.
     */
    private List<Found> quoteCriticism() {
        List<Found> out = new ArrayList<>();
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            if (speaker == null) {
                continue;
            }
            boolean blame = false;
            for (int k = q.open() + 1; k < q.close() && k < d.size() && !blame; k++) {
                blame = d.tok(k).isWord() && d.tok(k).in(BLAME) && !sufferedAt(k);
            }
            // 'said the mission was "fuelling tensions"', 'said the panel's report was "one-sided"': a fault found
            // with the subject just before the quote (not 'had been "unjustly imprisoned"': what it suffered)
            blame = blame || subjectBeforeQuote(q.open()) != null && !sufferedIn(q) && faulted(q);
            if (!blame && scornedLabel(q)) {
                Mention labelled = labelledBeforeQuote(q.open());
                if (labelled != null && !sameSide(speaker, labelled.ent()) && labelled.form() != Mention.Form.PRONOUN) {
                    // 'called the council "a club of thieves"', 'called the MSS "an experiment that has not worked"'
                    out.add(new Found(speaker, labelled.ent(), "criticise", Polarity.CONFLICT, -2, q.sentence(),
                            dates.dateOf(q.sentence())));
                }
                continue;
            }
            if (!blame) {
                continue;
            }
            // "said that ASEAN was “interfering in internal affairs”": the subject just before the quote;
            // "called the EU measures “illegitimate”", "condemned the ban as “a provocation”": what is so named
            Mention lead = subjectBeforeQuote(q.open());
            lead = lead != null ? lead : labelledBeforeQuote(q.open());
            if (lead != null && lead.ent() != speaker && lead.ent() != speaker.affiliation
                    && lead.ent().affiliation != speaker && lead.form() != Mention.Form.PRONOUN) {
                out.add(new Found(speaker, lead.ent(), "criticise", Polarity.CONFLICT, -2, q.sentence(),
                        dates.dateOf(q.sentence())));
                continue;
            }
            if (d.is(q.open() - 1, "for") || d.is(q.open() - 1, "of")) {
                continue; // 'criticised Russia for "using Libya as a springboard"': the charge, whose sides are no targets
            }
            for (Mention m : mentionsIn(q)) {
                Ent target = m.ent();
                Token before = d.tok(m.first() - 1);
                boolean place = before != null && before.isWord() && (before.is("in") || before.is("to")
                        || before.is("from") || before.is("at") || before.is("into") || before.is("across")
                        // '"Attacks against peacekeepers may constitute war crimes"': the wronged, not the blamed
                        || before.is("against") || before.is("on")
                        // "our forces, together with the Mozambican army, have retaken ...": a partner, not the blamed
                        || before.is("with") || before.is("alongside")
                        // ("will stop interfering in normal cooperation between China and Sri Lanka": the pair wronged)
                        || before.is("between") || before.is("and") && run.at[m.first() - 2] != null
                        && d.is(run.at[m.first() - 2].first() - 1, "between"));
                Token two = d.tok(m.first() - 2);
                place |= before != null && before.is("the") && two != null && (two.is("with") || two.is("alongside"))
                        || quotes.allyBefore(m) // ("stands with our ally the Philippines and condemns ...")
                        // ("Hungary will stand by Chad in the fight against ...", "Azerbaijan has every right to")
                        || before != null && before.is("by") && two != null && STANDING_BY.contains(two)
                        || rightGrantedAt(m.last() + 1);
                // "Venezuelans voted for ...", "not at our Iraqi brothers": a people, not its state
                boolean people = m.form() == Mention.Form.DEMONYM && (d.tok(m.last()).text().endsWith("s")
                        || (d.is(m.first() - 1, "our") || d.is(m.first() - 1, "my")) && d.word(m.last() + 1)
                        && KIN.contains(d.tok(m.last() + 1)));
                // ("violations of Iraqi sovereignty": the state wronged, not blamed)
                boolean wronged = m.form() == Mention.Form.DEMONYM && d.word(m.last() + 1) && WRONGED.contains(d.tok(m.last() + 1));
                if (place || people || wronged || populace(m) || sameSide(speaker, target) || m.form() == Mention.Form.PRONOUN
                        || run.possessiveAfter(m) || run.beforeHyphenedParticiple(m)) {
                    continue;
                }
                out.add(new Found(speaker, target, "criticise", Polarity.CONFLICT, -2, q.sentence(),
                        dates.dateOf(q.sentence())));
                break;
            }
        }
        return out;
    }

    /** Words of scorn in a label put on a side: 'called the council "a club of thieves"'. */
    private static final Words SCORN = Words.of("one-sided", "premature", "politicised", "politicized", "politically",
            "biased", "partisan", "baseless", "unfounded", "thieves", "thief", "coup", "farce", "sham", "theatre",
            "theater", "circus", "colonial", "imperialist", "worthless", "useless", "irrelevant", "disgrace",
            "disgraceful", "insult", "mockery", "unconstitutional", "traitors", "traitor", "bandits", "gangsters",
            "mafia", "not", "failed", "failure", "cowardly");

    /** Does the quote (a label: at most twelve words) hold a word of {@link #SCORN}? */
    private boolean scornedLabel(Quotes.Found q) {
        if (q.close() - q.open() > 13) {
            return false;
        }
        for (int k = q.open() + 1; k < q.close() && k < d.size(); k++) {
            if (d.word(k) && SCORN.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /** Does "has every right" or "has the right" start at token v ("Azerbaijan has every right to protect")? */
    private boolean rightGrantedAt(int v) {
        return d.is(v, "has") && (d.is(v + 1, "every") || d.is(v + 1, "the")) && d.is(v + 2, "right");
    }

    /** Verbs of standing by a side: "will stand by Chad". */
    private static final Words STANDING_BY = Words.of("stand", "stands", "standing", "stood");

    /** The words a demand of {@link #mustDemands} turns on. */
    private static final Words MUST_SHOULD = Words.of("must", "should");

    /**
     * "“The RSF must lift the siege,” she said", "Baku insisted that Armenia must first amend its
     * constitution": what an actor must do, said by another, is the speaker's demand on it. Not "must
     * be" (what is to happen to the actor) and not the speaker's own side.
     */
    private List<Found> mustDemands() {
        List<Found> out = new ArrayList<>();
        for (int k : d.withKeys(MUST_SHOULD)) { // (most articles have neither word)
            if (k < 1 || k + 1 >= d.size()) {
                continue;
            }
            // (and "the G7 should stop stoking confrontation": "should" before a verb of ceasing)
            int w = k + 1 < d.size() && d.tok(k + 1).kind() == Token.Kind.QUOTE ? k + 2 : k + 1; // ('should "stop ...')
            boolean should = d.is(k, "should") && d.word(w) && CEASING.contains(d.tok(w));
            if (!d.is(k, "must") && !should || d.is(k + 1, "be") || d.is(k + 1, "not") && d.is(k + 2, "be")) {
                continue;
            }
            // ('told the council that Rwandan troops "must leave Congo now"': the quote opens on the verb)
            Mention m = k >= 2 && d.tok(k - 1).kind() == Token.Kind.QUOTE && run.inQuote[k] ? run.at[k - 2] : run.at[k - 1];
            if (m == null || m.form() == Mention.Form.PRONOUN || m.form() == Mention.Form.DEMONYM
                    || run.possessiveAfter(m) || quotes.afterPreposition(m)
                    || d.is(m.first() - 1, "this") || d.is(m.first() - 1, "our")) {
                continue; // (not "this council must keep the means": a member speaks of its own body)
            }
            Ent target = m.ent();
            int sentence = d.tok(k).sentence();
            Ent speaker = null;
            Quotes.Found q = quotes.quoteAt(k);
            if (q != null) {
                speaker = q.speaker();
            } else {
                // "X insisted that Y must": the one whose speech verb stands before, in this sentence
                for (int j = m.first() - 1; j > d.sentenceStart(sentence) && speaker == null; j--) {
                    if (d.is(j, "that") && run.speechAt(j - 1)) {
                        speaker = quotes.subjectBefore(j - 1, d.sentenceStart(sentence));
                    }
                }
                // "X said Israel must leave", with no "that": the speech verb right before the one who must
                int v = d.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
                if (speaker == null && v > d.sentenceStart(sentence) && run.speechAt(v)) {
                    speaker = quotes.subjectBefore(v, d.sentenceStart(sentence));
                }
            }
            if (speaker == null || sameSide(speaker, target)) {
                continue;
            }
            out.add(new Found(speaker, target, "demand", Polarity.CONFLICT, -5, sentence, dates.dateOf(sentence)));
        }
        return out;
    }

    /**
     * "Villanueva said Chinese ships had tried to block an evacuation", "the envoy said the generals had
     * ignored every point of the plan": someone who reports another's misdeed accuses that actor. The
     * reported clause must open with the actor and go on with "had", "has", "have", "was" or "were"
     * and a misdeed ({@link #misdeedAt}).
     */
    private List<Found> reportedMisdeeds() {
        List<Found> out = new ArrayList<>();
        for (int k = 1; k + 3 < d.size(); k++) {
            if ((d.lexicons(k) & run.lex.speech.bit()) == 0 || !d.word(k) || run.at[k] != null || run.inQuote[k]
                    || !run.speechAt(k)) {
                continue; // (the lexicon bit first: no speech verb starts here)
            }
            int sentence = d.tok(k).sentence();
            int y = d.is(k + 1, "that") ? k + 2 : k + 1;
            if (d.is(y, "the") || d.is(y, "a") || d.is(y, "an")) {
                y++; // "said an Israeli tank had fired on a position"
            }
            Mention m = y < d.size() ? run.at[y] : null;
            if (m == null || m.form() == Mention.Form.PRONOUN || run.possessiveAfter(m)) {
                continue;
            }
            int v = m.last() + 1;
            // "Chinese ships", "Philippine boats", "the generals": a noun after a demonym is the state's
            if (m.form() == Mention.Form.DEMONYM) {
                v = pastOwnNoun(m.ent(), v, true); // ("Russian forces": the state's own too)
            }
            // "said the federal army and Fano fighters had ...": every side of the list
            List<Ent> targets = new ArrayList<>(List.of(m.ent()));
            while (d.is(v, "and") && v + 1 < d.size()) {
                int w = v + 1 + (d.is(v + 1, "the") ? 1 : 0);
                Mention other = w < d.size() ? run.at[w] : null;
                if (other == null || other.first() != w || other.form() == Mention.Form.PRONOUN) {
                    break;
                }
                targets.add(other.ent());
                v = pastOwnNoun(other.ent(), other.last() + 1, false); // "Fano fighters", "Ethiopian troops"
            }
            if (!(d.is(v, "had") || d.is(v, "has") || d.is(v, "have") || d.is(v, "was") || d.is(v, "were"))) {
                continue;
            }
            v++;
            if (d.is(v, "each") || d.is(v, "both") || d.is(v, "all")) {
                v++; // "had each carried out"
            }
            if (quoteMark(v)) {
                v++; // 'said Washington had "sabotaged every chance"': the verb opens a quote
            }
            if (d.is(v, "also") || d.is(v, "repeatedly") || d.is(v, "deliberately") || d.is(v, "illegally")) {
                v++;
            }
            if (quoteMark(v)) {
                v++;
            }
            if ((d.is(v, "tried") || d.is(v, "sought")) && d.is(v + 1, "to")) {
                v += 2;
            }
            if (v >= d.size() || !misdeedAt(v) && !atrocityDone(v)) {
                continue;
            }
            Ent reporter = quotes.subjectBefore(k, d.sentenceStart(sentence));
            for (Ent target : targets) {
                if (reporter != null && !sameSide(reporter, target)) {
                    out.add(new Found(reporter, target, "accuse", Polarity.CONFLICT, -2, sentence,
                            dates.dateOf(sentence)));
                }
            }
        }
        return out;
    }

    /**
     * The token after a lower-case noun at v that belongs to the side named just before it: its own mention
     * ("Russian forces"), any noun after a people's adjective ({@code anyNoun}), or else a noun of armed men
     * ("Fano fighters"); v itself when there is none.
     */
    private int pastOwnNoun(Ent side, int v, boolean anyNoun) {
        if (!d.word(v) || d.capitalised(v)) {
            return v;
        }
        Mention n = run.at[v];
        if (n != null) {
            return n.ent() == side ? n.last() + 1 : v;
        }
        return anyNoun || PERSONNEL.contains(d.tok(v)) || d.is(v, "fighters") ? v + 1 : v;
    }

    /** What one commits against people: "carried out summary executions", "committed atrocities". */
    private static final Words ATROCITIES = Words.of("executions", "killings", "massacres", "massacre", "abuses",
            "atrocities", "torture", "rapes", "crimes", "abductions", "kidnappings", "disappearances", "reprisals");

    /** "carried out summary executions", "committed war crimes", "perpetrated abuses" at token v. */
    private boolean atrocityDone(int v) {
        int n = d.is(v, "carried") && d.is(v + 1, "out") ? v + 2
                : d.is(v, "committed") || d.is(v, "perpetrated") || d.is(v, "conducted") ? v + 1 : -1;
        for (int k = n; k >= 0 && k < d.size() && k <= n + 3 && d.word(k) && run.at[k] == null; k++) {
            if (ATROCITIES.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs by which one bears the blame: "Manila bore full responsibility". */
    private static final Words BEARING = Words.of("bears", "bore", "bear", "carries", "carried", "carry");

    /** Verbs by which blame lies with one: "responsibility lies entirely with the Pakistani side". */
    private static final Words LYING = Words.of("lies", "lay", "rests", "rested", "rest", "lie");

    /**
     * '"Manila," she added, bore "full responsibility" for the collision', '"The responsibility for this incident
     * lies entirely with the Pakistani side"': who says another bears the blame accuses it. Not "claimed (took)
     * responsibility", an author owning up to an act.
     */
    private List<Found> blamed() {
        List<Found> out = new ArrayList<>();
        for (int k = d.firstWithKey("responsibility"); k >= 0; k = d.nextWithKey(k)) {
            if (k < 1) {
                continue;
            }
            int sentence = d.tok(k).sentence();
            int start = d.sentenceStart(sentence);
            int end = d.sentenceEnd(sentence);
            Mention blamed = null;
            int p = k - 1;
            while (p > start && (d.word(p) && (d.in(p, DETERMINERS) || d.is(p, "full") || d.is(p, "entire")
                    || d.is(p, "sole") || d.is(p, "primary") || d.is(p, "all"))
                    || d.tok(p).kind() == Token.Kind.QUOTE)) {
                p--;
            }
            if (d.word(p) && BEARING.contains(d.tok(p))) {
                // "Manila bore", "Manila, she added, bore", "the Tajik side bears"
                int q = p - 1;
                boolean negated = false;
                while (q > start && d.word(q) && (d.in(q, AUXILIARIES) || d.in(q, NEGATIONS)
                        || d.tok(q).key().endsWith("ly"))) {
                    negated |= d.in(q, NEGATIONS); // ("Kenya does not bear responsibility": no blame)
                    q--;
                }
                if (q >= start && d.tok(q).isPunct(',')) {
                    // ("Manila, she added, bore": past the aside of a speaker and a speech verb)
                    int c = q - 1;
                    while (c > start && c >= q - 4 && d.word(c) && !d.capitalised(c)) {
                        c--;
                    }
                    q = c < q - 1 && d.tok(c).isPunct(',') ? c - 1 : q;
                }
                if (q >= 1 && d.word(q) && SIDE_NOUNS.contains(d.tok(q)) && run.at[q] == null) {
                    q--; // "the Tajik side bears": the side's people named before the noun
                }
                blamed = q >= start && !negated ? run.at[q] : null;
            } else {
                boolean negated = false;
                for (int j = k + 1; j < end && j <= k + 8 && blamed == null && !negated; j++) {
                    negated = d.word(j) && d.in(j, NEGATIONS); // ("does not lie with Kenya")
                    if (d.word(j) && LYING.contains(d.tok(j))) {
                        int w = j + 1;
                        while (w < end && d.word(w) && d.tok(w).key().endsWith("ly")) {
                            w++;
                        }
                        if (d.is(w, "with")) {
                            w += d.is(w + 1, "the") ? 2 : 1;
                            blamed = w < end ? run.at[w] : null;
                        }
                    }
                }
            }
            if (blamed == null || blamed.form() == Mention.Form.PRONOUN) {
                continue;
            }
            Quotes.Found q = quotes.quoteAt(k);
            Ent speaker = q != null ? q.speaker() : null;
            for (int j = start; j < end && speaker == null; j++) {
                if (!run.inQuote[j] && run.speechAt(j)) {
                    speaker = quotes.subjectBefore(j, start);
                }
            }
            for (Quotes.Found other : quotes.found()) {
                speaker = speaker == null && other.sentence() == sentence ? other.speaker() : speaker;
            }
            if (speaker != null && !sameSide(speaker, blamed.ent())) {
                out.add(new Found(speaker, blamed.ent(), "accuse", Polarity.CONFLICT, -2, sentence,
                        dates.dateOf(sentence)));
            }
        }
        return out;
    }

    /** Offices one may be said to hold still: "said Sanca remained the head of state". */
    private static final Words HELD_OFFICES = Words.of("head", "president", "leader", "minister", "ruler");

    /** The verbs of staying in office: "remained the legitimate president", "is still the head". */
    private static final Words STILL = Words.of("remained", "remains", "was", "is");

    /**
     * "The bloc refused to recognise the council and said Sanca remained the head of state": who says that a
     * person still holds an office (is "the legitimate president", "remains the country's lawful leader") stands
     * by that person. Not the person about themselves ("said he remained the lawful leader").
     */
    private List<Found> stillInOffice() {
        List<Found> out = new ArrayList<>();
        for (int k : d.withKeys(STILL)) {
            Mention held = k >= 2 && k + 2 < d.size() ? run.at[k - 1] : null;
            if (held == null || !held.ent().isPerson() || held.form() == Mention.Form.PRONOUN || run.inQuote[k]) {
                continue; // (a person's name first: most words follow none)
            }
            boolean still = d.is(k, "remained") || d.is(k, "remains") || (d.is(k, "was") || d.is(k, "is"))
                    && (d.is(k + 1, "still") || d.is(k + 2, "legitimate") || d.is(k + 2, "lawful"));
            if (!still) {
                continue;
            }
            int j = k + 1;
            while (j < d.size() && j <= k + 6 && d.word(j) && !HELD_OFFICES.contains(d.tok(j))) {
                j++;
            }
            // (the office ends the phrase: not "remained the leader of a force that ...", "the president's ally")
            int of = j + 2 + (d.is(j + 2, "the") ? 1 : 0);
            boolean ends = d.tok(j + 1) == null || !d.word(j + 1) && d.tok(j + 1).kind() != Token.Kind.POSSESSIVE
                    || d.is(j + 1, "and") || d.is(j + 1, "of") && of < d.size() && run.at[of] != null
                    && run.at[of].ent().isState()
                    || d.is(j + 1, "of") && (d.is(j + 2, "state") || d.is(j + 2, "government")); // "head of state"
            boolean office = ends && j < d.size() && j <= k + 6 && d.word(j) && HELD_OFFICES.contains(d.tok(j))
                    && (d.is(j - 1, "the") || d.is(j - 1, "legitimate") || d.is(j - 1, "lawful")
                    || d.is(j - 1, "constitutional") || d.is(j - 1, "elected") || d.is(j - 1, "country")
                    || d.is(j - 1, "nation") || d.tok(j - 1).kind() == Token.Kind.POSSESSIVE);
            int sentence = d.tok(k).sentence();
            int start = d.sentenceStart(sentence);
            int v = held.first() - 1;
            while (v > start && (!d.word(v) || d.is(v, "that"))) {
                v--; // ("said that Sanca", "said, Sanca")
            }
            if (!office || v <= start || !run.speechAt(v)) {
                continue;
            }
            Ent speaker = quotes.subjectBefore(v, start);
            if (speaker != null && !sameSide(speaker, held.ent())) {
                out.add(new Found(speaker, held.ent(), "recognise", Polarity.COOPERATION, 3, sentence,
                        dates.dateOf(sentence)));
            }
        }
        return out;
    }

    /** Verbs by which sides put a text before a body: "the resolution, drafted by Chile and Canada". */
    private static final Words DRAFTING = Words.union(AUTHORING, Words.of("introduced", "submitted", "presented"));

    /** Texts a body votes on. */
    private static final Words DRAFT_TEXTS = Words.union(DRAFTS, Words.of("declaration"));

    /** Words that make a text one that lost, not the one adopted: "a rival text, submitted by ...". */
    private static final Words RIVAL = Words.of("rival", "alternative", "competing", "separate");

    /** Categories of what a body's text does against a side: "adopted a resolution condemning X". */
    private static final Words TEXT_ACTS = Words.of("condemn", "criticise", "accuse", "demand");

    /**
     * "The text, drafted by Chile and Canada, passed by 90 votes": the sides that drafted a text together act
     * together, and each stands against the side the body's text condemns ("the Assembly adopted a resolution
     * condemning X" a few sentences before). Co-sponsors named apart ("and co-sponsored by ...") are not drafters.
     */
    private List<Found> drafters() {
        List<Found> out = new ArrayList<>();
        for (int by = d.firstWithKey("by"); by >= 0; by = d.nextWithKey(by)) {
            int k = by - 1; // the verb before "by"
            if (k < 2 || k + 2 >= d.size() || !d.word(k) || !DRAFTING.contains(d.tok(k)) || run.inQuote[k]
                    || d.tok(k - 1).isPunct('-')) {
                continue; // (a text's name first: most words are none; "co-sponsored" is no drafting)
            }
            int sentence = d.tok(k).sentence();
            int start = d.sentenceStart(sentence);
            boolean text = false;
            for (int p = k - 1; p >= start && p >= k - 4 && !text; p--) {
                text = d.word(p) && DRAFT_TEXTS.contains(d.tok(p)) // "The text, which was drafted by"
                        && !(d.word(p - 1) && RIVAL.contains(d.tok(p - 1)));
            }
            for (int p = k + 2; text && p < d.sentenceEnd(sentence); p++) {
                text = !(d.is(p, "rejected") || d.is(p, "vetoed") || d.is(p, "failed") || d.is(p, "defeated"));
            }
            if (!text) {
                continue; // ("A rival text, submitted by the United States, was rejected": not the body's text)
            }
            List<Ent> sides = new ArrayList<>();
            for (int j = k + 2; j < d.sentenceEnd(sentence); j++) {
                Mention m = run.at[j];
                if (m != null && m.naming() && !m.ent().isPerson()) {
                    if (!sides.contains(m.ent())) {
                        sides.add(m.ent());
                    }
                    j = m.last();
                } else if (!(d.is(j, "and") || d.tok(j).isPunct(',') || d.is(j, "the"))) {
                    break; // "... and co-sponsored by", ", passed by 12 votes": the list has ended
                }
            }
            if (sides.size() == 2) {
                // (a pair that drafts a text is partners; three or more are a group, not pairs of partners)
                out.add(new Found(sides.get(0), sides.get(1), "joint", Polarity.COOPERATION, 3, sentence,
                        dates.dateOf(sentence)));
            }
            // the side the body's text acts against, told in the sentences before
            for (int f = found.size() - 1; f >= 0; f--) {
                Found g = found.get(f);
                if (g.polarity() != Polarity.CONFLICT || g.sentence() > sentence || g.sentence() < sentence - 6
                        || g.source().type != ActorType.IGO || !TEXT_ACTS.contains(g.category())) {
                    continue;
                }
                for (Ent side : sides) {
                    if (side != g.target() && side != g.source()) {
                        out.add(new Found(side, g.target(), g.category(), Polarity.CONFLICT, g.weight(), sentence,
                                dates.dateOf(sentence)));
                    }
                }
                break;
            }
        }
        return out;
    }


    /** Words of a quote that speak against an actor it opens a clause with: "Helsinki keeps trying to blame ...". */
    private static final Words AGAINST = Words.of("keeps", "trying", "pretend", "pretends", "pretending", "blame",
            "blames", "responsibility", "absurd", "hostage", "impunity", "trouble", "bombs", "disregard", "dangerous",
            "hiding", "fingers", "lectured", "regime", "weapons", "threat", "threatens", "threatening", "crime",
            "violated", "violates", "violating", "broken", "broke", "provoked", "fabrications", "refuses", "refused",
            "failed", "deliberately", "escalated", "escalate", "escalation", "consequences", "punish", "meddling",
            "isolate", "starves", "besieged", "hunger", "shooting", "firing", "illegally", "intimidate", "bully",
            "arrogance", "arrogant", "excuse", "excuses", "pretext", "double", "hypocritical", "irresponsible");

    /** Words of a quote that speak for an actor it opens a clause with: "Oman ... will be a reliable partner". */
    private static final Words FOR = Words.of("partner", "partners", "partnership", "solidarity", "friend", "friends",
            "brotherly", "congratulate", "courage", "reliable", "ally", "allies", "grateful", "thank", "welcome");

    /** Nouns after a people's adjective that make it the state's own: "the Philippine side has ...". */
    private static final Words SIDE_NOUNS = Words.of("side", "authorities", "government", "regime", "army", "forces",
            "militia", "leadership", "military", "troops", "junta", "navy");

    /** Words after which a name does not open a clause ("of", "who"): none of these is a verb. */
    private static final Words NO_VERB = Words.of("of", "and", "or", "who", "which", "people", "peoples", "citizens",
            "nationals", "side", "itself", "alone", "too", "also");

    /** Words that open a clause in a quote before its subject: "..., and Tehran keeps ...". */
    private static final Words CLAUSE_OPENERS = Words.of("and", "but", "that", "because", "while", "when", "if", "as",
            "so", "where", "then", "yet");

    /**
     * '"Helsinki is trying to blame Russia for every broken pipe," the spokesman said', '"Oman has chosen the
     * path of peace, and Israel will be a reliable partner"': a quote that opens a clause with an actor, and
     * speaks against it (or for it, with no negation), is the speaker's criticism (praise) of that actor.
     * Only where no rule before it related the two; not the speaker's own side, a people ("the Haitian people"),
     * an actor one addresses ("this council") or one named as the owner of something ("Iraq's territory").
     */
    private List<Found> quoteStances() {
        List<Found> out = new ArrayList<>();
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            if (speaker == null) {
                continue;
            }
            List<Mention> named = mentionsIn(q);
            if (named.isEmpty()) {
                continue; // (most quotes name no one: no word of them need be read)
            }
            boolean against = false;
            boolean praise = false;
            boolean negated = false;
            for (int k = q.open() + 1; k < q.close() && k < d.size(); k++) {
                if (d.word(k)) {
                    // (not "we do not blame Kenya": a negation just before turns the word around)
                    against = against || (d.in(k, BLAME) || AGAINST.contains(d.tok(k)))
                            && !d.in(k - 1, NEGATIONS) && !sufferedAt(k)
                            && !(d.in(k - 2, NEGATIONS) && (d.in(k - 1, AUXILIARIES) || d.is(k - 1, "be")));
                    // "Orano has taken our uranium for fifty years": what is the speaker's taken from it
                    against = against || (d.is(k + 1, "our") || d.is(k + 2, "our")) && TAKING.contains(d.tok(k));
                    praise = praise || FOR.contains(d.tok(k));
                    negated |= d.in(k, NEGATIONS); // (a negation turns words of praise around)
                }
            }
            if (!against && !(praise && !negated)) {
                continue;
            }
            for (Mention m : named) {
                Ent target = m.ent();
                if (m.form() == Mention.Form.PRONOUN || sameSide(speaker, target) || related(speaker, target)
                        || populace(m) || run.beforeHyphenedParticiple(m)) {
                    continue; // (nor "attacks by Iran-backed militias": the militias the quote speaks of)
                }
                int v = m.last() + 1;
                // "from an authoritarian regime", "the PRC's dangerous conduct", "Turkey's bombs": named as a
                // regime, or as the owner of what the quote speaks against, wherever it stands
                boolean possessive = d.tok(v) != null && d.tok(v).kind() == Token.Kind.POSSESSIVE;
                if (d.is(m.last(), "regime") || d.is(v, "regime") || possessive && d.word(v + 1)
                        && (AGAINST.contains(d.tok(v + 1)) || d.in(v + 1, BLAME))) {
                    out.add(new Found(speaker, target, "criticise", Polarity.CONFLICT, -2, q.sentence(),
                            dates.dateOf(q.sentence())));
                    continue;
                }
                if (!opensClause(q, m)) {
                    continue;
                }
                if (m.form() == Mention.Form.DEMONYM) {
                    if (!d.word(v) || !SIDE_NOUNS.contains(d.tok(v))) {
                        continue; // "the Venezuelan people", "Chinese money": a people or a thing, not the state
                    }
                    v++;
                } else if (d.word(v) && SIDE_NOUNS.contains(d.tok(v)) && !d.capitalised(v)) {
                    v++; // "The Houthi militia is holding ..."
                }
                if (!d.word(v) || d.capitalised(v) || NO_VERB.contains(d.tok(v)) || run.at[v] != null) {
                    continue; // "Tajik partners", "Iraq's territory", "Moldova's citizens": no clause it opens
                }
                if (rightGrantedAt(v)) {
                    continue; // "Azerbaijan has every right to protect its security against foreign interference"
                }
                boolean good = praise && !negated && !against;
                if (good && actsOnAnother(v)) {
                    continue; // "The president is trading a reliable neighbour for ...": the praise is the object's
                }
                out.add(new Found(speaker, target, good ? "praise" : "criticise",
                        good ? Polarity.COOPERATION : Polarity.CONFLICT, good ? 2 : -2, q.sentence(),
                        dates.dateOf(q.sentence())));
            }
        }
        return out;
    }

    /** Does the clause at v go on with a verb in "-ing" after an auxiliary ("is trading", "has been abandoning")? */
    private boolean actsOnAnother(int v) {
        int k = v;
        while (k < v + 3 && d.word(k) && d.in(k, AUXILIARIES)) {
            k++;
        }
        return k > v && d.word(k) && d.tok(k).key().endsWith("ing") && !d.in(k, AUXILIARIES);
    }

    /** Words of a verdict on a body or its work, besides those of {@link #SCORN}: "incomplete", "fuelling tensions". */
    private static final Words FAULTS = Words.of("incomplete", "fuelling", "fueling", "rumours", "rumors",
            "fabricated", "flawed", "unbalanced", "inflaming", "undermining", "exaggerated", "poorly", "ineffective",
            "instrument");

    /** Does a quote open on a participle, after an adverb or not: "unjustly imprisoned", "detained"? */
    private boolean sufferedIn(Quotes.Found q) {
        int k = q.open() + 1;
        if (d.word(k) && d.tok(k).key().endsWith("ly")) {
            k++;
        }
        return d.word(k) && d.tok(k).key().endsWith("ed");
    }

    /** Does a quote find fault, with a word of {@link #FAULTS} or {@link #SCORN} no negation turns around? */
    private boolean faulted(Quotes.Found q) {
        for (int k = q.open() + 1; k < q.close() && k < d.size(); k++) {
            if (d.word(k) && (FAULTS.contains(d.tok(k)) || SCORN.contains(d.tok(k)) && !d.is(k, "not"))
                    && !d.in(k - 1, NEGATIONS)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of taking what is another's: "took our gold", "has stolen our land". */
    private static final Words TAKING = Words.of("took", "taken", "takes", "taking", "stole", "stolen", "steals",
            "stealing", "plundered", "plunders", "looted", "loots", "grabbed", "grabs", "seized", "seizes", "annex",
            "annexed", "annexing", "occupy", "occupied", "occupies", "occupying");

    /** Verbs of letting a side do something, which a negation makes a stand against it: "will not allow Tehran". */
    private static final Words LETTING = Words.of("allow", "let", "permit", "tolerate");

    /**
     * '"We will not allow al-Shabaab to return to a single village"', '"we will not let Moscow use winter as a
     * weapon"': in a quote, a negated verb of letting with a side right after it (or after "the") is the speaker's
     * stand against that side.
     */
    private List<Found> notAllowed() {
        List<Found> out = new ArrayList<>();
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            if (speaker == null || mentionsIn(q).isEmpty()) {
                continue;
            }
            for (int k = q.open() + 2; k + 1 < q.close() && k + 1 < d.size(); k++) {
                if (!d.word(k) || !LETTING.contains(d.tok(k)) || !d.in(k - 1, NEGATIONS)) {
                    continue;
                }
                int x = d.is(k + 1, "the") ? k + 2 : k + 1;
                Mention m = x < q.close() ? run.at[x] : null;
                if (m == null || m.first() != x || m.form() == Mention.Form.PRONOUN || sameSide(speaker, m.ent())
                        || m.form() == Mention.Form.DEMONYM && !(d.word(m.last() + 1) && SIDE_NOUNS.contains(d.tok(m.last() + 1)))) {
                    continue; // ("will not allow the Libyan people to ...": a people, not its state)
                }
                out.add(new Found(speaker, m.ent(), "oppose", Polarity.CONFLICT, -2, q.sentence(),
                        dates.dateOf(q.sentence())));
            }
        }
        return out;
    }

    /** Verbs of letting something through: "allowing weapons to reach the RSF", "letting fighters cross". */
    private static final Words LETTING_THROUGH = Words.of("allowing", "allowed", "allow", "allows", "letting", "let",
            "lets", "permitting", "permitted");

    /** What a side lets through to an armed group: weapons, fighters, supplies. */
    private static final Words PASSED_THROUGH = Words.of("weapons", "arms", "fuel", "ammunition", "supplies", "fighters",
            "militants", "drones", "flights", "convoys", "jihadists", "rebels", "insurgents");

    /**
     * "accused Chad of allowing weapons supplied by the UAE to reach the RSF", "Uganda had allowed fuel and ammunition
     * destined for the rebels to cross its territory", "accuses Kabul of allowing fighters of the TTP to shelter": a
     * side that lets weapons or fighters through helps the armed group they are for or of (not under a negation; not
     * the supplier after "by").
     */
    private List<Found> lettingThrough() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(LETTING_THROUGH)) {
            // (what is let through right after the verb or after one word: "allowing weapons", "allowing cargo flights")
            boolean passed = d.word(i + 1) && PASSED_THROUGH.contains(d.tok(i + 1))
                    || d.word(i + 1) && run.at[i + 1] == null && d.word(i + 2) && PASSED_THROUGH.contains(d.tok(i + 2));
            if (!passed || d.in(i - 1, NEGATIONS) || d.in(i - 2, NEGATIONS) || run.inQuote[i]) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            Ent group = null;
            for (int k = i + 2; k < d.sentenceEnd(sentence) && k <= i + 16 && group == null; k++) {
                Mention m = run.at[k];
                if (m != null && m.first() == k && m.ent().type == ActorType.ARMED_GROUP && !d.is(k - 1, "by")
                        && !(d.is(k - 1, "the") && d.is(k - 2, "by"))) {
                    group = m.ent();
                }
            }
            // the one accused of it ("accused Chad of allowing"), else the clause's subject
            Mention accused = d.is(i - 1, "of") && i >= 2 ? run.at[i - 2] : null;
            List<Ent> sides = accused != null && accused.form() != Mention.Form.PRONOUN ? List.of(accused.ent())
                    : agentsBefore(i, d.sentenceStart(sentence), false);
            for (Ent side : sides) {
                if (group != null && side != group && !side.isPerson()) {
                    add(out, side, group, "support", Polarity.COOPERATION, 3, sentence, dates.dateOf(sentence));
                }
            }
        }
        return out;
    }

    /** Words by which a side's spokesman brands an armed group: "the terrorists", "these bandits", "terrorist groups". */
    private static final Words BRANDING = Words.of("terrorists", "bandits", "terrorist");

    /** Nouns after "terrorist" that brand a group: "terrorist groups", "the terrorist hordes". */
    private static final Words BRANDED_BODIES = Words.of("group", "groups", "organisation", "organization",
            "organisations", "organizations", "hordes", "gangs", "militias", "elements");

    /**
     * '"The terrorists suffered heavy losses," the army spokesman said': a quote that brands the armed group it names,
     * or else the one the text has named most often before it, as terrorists or bandits is the speaker's stand against
     * that group (not a group's own speaker's, nor under a negation: "they are not terrorists"; not a group the
     * speaker's side works with: the militia that fights beside the army). Read from the branding words' tokens, as
     * most texts have none.
     */
    private List<Found> calledTerrorists() {
        List<Found> out = new ArrayList<>();
        Quotes.Found done = null;
        for (int k : d.withKeys(BRANDING)) {
            Quotes.Found q = run.inQuote[k] ? quotes.quoteAt(k) : null;
            if (q == null || q == done || d.is(k, "terrorist") && !(d.word(k + 1) && BRANDED_BODIES.contains(d.tok(k + 1)))
                    || d.in(k - 1, NEGATIONS) || d.in(k - 2, NEGATIONS)) {
                continue;
            }
            done = q;
            Ent speaker = q.speaker();
            if (speaker == null || speaker.type == ActorType.ARMED_GROUP
                    || speaker.affiliation != null && speaker.affiliation.type == ActorType.ARMED_GROUP) {
                continue;
            }
            Ent group = brandedGroup(q, speaker);
            if (group != null && !sameSide(speaker, group)) {
                out.add(new Found(speaker, group, "criticise", Polarity.CONFLICT, -2, q.sentence(),
                        dates.dateOf(q.sentence())));
            }
        }
        return out;
    }

    /**
     * The armed group a branding quote speaks of: the one it names, else the one the text has named most often
     * before it (the last named of those as often), past groups the speaker's side works with.
     */
    private Ent brandedGroup(Quotes.Found q, Ent speaker) {
        for (Mention m : mentionsIn(q)) {
            if (m.ent().type == ActorType.ARMED_GROUP && m.form() != Mention.Form.PRONOUN) {
                return m.ent();
            }
        }
        Map<Ent, Integer> named = new HashMap<>();
        for (int k = 0; k < q.open(); k++) {
            Mention m = run.at[k];
            if (m != null && m.first() == k && m.ent().type == ActorType.ARMED_GROUP && m.naming() && !run.modifier(m)
                    && !related(speaker, m.ent(), Polarity.COOPERATION)
                    && !(speaker.affiliation != null && related(speaker.affiliation, m.ent(), Polarity.COOPERATION))) {
                named.merge(m.ent(), 1, Integer::sum);
            }
        }
        int most = 0;
        for (int n : named.values()) {
            most = Math.max(most, n);
        }
        for (int k = q.open() - 1; k >= 0 && most > 0; k--) {
            Mention m = run.at[k];
            if (m != null && m.first() == k && named.getOrDefault(m.ent(), 0) == most) {
                return m.ent();
            }
        }
        return null;
    }

    /** Those a side names as its own after "our": "our partners", "our allies in Kyiv", "our ally the Philippines". */
    private static final Words PARTNER_NOUNS = Words.of("partner", "partners", "ally", "allies", "friend", "friends",
            "brothers");

    /** What a side fights, after "our": "Our war is with the Pakistani army", "Our fight is against X". */
    private static final Words OUR_FIGHTS = Words.of("war", "fight", "struggle", "battle");

    /**
     * Sides a quote's speaker calls its own or its foe with "our": "We thank our European partners", "the security of
     * our allies in Tskhinvali and Sukhumi", "stands with our ally the Philippines" are its partners; "Our war is with
     * X", "Our fight is against X" (not "is not with X") its foe.
     */
    private List<Found> ourSides() {
        List<Found> out = new ArrayList<>();
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            if (speaker == null) {
                continue;
            }
            int end = Math.min(q.close(), d.size());
            // ("our" is the side a person speaks for, too)
            Ent own = speaker.isPerson() && speaker.affiliation != null && !speaker.affiliation.isPerson()
                    ? speaker.affiliation : null;
            for (int k = d.firstWithKey("our"); k >= 0 && k + 2 < end; k = d.nextWithKey(k)) {
                if (k <= q.open()) {
                    continue;
                }
                Mention adjective = run.at[k + 1];
                int n = adjective != null && adjective.first() == k + 1 && adjective.form() == Mention.Form.DEMONYM
                        ? adjective.last() + 1 : k + 1;
                List<Ent> sides = new ArrayList<>();
                boolean foe = false;
                boolean denied = d.in(k - 1, NEGATIONS) || d.word(k - 1) && d.in(k - 1, PREPOSITIONS) && d.in(k - 2, NEGATIONS);
                if (denied || d.is(n + 1, "and") && (d.is(n + 2, "sisters") || d.is(n + 2, "sister"))) {
                    continue; // "not with our Afghan brothers"; "our Sudanese brothers and sisters": a people
                }
                if (d.word(n) && PARTNER_NOUNS.contains(d.tok(n))) {
                    if (n > k + 1) {
                        sides.add(adjective.ent()); // "our American partners"
                    } else {
                        int j = n + 1 + (d.is(n + 1, "in") ? 1 : 0);
                        j += d.is(j, "the") ? 1 : 0;
                        Mention m = j < end ? run.at[j] : null;
                        if (m != null && m.first() == j && m.form() != Mention.Form.PRONOUN) {
                            sides.addAll(listFrom(m, end)); // "our allies in Tskhinvali and Sukhumi"
                        }
                    }
                } else if (n == k + 1 && d.word(n) && OUR_FIGHTS.contains(d.tok(n)) && (d.is(n + 1, "is") || d.is(n + 1, "was"))
                        && (d.is(n + 2, "with") || d.is(n + 2, "against"))) {
                    int j = n + 3 + (d.is(n + 3, "the") ? 1 : 0);
                    Mention m = j < end ? run.at[j] : null;
                    if (m != null && m.first() == j) {
                        sides.add(m.ent()); // "Our war is with the Pakistani army" (a negation comes before "with")
                        foe = true;
                    }
                }
                for (Ent side : sides) {
                    for (Ent we : own == null ? List.of(speaker) : List.of(speaker, own)) {
                        if (side != we && !sameSide(speaker, side) && side != own && !side.isPerson()) {
                            add(out, we, side, foe ? "fight" : "ally", foe ? Polarity.CONFLICT : Polarity.COOPERATION,
                                    foe ? -8 : 4, q.sentence(), dates.dateOf(q.sentence()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Places named by what is done there: "a training site", "a training camp", "an aid hub". */
    private static final Words TRAINING_PLACES = Words.of("site", "sites", "camp", "camps", "centre", "centres", "center",
            "centers", "facility", "facilities", "ground", "grounds", "base", "bases", "academy", "school", "schools",
            "hub", "hubs", "depot", "depots", "warehouse", "warehouses", "area", "areas");

    /** Verbs by which a council keeps a mission going. */
    private static final Words RENEWING = Words.of("renew", "renews", "renewed", "renewing", "extend", "extends",
            "extended", "extending");

    /** What a council renews of its own mission: "renewed its mandate", "extend its political mission". */
    private static final Words OWN_MISSION_NOUNS = Words.of("mandate", "mission", "force", "operation");

    /**
     * A council renewing a mission's mandate in the forms the lexicon's "renewed the mandate of" does not read:
     * "extend UNIFIL's mandate", "renewed its mandate", "voted to extend its political mission in Colombia" (its
     * mission: the one the text names, else the last named), and "UNVMC, whose mandate the Security Council extended".
     */
    private List<Found> renewedMandates() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(RENEWING)) {
            int sentence = d.tok(i).sentence();
            Ent mission = null;
            Ent agent = null;
            Mention owner = i + 1 < d.size() ? run.at[i + 1] : null;
            if (owner != null && owner.first() == i + 1 && owner.ent().type == ActorType.MISSION
                    && d.tok(owner.last() + 1) != null && d.tok(owner.last() + 1).kind() == Token.Kind.POSSESSIVE
                    && d.is(owner.last() + 2, "mandate")) {
                mission = owner.ent(); // "extend UNIFIL's mandate"
            } else if (d.is(i + 1, "its")) {
                int n = i + 2;
                while (n < i + 4 && d.word(n) && !d.capitalised(n) && run.at[n] == null && !OWN_MISSION_NOUNS.contains(d.tok(n))) {
                    n++; // "its political mission", "its peacekeeping force"
                }
                mission = d.word(n) && OWN_MISSION_NOUNS.contains(d.tok(n)) ? run.recentOfType(i, ActorType.MISSION) : null;
            } else if (i >= 5 && run.at[i - 1] != null) {
                // "The UN Verification Mission in Colombia, whose mandate the UN Security Council extended"
                Mention council = run.at[i - 1];
                int p = council.first() - 1 - (d.is(council.first() - 1, "the") ? 1 : 0);
                Mention named = p >= 4 && d.is(p, "mandate") && d.is(p - 1, "whose") && d.tok(p - 2).isPunct(',')
                        ? run.at[p - 3] : null;
                mission = named != null && named.ent().type == ActorType.MISSION ? named.ent() : null;
                agent = council.ent();
            }
            if (mission == null || run.inQuote[i] || d.is(i - 1, "on") || d.is(i - 1, "whether")) {
                continue; // (not "is expected to vote next month on renewing UNSMIL's mandate": not done yet)
            }
            if (agent == null) {
                List<Ent> agents = agentsBefore(i, d.sentenceStart(sentence), false);
                agent = agents.isEmpty() ? null : agents.get(0);
            }
            if (agent != null && !agent.isPerson() && !agent.isState() && agent != mission) {
                add(out, agent, mission, "mandate", Polarity.COOPERATION, 4, sentence, dates.dateOf(sentence));
            }
        }
        return out;
    }

    /** Is the word at k a passive with no agent named, what others suffered ("villages that were shelled")? */
    private boolean sufferedAt(int k) {
        return d.tok(k).key().endsWith("ed") && (d.is(k - 1, "were") || d.is(k - 1, "was") || d.is(k - 1, "been"))
                && !d.is(k + 1, "by");
    }

    /**
     * "the people of Myanmar", "the citizens of Haiti", "the unity of Libya": a country's people, or what the
     * quote would keep for it, not its government.
     */
    private boolean populace(Mention m) {
        return m.first() >= 2 && d.is(m.first() - 1, "of") && d.word(m.first() - 2)
                && (POPULACE.contains(d.tok(m.first() - 2)) || WRONGED.contains(d.tok(m.first() - 2)));
    }

    private static final Words POPULACE = Words.of("people", "peoples", "citizens", "population", "civilians",
            "residents", "inhabitants", "children", "women", "families", "youth", "voters", "workers", "unity",
            "stability");

    /** Does mention m open a clause of quote q: at its start, or after a comma, a stop or "and", "but", "that" ...? */
    private boolean opensClause(Quotes.Found q, Mention m) {
        int j = m.first() - 1;
        if (d.is(j, "the")) {
            j--;
        }
        Token t = d.tok(j);
        if (t != null && t.is("and") && j >= 1 && run.at[j - 1] != null && run.at[j - 1] != m) {
            // "helping the Quds Force and Hezbollah evade sanctions": the end of a list, which opens a clause only
            // when its head does ("Pyongyang and Moscow have built a pipeline")
            return opensClause(q, run.at[j - 1]);
        }
        return j == q.open() || t != null && (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct('.')
                || t.isWord() && CLAUSE_OPENERS.contains(t));
    }

    /** Has a relation already been found between these two, either way? */
    private boolean related(Ent a, Ent b) {
        return related(a, b, null);
    }

    /** Has a relation of this polarity (any, for null) already been found between these two, either way? */
    private boolean related(Ent a, Ent b, Polarity polarity) {
        for (Found f : found) {
            if ((polarity == null || f.polarity() == polarity)
                    && (f.source() == a && f.target() == b || f.source() == b && f.target() == a)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions that start inside a quote, in text order. */
    private List<Mention> mentionsIn(Quotes.Found q) {
        List<Mention> out = new ArrayList<>();
        for (int k = q.open() + 1; k < q.close() && k < d.size(); k++) {
            Mention m = run.at[k];
            if (m != null) {
                out.add(m);
                k = m.last();
            }
        }
        return out;
    }

    /** Words that may stand between a subject and its verb in a misdeed told in a quote. */
    private static final Words BETWEEN_SUBJECT_AND_MISDEED = Words.of("has", "had", "have", "was", "were", "is",
            "are", "also", "repeatedly", "deliberately", "illegally", "again", "once", "still", "openly", "kept",
            "keeps", "continues", "continued", "to");

    /**
     * "“Russia kept shelling our city,” the mayor said", "“Cambodian forces deliberately targeted civilian
     * areas”": a side named in a quote as the doer of a misdeed or an attack is the speaker's accusation.
     */
    private List<Found> quotedMisdeeds() {
        List<Found> out = new ArrayList<>();
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            if (speaker == null) {
                continue;
            }
            for (Mention m : mentionsIn(q)) {
                if (m.form() == Mention.Form.PRONOUN || run.possessiveAfter(m) || quotes.afterPreposition(m)
                        || sameSide(speaker, m.ent())) {
                    continue;
                }
                int v = m.last() + 1;
                if (m.form() == Mention.Form.DEMONYM && d.word(v) && !d.capitalised(v) && run.at[v] == null
                        && PERSONNEL.contains(d.tok(v))) {
                    v++; // "Cambodian forces"
                }
                boolean kept = false;
                boolean be = false;
                while (v < q.close() && v - m.last() < 5 && d.word(v)
                        && BETWEEN_SUBJECT_AND_MISDEED.contains(d.tok(v))) {
                    if (d.is(v, "to") && !kept) {
                        break; // "will not allow Russia to violate": no deed, only "kept on", "continues to"
                    }
                    kept |= d.is(v, "kept") || d.is(v, "keeps") || d.is(v, "continues") || d.is(v, "continued");
                    be |= d.is(v, "was") || d.is(v, "were") || d.is(v, "is") || d.is(v, "are");
                    v++;
                }
                boolean ing = v < q.close() && d.tok(v).key().endsWith("ing");
                if (v >= q.close() || be && !ing // "Ukraine was attacked": the side suffered it
                        || !(misdeedAt(v) || kept && ing && "fight".equals(triggerCategory(v)))) {
                    continue;
                }
                int sentence = d.tok(v).sentence();
                out.add(new Found(speaker, m.ent(), "accuse", Polarity.CONFLICT, -2, sentence, dates.dateOf(sentence)));
                break;
            }
        }
        return out;
    }

    /**
     * The category of the trigger that starts at token v ("fight" for "shelling"), or null for none or
     * for one whose agent is named after it ("came under fire from").
     */
    private String triggerCategory(int v) {
        Trie.Match<Lexicon.Trigger> t = run.lex.triggers.longest(d, v, false);
        return t == null || t.first() != v || t.value().agentAfter() ? null : t.value().category();
    }

    /** Nouns for the two (or three) sides of a story: "the two governments", "both countries". */
    private static final Words PAIR_NOUNS = Words.of("governments", "countries", "states", "nations",
            "neighbours", "neighbors", "delegations", "capitals", "groups", "factions", "militias");

    /** Nouns of {@link #PAIR_NOUNS} for armed or political groups: "both groups", "the two factions". */
    private static final Words GROUP_PAIR_NOUNS = Words.of("groups", "factions", "militias");

    /**
     * The index of the noun of {@link #PAIR_NOUNS} after "both", "the two", "the three" or "all three" at
     * k, else -1.
     */
    private int pairNoun(int k) {
        if (k < 0 || k >= d.size() || run.inQuote[k]) {
            return -1; // a speaker's "both countries" may be any two
        }
        int n = d.is(k, "both") ? k + 1
                : (d.is(k, "the") || d.is(k, "all")) && (d.is(k + 1, "two") || d.is(k + 1, "three")) ? k + 2 : -1;
        return n >= 0 && d.word(n) && PAIR_NOUNS.contains(d.tok(n)) ? n : -1;
    }

    /** How many sides the phrase at k names: three for "the three countries", else two. */
    private int groupSize(int k) {
        return d.is(k + 1, "three") ? 3 : 2;
    }

    /** The two sides "the two governments" right before token a, in its clause, stands for; empty for none. */
    private List<Ent> pairBefore(int a, int from) {
        for (int k = a - 1; k >= from && k >= a - 6; k--) {
            int n = pairNoun(k);
            if (n >= 0 && n < a) {
                return pairOf(k, null);
            }
        }
        return List.of();
    }

    /** Where the phrase whose pair noun is at s starts ("the two sides", "both governments"), else -1. */
    private int pairPhraseEndingAt(int s) {
        return s < 2 ? -1 : pairNoun(s - 1) == s ? s - 1 : pairNoun(s - 2) == s ? s - 2 : -1;
    }

    /** Is the phrase {@link #pairBefore} finds before token a one of groups ("both groups", "the two factions")? */
    private boolean groupPairBefore(int a, int from) {
        for (int k = a - 1; k >= from && k >= a - 6; k--) {
            int n = pairNoun(k);
            if (n >= 0 && n < a) {
                return GROUP_PAIR_NOUNS.contains(d.tok(n));
            }
        }
        return false;
    }

    /** "each other" or "one another" after token b, before token to. */
    private boolean eachOtherAfter(int b, int to) {
        for (int k = b + 1; k + 1 < to && k <= b + 4; k++) {
            if (d.is(k, "each") && d.is(k + 1, "other") || d.is(k, "one") && d.is(k + 1, "another")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two sides "both governments" right after token b stands for, other than the clause's subject
     * ("Qatar urged both governments"); empty for none.
     */
    private List<Ent> pairAfter(int b, int from, int to) {
        int limit = b + 3;
        for (int k = b + 1; k < to && k <= limit; k++) {
            if (pairNoun(k) >= 0) {
                return pairOf(k, quotes.firstSubject(from, b));
            }
            if (k == b + 1 && d.is(k, "and") && d.word(k + 1) && !d.capitalised(k + 1) && run.at[k + 1] == null
                    && d.tok(b).key().endsWith("ing") && d.tok(k + 1).key().endsWith("ing")
                    && (d.is(b - 1, "of") || d.is(b - 1, "for"))) {
                k++; // "of arming and funding both groups": a second gerund after "of" or "for" shares the object
                limit += 2;
                continue;
            }
            if (run.at[k] != null || !(d.is(k, "to") || d.is(k, "with") || d.is(k, "on") || d.is(k, "against"))) {
                break; // not "ready to deploy if both governments asked": only a preposition between
            }
        }
        return List.of();
    }

    /**
     * The two states (for "delegations", any two bodies) other than {@code exclude} the text has named
     * most often before token k, outside quotes: "Kyrgyzstan accused Tajikistan ... the two governments";
     * a third named as often makes it unclear, and nothing is returned. For "the three countries", the
     * last three states named ({@link #lastThreeStates}).
     */
    private List<Ent> pairOf(int k, Ent exclude) {
        int size = groupSize(k);
        if (size == 3) {
            return lastThreeStates(k, exclude);
        }
        if (GROUP_PAIR_NOUNS.contains(d.tok(pairNoun(k)))) {
            return lastGroupsNamed(k, size, exclude);
        }
        boolean states = !d.is(pairNoun(k), "delegations");
        List<Ent> named = size == 2 && states ? lastPairNamed(k, exclude) : List.of();
        if (!named.isEmpty()) {
            return named; // "Finland and Denmark recognised Palestine ... praising the two governments"
        }
        Map<Ent, Integer> counts = new java.util.LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            Mention m = run.at[j];
            if (m == null || m.first() != j || run.inQuote[j] || m.form() == Mention.Form.PRONOUN) {
                continue;
            }
            Ent e = sideOf(m.ent());
            if ((states ? e.isState() : !e.isPerson()) && e != exclude) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        List<Map.Entry<Ent, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((x, y) -> y.getValue() - x.getValue());
        if (ranked.size() < size
                || ranked.size() > size && ranked.get(size).getValue().equals(ranked.get(size - 1).getValue())) {
            return List.of();
        }
        List<Ent> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(ranked.get(i).getKey());
        }
        return out;
    }

    /**
     * The last {@code size} armed or political groups named before token k ("both groups"), in its sentence or the
     * three before, outside quotes; empty when fewer are named there.
     */
    private List<Ent> lastGroupsNamed(int k, int size, Ent exclude) {
        int stop = d.sentenceStart(Math.max(0, d.tok(k).sentence() - 3));
        List<Ent> out = new ArrayList<>();
        for (int j = k - 1; j >= stop && out.size() < size; j--) {
            Mention m = run.at[j];
            if (m == null || m.last() != j || run.inQuote[j] || m.form() == Mention.Form.PRONOUN) {
                continue;
            }
            Ent e = m.ent();
            if ((e.type == ActorType.ARMED_GROUP || e.type == ActorType.POLITICAL_GROUP) && e != exclude
                    && !out.contains(e)) {
                out.add(e);
            }
        }
        return out.size() == size ? out : List.of();
    }

    /**
     * The last two states named together as "A and B" before token k, in its sentence or the three before, outside
     * quotes; empty when there is no such pair.
     */
    private List<Ent> lastPairNamed(int k, Ent exclude) {
        int stop = d.sentenceStart(Math.max(0, d.tok(k).sentence() - 3));
        for (int j = k - 1; j > stop; j--) {
            Mention second = run.at[j];
            if (second == null || second.first() != j || run.inQuote[j] || !second.ent().isState()) {
                continue;
            }
            int and = d.is(j - 1, "the") ? j - 2 : j - 1;
            Mention first = and >= 1 && d.is(and, "and") ? run.at[and - 1] : null;
            if (first != null && first.ent().isState() && first.ent() != second.ent() && first.ent() != exclude
                    && second.ent() != exclude && first.form() != Mention.Form.PRONOUN
                    && !(and >= 2 && first.first() >= 1 && (d.tok(first.first() - 1).isPunct(',')
                    || d.is(first.first() - 1, "and")))) {
                return List.of(first.ent(), second.ent()); // (a pair, not the end of a longer list)
            }
        }
        return List.of();
    }

    /**
     * "Mali, Burkina Faso and Niger ... The three countries": the last three states named before token
     * k, in its sentence or the one before, outside quotes; empty when there are fewer.
     */
    private List<Ent> lastThreeStates(int k, Ent exclude) {
        List<Ent> out = new ArrayList<>();
        int stop = d.sentenceStart(Math.max(0, d.tok(k).sentence() - 1));
        for (int j = k - 1; j >= stop && out.size() < 3; j--) {
            Mention m = run.at[j];
            if (m != null && m.first() == j && !run.inQuote[j] && m.ent().isState() && m.ent() != exclude
                    && m.form() != Mention.Form.PRONOUN && !out.contains(m.ent())) {
                out.add(m.ent());
            }
        }
        return out.size() == 3 ? out : List.of();
    }

    /** Is token v a quote mark? */
    private boolean quoteMark(int v) {
        return v < d.size() && d.tok(v).kind() == Token.Kind.QUOTE;
    }

    /**
     * Does a speaker's word about the other actor speak of the speaker's own side: the speaker, the
     * body the speaker serves, one serving the speaker, or one serving the same body?
     */
    private static boolean sameSide(Ent speaker, Ent other) {
        return other == speaker || other == speaker.affiliation || other.affiliation == speaker
                || speaker.affiliation != null && other.affiliation == speaker.affiliation;
    }

    /** A misdeed's verb at token v: one of {@link WordClass#MISDEEDS}, or a trigger of an attack, arrest, threat or coup. */
    private boolean misdeedAt(int v) {
        if (d.is(v + 1, "by")) {
            return false; // "were targeted by rockets": the side suffered it
        }
        if (d.in(v, MISDEEDS)) {
            return true;
        }
        String c = d.tok(v).key().endsWith("ing") ? null : triggerCategory(v);
        // attacks, arrests and threats are misdeeds; a recall or a sanction is a state's own open act
        return c != null && (c.equals("fight") || c.equals("detain") || c.equals("threaten") || c.equals("coup"));
    }

    /** The actors of a list that starts with {@code first}: "troops from Malawi, Zambia and Botswana". */
    private List<Ent> listFrom(Mention first, int to) {
        List<Ent> out = new ArrayList<>();
        first = personOfTheSide(first, to);
        out.add(first.ent());
        int k = pastForceWords(first.last() + 1, to);
        while (k + 1 < to && (d.tok(k).isPunct(',') || d.tok(k).is("and"))) {
            if (d.tok(k).isPunct(',') && closingReport(k)) {
                break; // "was armed by NATO, Lavrov said": the one who reports it is no agent
            }
            int next = d.tok(k).isPunct(',') && d.tok(k + 1).is("and") ? k + 2 : k + 1;
            if (next + 1 < to && (d.tok(next).is("the") || d.tok(next).is("his") || d.tok(next).is("her"))) {
                next++; // "Turkey, the United States and the European Union", "X and his Azerbaijani counterpart, Y"
            }
            Mention m = next < to ? run.at[next] : null;
            if (m == null || m.first() != next || m.form() == Mention.Form.PRONOUN) {
                break;
            }
            m = personOfTheSide(m, to); // ("by Maiga and Russian Deputy Energy Minister Oleg Tarasenko")
            if (!out.contains(m.ent())) {
                out.add(m.ent());
            }
            k = pastForceWords(m.last() + 1, to);
        }
        return out;
    }

    /** Past up to two words for a side's forces or police from k ("Kosovo police and EULEX"): the next token. */
    private int pastForceWords(int k, int to) {
        for (int start = k; k < to && k < start + 2 && d.word(k) && !d.capitalised(k) && run.at[k] == null; k++) {
            Trie.Match<String> w = run.wordsAt(k);
            if (w == null || !w.value().equals("force") || w.last() != k) {
                break;
            }
        }
        return k;
    }

    /**
     * The person a side's name introduces in a list, "Russian Deputy Energy Minister Oleg Tarasenko", "Saudi Arabia's
     * assistant defence minister, Waleed al-Suwaidan"; else the side's mention m itself.
     */
    private Mention personOfTheSide(Mention m, int to) {
        if (m.ent().isPerson()) {
            return m;
        }
        int k = m.last() + 1;
        if (m.form() == Mention.Form.DEMONYM || d.tok(k) != null && d.tok(k).kind() == Token.Kind.POSSESSIVE) {
            k += m.form() == Mention.Form.DEMONYM ? 0 : 1;
            int words = k;
            while (k < to && k <= m.last() + 6 && d.word(k) && !d.capitalised(k) && run.at[k] == null
                    && !d.in(k, FUNCTION)) {
                k++; // ("assistant defence minister", "Azerbaijani counterpart")
            }
            k += k > words && d.tok(k) != null && d.tok(k).isPunct(',') && (run.isTitle(k - 1) || d.is(k - 1, "counterpart"))
                    ? 1 : 0;
        }
        Mention person = k < to ? run.at[k] : null;
        return person != null && person.first() == k && person.ent().isPerson() ? person : m;
    }

    /** A word the lexicon marks as armed or police forces ("troops", "security forces") among tokens [from, to). */
    private boolean forceWordBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Trie.Match<String> w = d.tok(k).isWord() ? run.wordsAt(k) : null;
            if (w != null && w.value().equals("force")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "accused Asmara of supplying weapons and training to Fano": an act told in the "of" clause of an
     * accusation is the accused side's, however far into the clause it comes; null when the trigger at a
     * is in no such clause.
     */
    private Ent accusedOf(int a, int from) {
        for (int k = a - 1; k >= Math.max(from, 2) && k >= a - 8; k--) {
            if (d.tok(k).isPunct('.') || d.tok(k).isPunct(';') || d.tok(k).kind() == Token.Kind.QUOTE
                    || d.is(k, "and") && run.speechAt(k + 1)) {
                return null; // (nor past "and said": "accused Zagreb of provoking a crisis and said it supported")
            }
            Mention m = d.is(k, "of") ? run.at[k - 1] : null;
            if (m != null && m.last() == k - 1 && accuseVerbAt(m.first() - 1) && m.form() != Mention.Form.PRONOUN) {
                return m.ent();
            }
        }
        return null;
    }

    /**
     * Is the trigger at a in the "of" clause of an accusation whose accused the text names by no actor ("accusing
     * the Gulf state of supplying weapons")?
     */
    private boolean accusedUnnamed(int a, int from) {
        for (int k = a - 1; k >= Math.max(from, 2) && k >= a - 6; k--) {
            if (!d.word(k)) {
                return false;
            }
            if (d.is(k, "of")) {
                for (int j = k - 1; j >= from && j >= k - 5; j--) {
                    if (run.at[j] != null || !d.word(j)) {
                        return false;
                    }
                    if (accuseVerbAt(j)) {
                        return j < k - 1;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Token k alone is an accusation verb of the trigger lexicon ("accuses", "blamed"). */
    private boolean accuseVerbAt(int k) {
        Trie.Match<Lexicon.Trigger> m = k >= 0 ? run.lex.triggers.longest(d, k, false) : null;
        return m != null && m.first() == k && m.last() == k && m.value().category().equals("accuse");
    }

    /**
     * "The UAE, which Sudan's government accuses of arming the RSF": the act at a is the antecedent's,
     * not the accuser's. Null unless the text has that shape.
     */
    private Ent accusedAntecedent(int a) {
        int k = a - 1;
        // "accused of commanding and arming the M23": past the gerunds before this one
        while (k > 2 && (d.is(k, "and") || d.tok(k).isPunct(',')) && d.word(k - 1) && d.tok(k - 1).key().endsWith("ing")) {
            k -= 2;
        }
        if (k < 4 || !d.tok(k).is("of") || !accuseVerbAt(k - 1)) {
            return null;
        }
        int s = k - 2;
        // "which U.N. experts have repeatedly accused of": past auxiliaries, adverbs and the people that speak
        while (s > 2 && run.at[s] == null && d.word(s) && !d.capitalised(s) && (d.in(s, AUXILIARIES)
                || d.tok(s).key().endsWith("ly") || EXPERTS.contains(d.tok(s))) && k - 2 - s < 4) {
            s--;
        }
        Ent antecedent = relativeAntecedent(s);
        return antecedent != null ? antecedent : describedPersonAccused(s);
    }

    /**
     * "Reginald Petion, a Haitian businessman it accused of smuggling rifles": the person an apposition describes
     * when a pronoun or a side named at s accuses the noun that ends it; null for any other shape.
     */
    private Ent describedPersonAccused(int s) {
        int n = run.at[s] != null ? run.at[s].first() - 1
                : d.is(s, "it") || d.is(s, "they") || d.is(s, "he") || d.is(s, "she") ? s - 1 : -1;
        if (n < 4 || !d.word(n) || d.capitalised(n) || run.at[n] != null) {
            return null;
        }
        int q = n - 1;
        while (q > n - 5 && q > 2 && (d.word(q) && !d.capitalised(q) && run.at[q] == null && !d.is(q, "a")
                && !d.is(q, "an") || run.at[q] != null && run.at[q].form() == Mention.Form.DEMONYM)) {
            q = run.at[q] != null ? run.at[q].first() - 1 : q - 1;
        }
        if (!(d.is(q, "a") || d.is(q, "an")) || !d.tok(q - 1).isPunct(',')) {
            return null;
        }
        Mention person = run.at[q - 2];
        return person != null && person.last() == q - 2 && person.ent().isPerson() ? person.ent() : null;
    }

    /** People who speak for a body: "which U.N. experts have accused of". */
    private static final Words EXPERTS = Words.of("experts", "investigators", "officials", "monitors", "diplomats");

    /**
     * "Hezbollah, which is backed by Iran": the actor a relative clause opening with the passive verb at
     * {@code a} describes, or null.
     */
    private Mention passiveAntecedent(int a) {
        int k = passiveRelative(a);
        if (k < 0) {
            return null;
        }
        int h = d.tok(k - 1).isPunct(',') ? k - 2 : k - 1;
        Mention m = h >= 0 ? run.at[h] : null;
        // not "Srpska Lista, the main party of Kosovo Serbs, which is backed by Belgrade": the clause may
        // describe the head of the phrase the actor ends
        if (m == null) {
            return null;
        }
        int q = m.first() - 1;
        while (q > 0 && (run.at[q] != null || d.capitalised(q))) {
            q--;
        }
        return q >= 0 && d.word(q) && d.in(q, PREPOSITIONS) ? null : m;
    }

    /**
     * Does a relative clause whose passive verb is at a describe a thing no actor names, set off by a comma ("pledged
     * troops to the force, which is backed by the Security Council")? Its agent then backs that thing, no side before.
     */
    private boolean passiveOfAThing(int a) {
        int k = passiveRelative(a);
        return k >= 2 && d.tok(k - 1).isPunct(',') && run.at[k - 2] == null && d.word(k - 2) && !d.capitalised(k - 2);
    }

    /**
     * The relative word ("which", "that", "who") that opens the clause of the passive verb at a ("Hezbollah, which is
     * backed by", "M23, which UN experts say is backed by"), or -1.
     */
    private int passiveRelative(int a) {
        int k = a - 1;
        while (k > 0 && a - k <= 3 && d.word(k) && (d.in(k, PASSIVE) || d.in(k, AUXILIARIES))) {
            k--;
        }
        if (k < a - 1 && k > 1 && d.word(k) && run.speechAt(k)) {
            // "which the UN Group of Experts says is backed by Rwanda": past the ones who say it
            int j = k - 1;
            j = run.at[j] != null ? run.at[j].first() - 1 : d.word(j) && !d.capitalised(j) ? j - 1 : j;
            j = d.is(j, "the") ? j - 1 : j;
            if (j > 0 && d.word(j) && d.in(j, RELATIVE)) {
                k = j;
            }
        }
        if (k < a - 1 && d.is(k, "and")) {
            // "The PKK, which has waged an insurgency since 1984 and is listed as a terrorist organisation by": the
            // second verb of the relative clause has its subject too
            for (int j = k - 1; j > 0 && j >= k - 20 && (d.word(j) || d.number(j)); j--) {
                if (d.in(j, RELATIVE) && d.tok(j - 1).isPunct(',')) {
                    k = j;
                    break;
                }
            }
        }
        return k == a - 1 || k < 1 || !d.word(k) || !d.in(k, RELATIVE) ? -1 : k;
    }

    /**
     * "Wazalendo militiamen who fight alongside ...", "the 444 Brigade, which is aligned with ...": the side a
     * "who" or "which" right before the verb at v stands for, even after a preposition ("held by ..."), past one
     * word for its men; null when no side is named there.
     */
    private Mention relativeSubject(int v) {
        if (v < 2 || !(d.is(v - 1, "who") || d.is(v - 1, "which"))) {
            return null;
        }
        int start = d.sentenceStart(d.tok(v).sentence()); // (the clause of the verb starts at "who")
        int h = d.tok(v - 2).isPunct(',') ? v - 3 : v - 2;
        boolean men = false;
        if (h > start && run.at[h] == null && d.word(h) && !d.capitalised(h)
                && (PERSONNEL.contains(d.tok(h)) || d.tok(h).key().endsWith("men"))) {
            h--; // "Wazalendo militiamen who"
            men = true;
        }
        Mention head = h >= start ? run.at[h] : null;
        if (head == null || head.last() != h || head.form() == Mention.Form.PRONOUN) {
            return null;
        }
        // not "a journalist from Ukraine who criticised", "France's ambassador to Mali, who": a side governed by a
        // preposition is where someone comes from or serves, unless its men are named ("by Wazalendo militiamen")
        return men || !(d.word(head.first() - 1) && d.in(head.first() - 1, PREPOSITIONS)) ? head : null;
    }

    /** "X, which Y's government accuses": X, for the subject mention ending at token end. */
    private Ent relativeAntecedent(int end) {
        Mention subject = run.at[end];
        if (subject == null) {
            return null;
        }
        int j = subject.first() - 1;
        if (j > 0 && d.tok(j).kind() == Token.Kind.POSSESSIVE && run.at[j - 1] != null) {
            j = run.at[j - 1].first() - 1; // "Sudan's government"
        }
        if (j > 0 && run.at[j] != null && run.at[j].ent() == subject.ent()) {
            j = run.at[j].first() - 1; // "the Sudanese government": the people's word, then the government's
        } else if (j > 1 && d.is(j, "of") && run.at[j - 1] != null && run.at[j - 1].ent() == subject.ent()) {
            j = run.at[j - 1].first() - 1; // "the government of Sudan"
        }
        if (d.is(j, "the")) {
            j--; // "whom the United States designated"
        }
        if (j >= 4 && d.tok(j).in(RELATIVE) && !d.tok(j - 1).isPunct(',') && !d.is(j, "who")) {
            // "Viv Ansanm, the alliance of armed groups that the United States designated": past the apposition
            int c = j - 1;
            while (c > j - 7 && c > 1 && d.word(c) && !d.capitalised(c)
                    && (run.at[c] == null || run.at[c].form() == Mention.Form.DESCRIPTION)) {
                c--;
            }
            if (c < j - 1 && d.tok(c).isPunct(',') && (d.is(c + 1, "the") || d.is(c + 1, "a") || d.is(c + 1, "an"))) {
                j = c + 1; // (then the comma before it, and the name before the comma)
                Mention antecedent = run.at[j - 2];
                return antecedent == null || antecedent.ent() == subject.ent() || antecedent.ent().isPerson()
                        ? null : antecedent.ent();
            }
        }
        if (j < 2 || !d.tok(j).in(RELATIVE) || !d.tok(j - 1).isPunct(',')) {
            return null;
        }
        Mention antecedent = run.at[j - 2];
        return antecedent == null || antecedent.ent() == subject.ent() ? null : antecedent.ent();
    }

    /** Verbs that give something a name or a verdict: "called X “...”", "described X as “...”". */
    private static final Words LABELLING = Words.union(NAMING_VERBS, Words.of("call", "dismissed", "dismisses",
            "denounced", "denounces", "condemned", "condemns", "decried", "slammed", "criticised", "criticized",
            "rejected", "rejects"));

    /**
     * "called the EU measures “illegitimate and counterproductive”", "called the RSF “a terrorist militia”",
     * "condemned Washington's sanctions as “economic aggression”": the side the verb's object names (itself,
     * its owner or the one it qualifies), right before the quote or its "as".
     */
    private Mention labelledBeforeQuote(int open) {
        int k = open - 1;
        if (d.is(k, "as")) {
            k--;
        }
        Mention side = null;
        for (int j = k; j >= 1 && j >= k - 4; j--) {
            Mention m = run.at[j];
            // (a demonym only as an adjective of the state's acts: "the Somali measures", not "Somalis" nor
            // "the Russian personnel", who may be a force of their own)
            if (m != null && m.form() != Mention.Form.PRONOUN && (m.form() != Mention.Form.DEMONYM
                    || d.word(m.last() + 1) && !d.capitalised(m.last() + 1)
                    && !PERSONNEL.contains(d.tok(m.last() + 1)))) {
                side = m;
                j = m.first();
            }
            Token before = d.tok(j - 1);
            if (side != null && before != null && before.isWord() && (LABELLING.contains(before)
                    || before.is("the") && d.word(j - 2) && LABELLING.contains(d.tok(j - 2)))) {
                return side;
            }
            if (!d.word(j) && d.tok(j).kind() != Token.Kind.POSSESSIVE || d.word(j) && d.in(j, PREPOSITIONS)) {
                return null; // a comma or a quote: another phrase; "the attack on the police": not the object
            }
        }
        return null;
    }

    /**
     * "that X was “…”", "that X is “…”": the mention X, when only a linking verb stands between it and
     * the quote.
     */
    private Mention subjectBeforeQuote(int open) {
        int k = open - 1;
        int verbs = 0;
        while (k > 0 && verbs < 2 && d.tok(k).in(LINKING)) {
            k--;
            verbs++;
        }
        if (verbs > 0 && k > 2 && d.word(k) && !d.capitalised(k) && SAYING_NOUNS.contains(d.tok(k))
                && d.tok(k - 1).kind() == Token.Kind.POSSESSIVE) {
            k -= 2; // "said the mission's report was": the one whose report it is
        }
        if (verbs == 0 || k < 1 || run.at[k] == null) {
            return null;
        }
        Mention m = run.at[k];
        int p = m.first() - (d.is(m.first() - 1, "the") && m.first() >= 2 ? 2 : 1);
        // ("said that ASEAN was", and with no "that": "Jaber said Israel had turned ...", "said the mission was")
        return p >= 0 && (d.is(p, "that") || run.speechAt(p)) ? m : null;
    }

    /** The person who says, in this sentence before token a, what the clause reports. */
    private Ent reporterOf(int a, int sentence) {
        for (int k = a - 1; k >= d.sentenceStart(sentence); k--) {
            if (run.speechAt(k)) {
                Ent s = quotes.subjectBefore(k, d.sentenceStart(sentence));
                return s != null && s.isPerson() ? s : null;
            }
        }
        return null;
    }

    private void add(List<Found> out, Ent source, Ent target, String category, Polarity polarity, double weight,
                     int sentence, String date) {
        if (source == null || target == null || source == target) {
            return;
        }
        if (source.affiliation == target && source.isPerson()) {
            return;
        }
        out.add(new Found(source, target, category, polarity, weight, sentence, date));
    }

    /** Like {@link #clauseStart} but reaching past relative pronouns ("nations that account for"). */
    private int agentStart(int a, Quotes.Found quote) {
        int s = d.sentenceStart(d.tok(a).sentence());
        if (quote != null) {
            s = Math.max(s, quote.open() + 1);
        }
        for (int k = a - 1; k >= s; k--) {
            Token t = d.tok(k);
            if (t.isPunct(';') || (t.isWord() && t.in(CLAUSE_BREAK))
                    || (quote == null && t.kind() == Token.Kind.QUOTE && quotes.quoteAt(k + 1) != null)) {
                return k + 1;
            }
        }
        return s;
    }

    /**
     * The "and" of a second verb after token b, in the past and followed by its object ("... relations with China on
     * Thursday and cut its decades-old ties with Taiwan", "and signed a deal"), where the clause of the first ends;
     * else to.
     */
    private int secondVerbAt(int b, int to) {
        for (int k = b + 1; k + 2 < to; k++) {
            if (d.is(k, "and") && d.word(k + 1) && !d.capitalised(k + 1) && run.at[k + 1] == null
                    && (d.tok(k + 1).key().endsWith("ed") || IRREGULAR_PAST.contains(d.tok(k + 1))
                    || d.is(k + 1, "cut") || d.is(k + 1, "put") || d.is(k + 1, "set"))
                    && d.in(k + 2, DETERMINERS) && !d.is(k + 2, "that")) { // (not "and allied Wazalendo militias")
                return k;
            }
        }
        return to;
    }

    /**
     * "Niger suspended the permit, ordered the troops out and signed a deal with Russia": the verb
     * phrase of token a (the trigger, or the verb a few words before a nominal trigger) is one of a
     * list sharing the sentence's subject.
     */
    private boolean coordinatedVerb(int a, Quotes.Found quote) {
        int sentenceStart = d.sentenceStart(d.tok(a).sentence());
        if (quote != null || d.tok(sentenceStart).in(SUBORDINATORS)) {
            return false;
        }
        int v = a;
        int marks = 0; // (past a mark that quotes the noun: 'expressed its "full solidarity" with')
        while (v > sentenceStart && a - v - marks < 4 && !d.tok(v).key().endsWith("ed") && (d.tok(v - 1).isWord()
                && !d.tok(v - 1).capitalised() || d.tok(v - 1).kind() == Token.Kind.QUOTE && marks++ == 0)
                && run.at[v - 1] == null && !d.tok(v - 1).is("and")) {
            v--;
        }
        Token verb = d.tok(v);
        Token before = d.tok(v - 1);
        // (a headline's present tense after a comma: "Junta expels top UN official, signs defence pact with Turkey")
        boolean headline = before != null && before.isPunct(',') && verb.key().endsWith("s") && headlineAt(a);
        if (v <= sentenceStart + 1 || !verb.key().endsWith("ed") && !IRREGULAR_PAST.contains(verb) && !headline
                || verb.capitalised() || run.at[v] != null
                || !(before.is("and") || before.isPunct(',')) || run.at[v - 2] != null && !headline) {
            return false; // "Kenya and Uganda condemned", "..., Moussa Faki, condemned": the subject is right there
        }
        for (int k = sentenceStart; k < v; k++) {
            if (d.tok(k).is("that") && !(d.word(k + 1) && THAT_TIMES.contains(d.tok(k + 1))) || run.speechAt(k)) {
                return false; // "told AFP that the group had ... and blamed": the reported clause has its own subject
            }
        }
        return true;
    }

    /** Times after a "that" that points at one ("expelled French troops that year"), no clause's conjunction. */
    private static final Words THAT_TIMES = Words.of("year", "month", "week", "day", "time", "night", "morning",
            "evening", "afternoon", "summer", "autumn", "winter", "spring");

    /** "signing a new defence pact": the participle before the noun at a and its determiner and adjectives, or -1. */
    private int participleBefore(int a) {
        for (int k = a - 1; k >= 0 && k >= a - 4 && d.word(k) && !d.capitalised(k) && run.at[k] == null; k--) {
            if (d.tok(k).key().endsWith("ing")) {
                return k;
            }
            if (!d.in(k, DETERMINERS) && d.in(k, FUNCTION)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The AES, the bloc that groups X with ..., said in a statement that it backed": "it" right before the verb at
     * a, after a speech verb that follows a comma, is the speaker (not the last actor named); null otherwise.
     */
    private Ent speakerOfIt(int a) {
        int k = a - 1;
        while (k > 0 && a - k <= 3 && d.word(k) && (d.in(k, AUXILIARIES) || d.tok(k).key().endsWith("ly"))) {
            k--;
        }
        if (k < 2 || !d.is(k, "it") || run.at[k] != null) {
            return null;
        }
        int j = d.is(k - 1, "that") ? k - 2 : k - 1;
        int start = d.sentenceStart(d.tok(a).sentence());
        for (int s = j; s >= start && s >= j - 4; s--) {
            if (run.at[s] != null) {
                return null;
            }
            if (d.word(s) && run.speechAt(s)) {
                if (d.tok(s - 1) == null || !d.tok(s - 1).isPunct(',')) {
                    return null; // (only past an apposition or a relative clause: "..., said"; else the usual reading)
                }
                Ent speaker = quotes.subjectBefore(s, start);
                return speaker != null && !speaker.isPerson() ? speaker : null;
            }
        }
        return null;
    }

    /** Nouns for a side's act that another labels: "called the move ...", "called the recognition ...". */
    private static final WordMap<String> LABELLED_ACTS = new WordMap<>(Map.of("move", "", "decision", "",
            "step", "", "recognition", "recognise", "deal", "agree", "agreement", "agree", "pact", "agree",
            "accord", "agree"));

    /**
     * 'called the move "a dangerous precedent"', 'called the recognition "null and void"': a quote that blames
     * the act named right before it criticises the side that made it ({@link #makerOf}).
     */
    private void labelledActs() {
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            int noun = q.open() - 1;
            if (speaker == null || noun < 2 || !d.word(noun) || !LABELLED_ACTS.containsKey(d.tok(noun).key())
                    || !d.is(noun - 1, "the") || !d.word(noun - 2) || !LABELLING.contains(d.tok(noun - 2))) {
                continue;
            }
            boolean blame = false;
            for (int k = q.open() + 1; k < q.close() && k < d.size() && !blame; k++) {
                blame = d.word(k) && (d.in(k, BLAME) || EVALUATIVE.contains(d.tok(k)) || d.is(k, "void"));
            }
            if (!blame) {
                continue;
            }
            String kind = LABELLED_ACTS.get(d.tok(noun).key());
            Ent maker = makerOf(kind, q.sentence(), speaker);
            if (maker != null) {
                keep(new Found(speaker, maker, "criticise", Polarity.CONFLICT, -2, q.sentence(), dates.dateOf(q.sentence())));
            }
        }
    }

    /** Verbs of sending forces somewhere: "deployed the Africa Corps to Mali". */
    private static final Words DEPLOYING = Words.of("deployed", "deploys", "deploying", "sent", "sends", "dispatched",
            "stationed");

    /**
     * "Russia, which deployed the Africa Corps to Mali", "Moscow has sent the Wagner Group to Libya": a state that
     * sends a force of its own country somewhere helps the side there, and so does the force; the state does not
     * cooperate with its own force.
     */
    private void ownForcesSent() {
        for (int v : d.withKeys(DEPLOYING)) {
            if (v < 1 || v + 3 >= d.size() || run.inQuote[v]) {
                continue;
            }
            int x = d.is(v + 1, "the") ? v + 2 : v + 1;
            Mention unit = x < d.size() ? run.at[x] : null;
            if (unit == null || unit.first() != x || unit.ent().isState() || unit.ent().isPerson()
                    || unit.ent().country == null || !d.is(unit.last() + 1, "to")) {
                continue;
            }
            int y = d.is(unit.last() + 2, "the") ? unit.last() + 3 : unit.last() + 2;
            Mention there = y < d.size() ? run.at[y] : null;
            Ent owner = senderOf(v);
            if (there == null || there.first() != y || there.form() == Mention.Form.DEMONYM || owner == null
                    || !owner.isState() || !unit.ent().country.equals(owner.country) || there.ent() == owner
                    || there.ent() == unit.ent()) {
                continue;
            }
            int sentence = d.tok(v).sentence();
            Ent own = unit.ent();
            if (sentAgainst(there.last(), sentence, owner, own, there.ent())) {
                continue; // "sent the Wagner Group to Libya to fight the government": no help to the side there
            }
            found.removeIf(f -> f.source() == owner && f.target() == own && f.sentence() == sentence
                    && f.polarity() == Polarity.COOPERATION
                    && (seen == null || seen.remove(same(f))));
            keep(new Found(owner, there.ent(), "deploy", Polarity.COOPERATION, 4, sentence, dates.dateOf(sentence)));
            keep(new Found(own, there.ent(), "deploy", Polarity.COOPERATION, 4, sentence, dates.dateOf(sentence)));
        }
    }

    /**
     * Was the force sent against the side there: "to fight" or "against" right after it, or a conflict the text
     * tells between the sender or the force and that side?
     */
    private boolean sentAgainst(int after, int sentence, Ent owner, Ent force, Ent there) {
        for (int k = after + 1; k < d.size() && k <= after + 4 && d.tok(k).sentence() == sentence; k++) {
            if (d.is(k, "against") || d.is(k, "fight") || d.is(k, "attack") || d.is(k, "invade")) {
                return true;
            }
        }
        for (Found f : found) {
            if (f.polarity() == Polarity.CONFLICT && (f.source() == there || f.target() == there)
                    && (f.source() == owner || f.target() == owner || f.source() == force || f.target() == force)) {
                return true;
            }
        }
        return false;
    }

    /** Who sends at the verb v: the side right before it (past "has", "had"), or the one ", which" stands for. */
    private Ent senderOf(int v) {
        int p = v;
        while (p > 1 && d.word(p - 1) && d.in(p - 1, AUXILIARIES)) {
            p--;
        }
        List<Ent> sides = sidesRightBefore(p);
        Mention relative = sides.isEmpty() ? relativeSubject(p) : null;
        return sides.size() == 1 ? sides.get(0) : relative != null ? relative.ent() : null;
    }

    /** Acts two sides make together, which a third may welcome without taking a side. */
    private static final Words MUTUAL_MOVES = Words.of("agree", "ceasefire", "joint", "cooperate", "ally", "exchange");

    /**
     * "Serbia and Hungary signed a gas pipeline deal ... Ukraine condemned the deal": the two sides of the last agreement
     * found in the sentence or the ten before, none of them the speaker's side; empty when there is none.
     */
    private List<Ent> dealMakers(int sentence, Ent speaker) {
        for (int f = found.size() - 1; f >= 0; f--) {
            Found x = found.get(f);
            if (x.sentence() < sentence - 10) {
                break;
            }
            if (x.sentence() <= sentence && x.category().equals("agree")) {
                List<Ent> out = new ArrayList<>();
                for (Ent e : List.of(sideOf(x.source()), sideOf(x.target()))) {
                    if (e != sideOf(speaker) && !sameSide(speaker, e) && !out.contains(e)) {
                        out.add(e);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** Is the last move told in this sentence or the one before one that two sides made together? */
    private boolean mutualMoveNear(int sentence) {
        for (int f = found.size() - 1; f >= 0; f--) {
            Found x = found.get(f);
            if (x.sentence() >= sentence - 1 && x.sentence() <= sentence
                    && (MOVE_CATEGORIES.contains(x.category()) || MUTUAL_MOVES.contains(x.category()))) {
                return MUTUAL_MOVES.contains(x.category());
            }
        }
        return false;
    }

    /**
     * The sides named right before the verb at token v, as its subject: "The United States and Norway condemned",
     * "while Russia welcomed"; a person set in apposition right before it alone ("Russia's deputy envoy, Kirill
     * Avdeyenko, welcomed"); the side before an apposition ("Japan, the region's largest economy, condemned"), or the
     * name in it ("The main opposition party, the CCC, welcomed", {@link #describedBefore}); empty when a word other
     * than "and", a comma or "the" comes between.
     */
    private List<Ent> sidesRightBefore(int v) {
        List<Ent> out = new ArrayList<>();
        int start = d.sentenceStart(d.tok(v).sentence());
        int w = v - 1;
        while (w > start && w >= v - 2 && d.word(w) && !d.capitalised(w) && run.at[w] == null
                && (d.is(w, "also") || d.tok(w).key().endsWith("ly"))) {
            w--; // "Hamas also welcomed the recognition", "Cairo swiftly condemned the move"
        }
        Mention named = w - 1 > start && comma(w) ? run.at[w - 1] : null;
        if (named != null && named.ent().isPerson() && named.last() == w - 1 && comma(named.first() - 1)) {
            return List.of(named.ent()); // "Russia's deputy envoy, Kirill Avdeyenko, welcomed the vote"
        }
        Mention described = w - 1 > start && comma(w) ? describedBefore(w, start) : null;
        if (described != null) {
            return List.of(described.ent()); // "The United States, the Philippines' treaty ally, condemned the move"
        }
        for (int x = w; x >= start; x--) {
            Mention m = run.at[x];
            if (m != null && m.form() != Mention.Form.PRONOUN && !TextImporter.inDateline(d, x)) {
                out.add(0, m.ent());
                x = m.first();
            } else if (!(d.is(x, "and") || d.tok(x).isPunct(',') && !out.isEmpty() && d.is(x + 1, "and")
                    || d.is(x, "the"))) {
                break;
            }
        }
        return out;
    }

    /**
     * The side named before an apposition that ends with the comma at c: "The United States, the Philippines' treaty
     * ally," (the apposition opens with "the", "a", "its" and holds no verb of speech and no other comma); or null.
     */
    private Mention describedBefore(int c, int start) {
        for (int k = c - 1; k > start && k >= c - 10; k--) {
            if (run.speechAt(k) || d.tok(k).kind() == Token.Kind.QUOTE) {
                return null;
            }
            if (comma(k)) {
                Mention m = run.at[k - 1];
                Mention name = d.is(k + 1, "the") ? namedAt(k + 2) : null;
                if (name != null && name.form() == Mention.Form.NAME && (name.last() == c - 1 || d.tok(c - 1).isPunct(')'))) {
                    return name; // "The main opposition party, the Citizens Coalition for Change (CCC), welcomed": the name
                }
                return d.word(k + 1) && APPOSITION_OPENINGS.contains(d.tok(k + 1)) && m != null && m.last() == k - 1
                        && m.form() != Mention.Form.PRONOUN && !TextImporter.inDateline(d, k - 1) ? m : null;
            }
        }
        return null;
    }

    /** Nouns for a side's act that another answers by name, with the kind of act each names ("" for any). */
    private static final WordMap<String> ANSWERED_MOVES = new WordMap<>(Map.ofEntries(Map.entry("move", ""),
            Map.entry("decision", ""), Map.entry("step", ""), Map.entry("measure", ""), Map.entry("measures", ""),
            Map.entry("expulsion", "expel"), Map.entry("expulsions", "expel"), Map.entry("suspension", "suspend"),
            Map.entry("recognition", "recognise"), Map.entry("veto", "veto"), Map.entry("withdrawal", "withdraw"),
            Map.entry("resolution", "vote"), Map.entry("vote", "vote"), Map.entry("report", "report"),
            Map.entry("findings", "report"), Map.entry("deal", "deal"), Map.entry("agreement", "deal"),
            Map.entry("pact", "deal"), Map.entry("accord", "deal")));

    /** Stances a side takes on another's move: "condemned the decision", "welcomed the move". */
    private static final Words STANCES_ON_MOVES = Words.of("condemn", "criticise", "praise", "reject", "support",
            "oppose", "protest");

    /**
     * "South Sudan suspended the WFP. The United States and Norway condemned the decision": the sides that open a
     * sentence and take a stance on "the decision", "the move", "the expulsion" take it against (or for) the side
     * that made that move ({@link #makerOf}); when the noun names its maker ("the decision by Mali", "the decision of
     * the junta"), against that maker; a vote or resolution is the voting body's, a report or findings their maker's
     * ({@link #reportAuthor}); a noun tied to something else ("the move to expel") is not answered. A deal is no one
     * side's move: welcoming a peace deal takes no side.
     */
    private void answeredMoves() {
        for (int noun : d.withKeys(ANSWERED_MOVES)) {
            int k = noun - 2; // the verb two words before the noun ("condemned the move")
            boolean naming = k >= 1 && d.word(k) && NAMING_VERBS.contains(d.tok(k));
            if (k < 1 || (d.lexicons(k) & run.lex.triggers.bit()) == 0 && !naming || !d.word(k)
                    || run.inQuote[k] || d.capitalised(k)) {
                continue;
            }
            // ("called the move a provocation": a judgment on the move is a stance on it)
            Trie.Match<Lexicon.Trigger> m = naming ? calledIt(k) : run.lex.triggers.longest(d, k, false);
            if (m == null || m.first() != m.last() || !STANCES_ON_MOVES.contains(m.value().category())
                    || !(d.tok(k).key().endsWith("ed") || d.tok(k).key().endsWith("s"))) {
                continue; // (a verb of one word, past or present: not "condemnation of")
            }
            // "the expulsion of Sorvik", "the suspension of the WFP": the one the move befell, not its maker
            Mention patient = d.is(noun + 1, "of") && PATIENT_AFTER_OF.contains(d.tok(noun)) ? makerNamedAfter(noun) : null;
            Mention named = patient == null ? makerNamedAfter(noun) : null;
            if (!(d.is(noun - 1, "the") || d.is(noun - 1, "this") || d.is(noun - 1, "that"))
                    || run.at[noun] != null || named == null && patient == null
                    && (d.is(noun + 1, "of") || d.is(noun + 1, "by")) || d.is(noun + 1, "to") || d.is(noun + 1, "between")
                    || d.is(noun + 1, "with") || d.is(noun + 1, "on") && !d.capitalised(noun + 2)) {
                continue;
            }
            int sentence = d.tok(k).sentence();
            String kind = ANSWERED_MOVES.get(d.tok(noun).key());
            if (kind.isEmpty() && named == null && !d.is(noun, "decision") && mutualMoveNear(sentence)) {
                continue; // "Rwanda and Congo signed a peace deal. Belgium welcomed the move.": no side's move
            }
            List<Ent> sides = sidesRightBefore(k);
            int said = d.is(k - 2, "that") ? k - 3 : k - 2;
            if (sides.isEmpty() && (d.is(k - 1, "it") || d.is(k - 1, "they")) && said >= 1 && run.speechAt(said)) {
                sides = sidesRightBefore(said); // "Australia said it welcomed the decision": the one who said it
            }
            int start = d.sentenceStart(sentence);
            if (sides.isEmpty() || hypothetical(k, start) || cueBefore(k, start) != null) {
                continue;
            }
            Lexicon.Trigger t = m.value();
            if (kind.equals("deal") && (t.polarity() != Polarity.CONFLICT || named != null)) {
                continue; // welcoming a deal two sides made takes no side; "the deal of the century" names no maker
            }
            for (Ent side : sides) {
                List<Ent> makers = named != null ? List.of(sideOf(named.ent()))
                        : kind.equals("deal") ? dealMakers(sentence, side)
                        : kind.equals("vote") ? votingBody(noun) : kind.equals("report") ? reportAuthor(noun)
                        : patient != null ? makersOfActOn(kind, patient.ent(), sentence)
                        : makersOf(kind, sentence, side);
                for (Ent maker : makers) {
                    // (a side welcomes no move against itself: "The RSF, which has been fighting Sudan's army, rejected
                    // the sanctions. The army chief welcomed the move": not the RSF's fight)
                    if (maker != side && !sameSide(side, maker)
                            && !(t.polarity() == Polarity.COOPERATION && named == null && actedAgainst(maker, side, sideOf(side)))) {
                        keep(new Found(side, maker, t.category(), t.polarity(), t.weight(), sentence,
                                dates.dateOf(sentence)));
                    }
                }
            }
        }
    }

    /** Nouns of a move whose "of" names the one it befell: "the expulsion of X", "the suspension of the WFP". */
    private static final Words PATIENT_AFTER_OF = Words.of("expulsion", "expulsions", "suspension", "recognition");

    /** The sides that made a move of this kind on the patient up to the sentence (named, so however long ago). */
    private List<Ent> makersOfActOn(String kind, Ent patient, int sentence) {
        List<Ent> out = new ArrayList<>();
        for (Found f : found) {
            if (f.sentence() <= sentence && f.category().equals(kind)
                    && f.target() == patient && !out.contains(sideOf(f.source()))) {
                out.add(sideOf(f.source()));
            }
        }
        return out;
    }

    /** Words for a report a side answers: "rejected the report", "dismissed the findings". */
    private static final Words REPORTS = Words.of("report", "findings");

    /** Verbs that bring out a report: "released a report", "published a report". */
    private static final Words PUBLISHING = Words.of("released", "published", "issued", "presented", "submitted");

    /**
     * For "the report" or "the findings" at token noun: who made the report the text spoke of in that sentence or
     * the six before: "a report by UN experts", "the panel's findings", "In a report released on Friday, the rights
     * group said", "Amnesty published a report" (the subject of that sentence); none when the text named no maker.
     * A report that is itself a sentence's subject ("The report, submitted to the council, said") is passed over.
     */
    private List<Ent> reportAuthor(int noun) {
        int stop = d.sentenceStart(Math.max(0, d.tok(noun).sentence() - 6));
        for (int k = noun - 1; k >= stop; k--) {
            if (!d.word(k) || !REPORTS.contains(d.tok(k)) || run.inQuote[k]) {
                continue;
            }
            Mention by = d.is(k + 1, "by") || d.is(k + 1, "from") ? namedAt(d.is(k + 2, "the") ? k + 3 : k + 2) : null;
            by = by != null && (by.form() == Mention.Form.DEMONYM || by.form() == Mention.Form.PRONOUN) ? null : by;
            Mention owner = k >= 2 && d.tok(k - 1).kind() == Token.Kind.POSSESSIVE ? run.at[k - 2] : null;
            int sentence = d.tok(k).sentence();
            Ent author = by != null ? by.ent() : owner != null ? owner.ent() : null;
            if (author == null && (d.is(k - 1, "a") || d.is(k - 1, "an")) && (d.is(k - 2, "in") || d.word(k - 2) && PUBLISHING.contains(d.tok(k - 2)))) {
                author = quotes.firstSubject(d.sentenceStart(sentence), d.sentenceEnd(sentence));
            }
            if (author != null) {
                return List.of(sideOf(author));
            }
        }
        return List.of();
    }

    /** Words that name a body that votes: a council, an assembly, a board, a parliament. */
    private static final Words VOTING_BODIES = Words.of("council", "assembly", "board", "parliament", "congress",
            "committee", "senate");

    /**
     * For "the resolution" or "the vote" at token noun: the body that votes named last before it ("the UN Security
     * Council", "the IAEA Board of Governors"), as one side; none when the text named no such body.
     */
    private List<Ent> votingBody(int noun) {
        for (int k = noun - 1; k >= 0; k--) {
            Mention m = run.at[k];
            if (m != null && !m.ent().isPerson() && !m.ent().isState() && m.form() != Mention.Form.PRONOUN) {
                for (String w : m.ent().name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                    if (VOTING_BODIES.contains(w)) {
                        return List.of(m.ent());
                    }
                }
            }
            k = m != null ? m.first() : k;
        }
        return List.of();
    }

    /** The side named as the maker right after the move's noun: "the decision of the West African bloc", "the move by Mali". */
    private Mention makerNamedAfter(int noun) {
        int k = d.is(noun + 2, "the") ? noun + 3 : noun + 2;
        Mention m = (d.is(noun + 1, "of") || d.is(noun + 1, "by")) && k < d.size() ? run.at[k] : null;
        return m != null && m.first() == k && m.form() != Mention.Form.PRONOUN && m.form() != Mention.Form.DEMONYM ? m : null;
    }

    /**
     * {@link #makerOf}, with the others who made the same act in the same sentence ("Finland and Denmark recognised
     * Palestine ... welcomed the recognition": both).
     */
    private List<Ent> makersOf(String kind, int sentence, Ent speaker) {
        Ent maker = makerOf(kind, sentence, speaker);
        if (maker == null) {
            return List.of();
        }
        List<Ent> out = new ArrayList<>(List.of(maker));
        Found act = null;
        for (int f = found.size() - 1; f >= 0 && act == null; f--) {
            act = sideOf(found.get(f).source()) == maker && found.get(f).sentence() <= sentence ? found.get(f) : null;
        }
        for (Found x : act == null ? List.<Found>of() : found) {
            Ent other = sideOf(x.source());
            if (x.sentence() == act.sentence() && x.category().equals(act.category()) && x.target() == act.target()
                    && !out.contains(other) && !sameSide(speaker, other) && other != sideOf(speaker)) {
                out.add(other);
            }
        }
        return out;
    }

    /**
     * Who made the move a label names: for a kind ("the recognition"), the side of the last act of that kind; for
     * "the move" or "the decision", the last act of a side in the sentence or the one before, else the first
     * diplomatic move the story told (its main news); never the speaker's side. Null for none.
     */
    private Ent makerOf(String kind, int sentence, Ent speaker) {
        Ent side = sideOf(speaker);
        for (int f = found.size() - 1; f >= 0; f--) {
            Found x = found.get(f);
            boolean near = x.sentence() >= sentence - 1 && x.sentence() <= sentence && !(x.sentence() < sentence && pastTold(x.sentence()));
            if (x.sentence() <= sentence && (kind.isEmpty() ? near && MOVE_CATEGORIES.contains(x.category())
                    : x.category().equals(kind)) && !sameSide(speaker, x.source()) && x.source() != side) {
                return sideOf(x.source());
            }
        }
        for (Found x : found) {
            if (kind.isEmpty() && x.sentence() < sentence && DIPLOMATIC_MOVES.contains(x.category())
                    && !sameSide(speaker, x.source()) && x.source() != side) {
                return sideOf(x.source());
            }
        }
        return null;
    }

    /** Does the sentence tell of a time past ("last year", "in 2023", "years ago"), as background to the news? */
    private boolean pastTold(int sentence) {
        for (int k = d.sentenceStart(sentence), end = d.sentenceEnd(sentence); k < end && k < d.size(); k++) {
            if (d.is(k, "last") && (d.is(k + 1, "year") || d.is(k + 1, "month")) || d.is(k, "ago")
                    || d.is(k, "in") && d.number(k + 1) && d.tok(k + 1).text().length() == 4 && d.tok(k + 1).text().startsWith("20")) {
                return true;
            }
        }
        return false;
    }

    /** Categories of acts a side makes, which another may call a move (not its words about others). */
    private static final Words MOVE_CATEGORIES = Words.of("recognise", "agree", "expel", "sanction", "suspend", "fight",
            "deploy", "contribute", "arm", "cut", "withdraw", "sever", "coup", "detain", "veto", "ally", "cooperate",
            "aid", "join");

    /** Moves of diplomacy, which a text may call "the move" paragraphs later. */
    private static final Words DIPLOMATIC_MOVES = Words.of("recognise", "expel", "sever", "suspend", "withdraw",
            "sanction", "agree", "veto", "join");

    /** Words that judge an act, after "is": "is dangerous and unacceptable". */
    private static final Words EVALUATIVE = Words.of("unacceptable", "dangerous", "reckless", "outrageous", "illegal",
            "illegitimate", "provocative", "shameful", "irresponsible", "barbaric", "cowardly", "inhumane", "deplorable",
            "appalling", "unjustified", "unjustifiable", "aggressive", "destabilising", "destabilizing");

    /**
     * '"This is dangerous and unacceptable," the spokesman said' after "Chinese ships fired water cannon at ...": a
     * blaming quote that names no one and opens on "This", "It", "Such" or the act itself ("Harassing fishermen
     * ... is unacceptable") criticises the one side whose act of force the sentence, or one of the two before,
     * told; never the speaker's own side.
     */
    private void impliedCriticism() {
        for (Quotes.Found q : quotes.found()) {
            Ent speaker = q.speaker();
            int first = q.open() + 1;
            if (speaker == null || first >= q.close() || !d.word(first) || run.at[first] != null
                    || !(d.is(first, "this") || d.is(first, "it") || d.is(first, "such") || d.is(first, "these")
                    || d.capitalised(first) && d.tok(first).key().endsWith("ing"))) {
                continue;
            }
            boolean blame = false;
            boolean named = false;
            for (int k = first; k < q.close() && k < d.size(); k++) {
                blame |= d.word(k) && EVALUATIVE.contains(d.tok(k)) && (d.in(k - 1, AUXILIARIES)
                        || d.word(k - 1) && d.in(k - 2, AUXILIARIES) || d.is(k - 1, "and")) // "is (utterly) unacceptable"
                        && !d.is(k + 1, "to"); // (not "It is irresponsible to ignore the threat": a maxim)
                named |= run.at[k] != null && run.at[k].form() != Mention.Form.PRONOUN;
            }
            if (!blame || named) {
                continue;
            }
            Ent doer = null;
            for (int back = 0; back <= 2 && doer == null && q.sentence() - back >= 0; back++) {
                doer = doerIn(q.sentence() - back, speaker, sideOf(speaker));
            }
            if (doer != null && !sameSide(speaker, doer)) {
                keep(new Found(speaker, doer, "criticise", Polarity.CONFLICT, -2, q.sentence(), dates.dateOf(q.sentence())));
            }
        }
    }

    /**
     * Where the clause that a participle at a hangs on starts: past a speech verb (and "that") between from and a,
     * whose reported clause it is ("Kenya said Ethiopia had massed troops, days after signing": Ethiopia's), else
     * from.
     */
    private int pastReport(int from, int a) {
        for (int k = a - 1; k > from; k--) {
            if (d.word(k) && !d.capitalised(k) && run.at[k] == null && REPORTING.contains(d.tok(k))) {
                return d.is(k + 1, "that") ? k + 2 : k + 1;
            }
        }
        return from;
    }

    /** Verbs that report a clause: "Kenya said Ethiopia had ...". */
    private static final Words REPORTING = Words.of("said", "says", "told", "added", "reported", "alleged", "claimed");

    /**
     * "condemned North Korea's missile launches and its transfer of weapons": the side named with a possessive
     * before "its" at a-1, in the clause and after its verb, whose act the noun is; null for none.
     */
    private Ent possessorBefore(int a, int from) {
        for (int k = a - 2; k >= from && k >= a - 12; k--) {
            Mention m = run.at[k];
            if (m != null && run.possessiveAfter(m) && m.form() != Mention.Form.PRONOUN && !m.ent().isPerson()) {
                return m.ent();
            }
            if (m != null && !run.possessiveAfter(m) || d.tok(k).isPunct(',') || d.tok(k).isPunct(';')) {
                return null; // (an actor named plainly in between is the one "its" stands for)
            }
            k = m != null ? m.first() : k;
        }
        return null;
    }

    /** "hours before signing", "days after meeting": a participle whose subject is the sentence's. */
    private boolean timedParticiple(int v) {
        return v >= 2 && d.tok(v).key().endsWith("ing") && (d.is(v - 1, "before") || d.is(v - 1, "after"))
                && d.word(v - 2) && TIME_UNITS.contains(d.tok(v - 2));
    }

    /** Is token a in a headline: a paragraph of one sentence with no full stop? */
    private boolean headlineAt(int a) {
        int sentence = d.tok(a).sentence();
        int first = d.sentenceStart(sentence);
        int last = d.sentenceEnd(sentence) - 1;
        return !d.tok(last).isPunct('.') && (first == 0 || d.tok(first - 1).paragraph() != d.tok(first).paragraph())
                && (last + 1 >= d.size() || d.tok(last + 1).paragraph() != d.tok(last).paragraph());
    }

    /** Words of contrast or time that stand between commas as an aside: "Egypt, however, condemned". */
    private static final Words ASIDES = Words.of("however", "meanwhile", "though");

    /** Start of the clause holding token a: the sentence, cut at ';', "but" and the edges of a quote. */
    private int clauseStart(int a, Quotes.Found quote) {
        int s = d.sentenceStart(d.tok(a).sentence());
        if (quote != null) {
            s = Math.max(s, quote.open() + 1);
        }
        boolean comma = false;
        for (int k = a - 1; k >= s; k--) {
            Token t = d.tok(k);
            if (t.isPunct(',') && k - 2 >= s && d.tok(k - 2).isPunct(',') && d.word(k - 1) && ASIDES.contains(d.tok(k - 1))) {
                k -= 2; // "Egypt, however, condemned the strike": an aside between commas opens no clause
                continue;
            }
            if (t.isWord() && t.in(RELATIVE) && comma && k > s && d.tok(k - 1).isPunct(',')) {
                // "Egypt, which shares a border with Libya, has long backed ...": the relative clause closed
                // before the act; its antecedent is the act's subject
                k--;
                continue;
            }
            comma |= t.isPunct(',');
            if (comma && t.isWord() && t.in(CLAUSE_BREAK) && !t.in(RELATIVE) && d.tok(a - 1).isPunct(',')) {
                // "The AES, the confederation formed by three military governments after they quit ECOWAS,
                // expressed ...": a clause closed inside an apposition; the apposition's head is the subject
                int open = appositionOpening(k, s);
                if (open >= 0) {
                    k = open;
                    continue;
                }
            }
            if (t.isPunct(';') || (t.isWord() && (t.in(CLAUSE_BREAK) || t.in(RELATIVE)))
                    || (quote == null && t.kind() == Token.Kind.QUOTE && quotes.quoteAt(k + 1) != null)) {
                return k + 1;
            }
            if (d.is(k, "and") && k - 1 > s && d.tok(k - 1).isPunct(',') && run.at[k + 1] != null
                    && run.at[k + 1].first() == k + 1 && predicateBetween(s, k - 1)) {
                // "Egypt said it stood with Somalia, and Eritrea's information minister accused Ethiopia": a second
                // clause with its own subject (not the last of a list: "Egypt, Sudan, and Eritrea accused")
                return k + 1;
            }
        }
        return s;
    }

    /** Is there a verb among tokens [from, to): a speech verb, an auxiliary or a relation's trigger? */
    private boolean predicateBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.word(k) && !d.capitalised(k) && run.at[k] == null && (d.in(k, AUXILIARIES) || run.speechAt(k)
                    || run.lex.triggers.startsAt(d, k) && run.lex.triggers.longest(d, k, false) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that opens an apposition holding token k ("X, the bloc formed after ...,"): a comma before k in
     * the sentence, with "the", "a" or "an" after it and an actor (or its bracketed acronym) before it; else -1.
     */
    private int appositionOpening(int k, int s) {
        for (int j = k - 1; j > s && j >= k - 12; j--) {
            if (d.tok(j).isPunct(',')) {
                boolean opening = d.is(j + 1, "the") || d.is(j + 1, "a") || d.is(j + 1, "an");
                int h = d.tok(j - 1).isPunct(')') && j >= 4 && d.tok(j - 3).isPunct('(') ? j - 4 : j - 1;
                return opening && h >= s && run.at[h] != null && run.at[h].naming() ? j : -1;
            }
            if (d.tok(j).isPunct('.') || d.tok(j).kind() == Token.Kind.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    private int clauseEnd(int b, Quotes.Found quote) {
        int e = d.sentenceEnd(d.tok(b).sentence());
        // (a quote that ends with the trigger goes on with its object outside it: 'was "standing fully behind" X')
        int object = quote == null ? -1 : quote.close() + 1 + (d.is(quote.close() + 1, "the") ? 1 : 0);
        boolean objectAfter = quote != null && b + 1 == quote.close() && object < e && run.at[object] != null;
        if (quote != null && !objectAfter) {
            e = Math.min(e, quote.close());
        }
        for (int k = b + 1; k < e; k++) {
            Token t = d.tok(k);
            if (t.isPunct(';') || (t.isWord() && t.in(CLAUSE_BREAK)) || t.is("as") && asClause(k)) {
                return k;
            }
            if (t.is("and") && k > b + 1 && k + 1 < d.size() && d.tok(k - 1).isPunct(',') && run.at[k + 1] != null
                    && run.at[k + 1].first() == k + 1 && (pastVerbAt(run.at[k + 1].last() + 1) || officeThenVerb(run.at[k + 1])
                    || listThenVerb(run.at[k + 1]))) {
                // "conducting joint exercises, and Kim Yo Jong threatened", "condemned the attempt, and Kenya's foreign
                // minister said", "a freeze on some funding, and Vestergaard said": the next clause's subject
                return k - 1;
            }
        }
        return e;
    }

    /**
     * "... over a deadly border clash as CSTO envoy steps in": "as" at k opens a clause of its own, an actor
     * (and a title or people's noun after it) then a verb, whose actor is no object of what came before.
     */
    private boolean asClause(int k) {
        Mention m = k + 1 < d.size() ? run.at[k + 1] : null;
        if (m == null || m.first() != k + 1 || m.form() == Mention.Form.PRONOUN) {
            return false;
        }
        int v = m.last() + 1;
        if (d.word(v) && !d.capitalised(v) && run.at[v] == null && (run.isTitle(v) || PEOPLE_NOUNS.contains(d.tok(v)))) {
            v++; // "as CSTO envoy steps in", "as EU leaders met"
        }
        if (!d.word(v) || d.capitalised(v) || run.at[v] != null || d.in(v, FUNCTION) && !d.in(v, AUXILIARIES)) {
            return false;
        }
        String key = d.tok(v).key();
        // (a present tense only before a particle or the end: "steps in", not "weapons depots")
        return d.in(v, AUXILIARIES) || key.endsWith("ed") || IRREGULAR_PAST.contains(d.tok(v))
                || key.endsWith("s") && !key.endsWith("ss")
                && run.lex.triggers.longest(d, v, false) == null && (!d.word(v + 1) || d.in(v + 1, PREPOSITIONS));
    }

    /** Participles of saying that open a clause of their own after a comma: ", telling the Assembly that". */
    private static final Words PARTICIPLE_CLAUSES = Words.of("telling", "saying", "adding", "noting", "arguing",
            "insisting", "stressing", "writing", "speaking", "addressing");

    /** Participles that tell where a thing was going: "grain bound for China", "aid destined for Gaza". */
    static final Words DESTINED = Words.of("bound", "destined", "headed", "heading", "intended", "earmarked");

    /** Past tenses that do not end in "-ed": "as Ukrainian officials met NATO envoys". */
    private static final Words IRREGULAR_PAST = Words.of("met", "held", "said", "told", "took", "made", "began", "came",
            "went", "fled", "struck", "fought", "sent", "gave", "led", "left", "stood", "spoke", "saw", "sought",
            "brought", "kept", "won", "lost", "ran", "flew", "drew", "rose", "fell", "grew", "knew", "thought", "felt",
            "got", "found", "wrote", "swore", "chose", "broke", "withdrew", "overran", "paid", "sat", "quit", "froze",
            "shot", "sold", "bought", "built", "forbade", "shut");

    /** "asks the Security Council to sanction", "urged Kigali to withdraw": a request, not an act. */
    private boolean requested(int a, int from) {
        if (a - 1 >= 0 && !d.tok(a - 1).is("to") && baseForm(d.tok(a))) {
            // "demanded that Armenia and Azerbaijan agree to a ceasefire": what is asked of them, not done
            for (int k = a - 1; k >= 1 && k >= a - 8; k--) {
                Token t = d.tok(k);
                if (t.isPunct('.') || t.isPunct(';') || t.kind() == Token.Kind.QUOTE) {
                    break;
                }
                if (t.is("that") && d.tok(k - 1).isWord() && (d.tok(k - 1).in(REQUESTS)
                        || d.tok(k - 1).is("demanded") || d.tok(k - 1).is("demand") || d.tok(k - 1).is("demands")
                        || d.tok(k - 1).is("insisted") || d.tok(k - 1).is("insists"))) {
                    return true;
                }
            }
        }
        if (a >= 2 && a - 1 > from && d.is(a - 1, "and") && baseForm(d.tok(a))) {
            // "We urge the Vietnamese side to educate its fishermen and respect China's sovereignty": the second
            // verb of the request is asked for too
            for (int k = a - 2; k > from && k >= a - 10; k--) {
                if (d.tok(k).isPunct('.') || d.tok(k).isPunct(';') || d.tok(k).kind() == Token.Kind.QUOTE) {
                    break;
                }
                if (d.is(k, "to") && d.word(k + 1) && baseForm(d.tok(k + 1))) {
                    return requested(k + 1, from);
                }
            }
        }
        if (a - 1 < from || !d.tok(a - 1).is("to")) {
            return false;
        }
        if (a >= 2 && d.word(a - 2) && !d.capitalised(a - 2) && d.tok(a - 2).key().endsWith("ed")
                && !d.in(a - 2, REQUESTS)) {
            return false; // "urged calm and agreed to deploy police": "agreed" governs the verb, no request
        }
        for (int k = a - 2; k >= from && k >= a - 8; k--) {
            Token t = d.tok(k);
            if (t.isWord() && t.in(REQUESTS)) {
                return true;
            }
            if (t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
        }
        return false;
    }

    /** A verb without the endings of past or third person ("agree", "withdraw"), as after "demanded that X". */
    private static boolean baseForm(Token t) {
        String k = t.key();
        return t.isWord() && !k.endsWith("ed") && !k.endsWith("s") && !k.endsWith("ing");
    }

    private static final Words WEAPONS = Words.of("weapons", "weaponry", "arms", "drones",
            "missiles", "ammunition", "munitions", "rockets", "jets", "helicopters", "tanks", "guns", "rifles", "artillery",
            "explosives", "systems", "equipment", "missile", "drone", "rocket", "shells", "bombs", "grenades",
            "mortars", "radars", "radar", "armoured", "armored", "warships", "howitzers", "batteries", "interceptors");

    /** Craft a side supplies another's forces with, weapons after a military word: "with patrol vessels". */
    private static final Words SUPPLIED_CRAFT = Words.of("vessels", "boats", "aircraft", "warplanes", "vehicles");

    /** Weapons named after token b in the clause, or craft after a military word ("patrol vessels"). */
    private boolean weaponsAfter(int b, int to) {
        boolean military = false;
        for (int k = b + 1; k < to && k <= b + 12; k++) {
            military |= d.word(k) && MILITARY_GOODS.contains(d.tok(k));
            if (d.tok(k).isWord() && (WEAPONS.contains(d.tok(k)) || military && SUPPLIED_CRAFT.contains(d.tok(k)))) {
                return true; // ("patrol vessels", "military aircraft": craft with a military word before them)
            }
        }
        return false;
    }

    /**
     * Does the "and" at k join two words that qualify the noun at a ("diplomatic and trade ties", "economic and
     * military aid"): a lower-case word before it, and one lower-case word after it, right before the noun (not
     * a verb in the past: "froze budget support and expanded aid")?
     */
    private boolean modifiersAround(int k, int a) {
        if (k + 2 != a || !d.word(k - 1) || d.capitalised(k - 1) || run.at[k - 1] != null || d.in(k - 1, FUNCTION)) {
            return false;
        }
        int j = k + 1;
        return d.word(j) && !d.capitalised(j) && run.at[j] == null && !d.in(j, FUNCTION)
                && !d.tok(j).key().endsWith("ly") && !d.tok(j).key().endsWith("ed");
    }

    /**
     * A verb that ends what follows it ("suspend", "cut", "froze") shortly before token a, or -1 (ten words back at
     * most: "suspending a planned 40 million euro package of development aid to Niamey").
     */
    private int cutBefore(int a, int from) {
        for (int k = a - 1; k >= from && k >= a - 10; k--) {
            Token t = d.tok(k);
            // ("its aid", "its military aid": a pronoun, or a force word that only qualifies the aid, is no side)
            boolean qualifier = run.at[k] != null && (run.at[k].form() == Mention.Form.PRONOUN
                    || run.at[k].form() == Mention.Form.GOVERNMENT && run.at[k].last() == a - 1
                    // ("vetoed the EU's aid package", "blocked EU aid": the aid's owner, no side of the cut)
                    || !run.at[k].ent().isPerson() && d.word(a) && !d.in(a, FUNCTION) && (run.at[k].last() == a - 1
                    || run.at[k].last() == a - 2 && d.tok(a - 1).kind() == Token.Kind.POSSESSIVE));
            if ((t.is("and") || t.is("or")) && modifiersAround(k, a)) {
                continue; // "cut diplomatic and trade ties with": two words that qualify the ties
            }
            if (run.at[k] != null && !qualifier || t.isPunct(',') || t.isPunct('.') || t.isPunct(';') || t.is("and")
                    || t.is("or") || t.is("by") || t.is("through") || t.is("via")) {
                // "pledged to end the violence and support X", "to reduce tensions by supporting X": the cut is
                // another verb's, or the help its means
                return -1;
            }
            if (t.isWord() && t.in(CUT_VERBS)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * 'X said NATO stood "in full solidarity with Finland"': the state or body a reported clause names as its
     * subject right before the quote that completes it (after "said" or "said that"); empty for none.
     */
    private List<Ent> subjectBeforeQuote(Quotes.Found quote, int sentence) {
        int o = quote.open();
        int k = o - 1;
        while (k > d.sentenceStart(sentence) && k >= o - 3 && d.word(k) && !d.capitalised(k) && run.at[k] == null) {
            k--; // "stood", "was ready to"
        }
        // ('said Canberra "stands with the Philippines"': the quote goes on with the subject's verb)
        boolean verbOutside = k < o - 1;
        boolean verbInside = k == o - 1 && d.word(o + 1) && !d.capitalised(o + 1);
        Mention m = (verbOutside || verbInside) && k >= 0 ? run.at[k] : null;
        // ('told reporters in Brasilia that her government "stands firmly behind X"': the speaker's government)
        boolean ownGovernment = m != null && m.ent().isState() && m.first() == m.last() && governmentWord(m.last())
                && (d.is(m.first() - 1, "her") || d.is(m.first() - 1, "his")) && d.is(m.first() - 2, "that");
        if (m == null || m.ent().isPerson() || !m.naming() && !ownGovernment) {
            return List.of();
        }
        if (ownGovernment) {
            for (int v = m.first() - 3; v >= 0 && v >= m.first() - 10 && d.word(v); v--) {
                if (run.speechAt(v)) {
                    return List.of(m.ent());
                }
            }
            return List.of();
        }
        int v = m.first() - 1;
        for (int n = 0; n < 3 && v > 0 && (d.word(v) && !d.capitalised(v) && !d.is(v, "the") && !d.is(v, "that")
                && !run.speechAt(v) && !d.in(v, PREPOSITIONS) && !d.in(v, FUNCTION)
                || d.tok(v).isPunct('-') && d.tok(v).joined() || d.number(v)); n++) {
            v--; // ('said the six-member bloc "stands firmly with Kuwait"')
        }
        v -= d.is(v, "the") ? 1 : 0; // ('said the British government was "standing fully behind" X')
        v -= d.is(v, "that") ? 1 : 0;
        return v >= 0 && run.speechAt(v) ? List.of(m.ent()) : List.of();
    }

    /** Those one stands with, named by where they govern from: "our friends in Skopje", "our allies in Kyiv". */
    private static final Words FRIEND_NOUNS = Words.of("friends", "allies", "partners", "brothers", "sisters",
            "counterparts", "colleagues", "neighbours", "neighbors");

    /** Nouns for the person a state expels without naming at once: "declared a senior Norwegian diplomat". */
    private static final Words DIPLOMAT_NOUNS = Words.of("diplomat", "official", "envoy", "ambassador", "consul",
            "attache", "representative", "officer");

    /**
     * The first person named after token b, in its sentence or the two after, who is of the given state
     * (any state but the agents' when it is null) and holds a post such a one may hold ({@link #expelledPost});
     * null for none.
     */
    private Ent personNamedAfter(int b, int sentence, Ent state, List<Ent> agents, String noun) {
        int end = d.sentenceEnd(Math.min(d.sentenceCount() - 1, sentence + 2));
        for (int k = b + 1; k < end; k++) {
            Mention m = run.at[k];
            if (m == null || !m.ent().isPerson() || m.form() == Mention.Form.PRONOUN) {
                continue;
            }
            Ent side = m.ent().affiliation;
            boolean ofTheState = state != null ? side == state : side != null && !agents.contains(side);
            if (ofTheState && expelledPost(m.ent(), noun)) {
                return m.ent();
            }
        }
        return null;
    }

    /**
     * Is the cut verb at token cut itself negated ("would not suspend", "has never cut") or lifted ("lifted its freeze
     * on"), not a verb before it ("did not hesitate to suspend")?
     */
    private boolean negatedCut(int cut, int from) {
        for (int k = cut - 1; k >= from && k >= cut - 4; k--) {
            if (!d.word(k) || run.at[k] != null && !(d.is(k, "its") || d.is(k, "their")) || d.is(k, "to")) {
                return false;
            }
            if (d.tok(k).in(NEGATIONS) || LIFTING.contains(d.tok(k))) {
                return true; // (and "lifted its freeze on aid to X": the cut ends, the aid goes on)
            }
        }
        return false;
    }

    /** Words of the offices of those who react to an expulsion, not of those expelled. */
    private static final List<String> REACTING_OFFICES = List.of("foreign minister", "president", "prime minister",
            "spokes", "minister of foreign", "minister for foreign", "foreign secretary", "secretary of state",
            "secretary-general", "secretary general");

    /** Words of diplomatic posts: "deputy head of mission", "first secretary at the embassy". */
    private static final List<String> DIPLOMATIC_POSTS = List.of("ambassador", "diplomat", "envoy", "consul",
            "attache", "embassy", "mission", "charge", "secretary", "counsellor", "counselor");

    /**
     * Could the person be the one "a senior diplomat" or "a government official" declared persona non grata
     * stands for: a diplomat's post, or, for an official, any office but a minister's, president's or
     * spokesperson's (those who react)?
     */
    private static boolean expelledPost(Ent p, String noun) {
        String roles = String.join("; ", p.roles).toLowerCase(java.util.Locale.ROOT);
        if (roles.isEmpty() || REACTING_OFFICES.stream().anyMatch(roles::contains)) {
            return false;
        }
        return noun.equals("official") || noun.equals("officer") || noun.equals("representative")
                || DIPLOMATIC_POSTS.stream().anyMatch(roles::contains);
    }

    /**
     * "soldiers detained President X and seized power": in a coup the rulers, not the state, hold its president
     * or prime minister, when the text names them; the state among the agents gives way to them.
     */
    private void rulersHold(List<Ent> agents, Ent target, int sentence) {
        if (target.isPerson() && target.affiliation != null && agents.contains(target.affiliation)
                && target.affiliation.isState() && leader(target) && coupInSentence(sentence)) {
            Ent junta = run.juntaOf(target.affiliation);
            if (!junta.placeholder) {
                agents.set(agents.indexOf(target.affiliation), junta);
            }
        }
    }

    /** Does the person hold a state's highest offices: a president or prime minister? */
    private static boolean leader(Ent p) {
        return p.roles.stream().map(r -> r.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(r -> r.contains("president") && !r.contains("vice") || r.contains("prime minister"));
    }

    /** Does the sentence tell of the coup: a coup word, or power seized? */
    private boolean coupInSentence(int sentence) {
        for (int k = d.sentenceStart(sentence); k < d.sentenceEnd(sentence); k++) {
            if (d.in(k, COUP_WORDS) || d.is(k, "power") && d.word(k - 1)
                    && (d.tok(k - 1).key().startsWith("seiz") || d.is(k - 1, "took") || d.is(k - 1, "grabbed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "declared Ambassador X persona non grata", "declared a senior Norwegian diplomat persona non grata": the
     * relations of the expulsion told by the noun at a..b, or null when the noun is not so declared.
     */
    private List<Found> declaredPersonaNonGrata(int a, int b, int from, int sentence, String category, double weight,
            String date) {
        Mention named = run.at[a - 1];
        if (named == null && d.tok(a - 1).isPunct(',') && a >= 3 && run.at[a - 2] != null
                && run.at[a - 2].ent().isPerson() && d.tok(run.at[a - 2].first() - 1).isPunct(',')) {
            named = run.at[a - 2]; // "declared the ambassador of Chad, Mahamat Ali, persona non grata"
        }
        if (named == null && d.tok(a - 1).isPunct(',')) {
            // "declared X, a Norwegian lawyer who heads ..., persona non grata" (the clause may start at the comma)
            named = describedBeforeComma(a - 1, d.sentenceStart(sentence));
            from = named != null ? Math.min(from, clauseStart(named.first(), null)) : from;
        }
        int v = -1;
        Ent state = null;
        if (named != null) {
            v = named.first() - 1; // "declared Ambassador X persona non grata"
            // past what introduces the one declared: "French Ambassador X", "the ambassador of Chad, X,"
            while (v > from && v >= named.first() - 8 && !(d.word(v) && DECLARING.contains(d.tok(v)))) {
                Mention m = run.at[v];
                boolean intro = m != null && !m.ent().isPerson() && (m.form() == Mention.Form.DEMONYM
                        || d.is(m.first() - 1, "of") || d.tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE)
                        || m == null && (d.tok(v).isPunct(',') || d.tok(v).kind() == Token.Kind.POSSESSIVE
                        || d.is(v, "the") || d.is(v, "of") || run.isTitle(v)
                        // "the attaché, Colonel X,": a title word alone before the name in apposition, or
                        // a description of the one named ("the attaché" taken for him)
                        || d.word(v) && run.lex.titleWords.contains(d.tok(v).key()) && (d.tok(v + 1).isPunct(',')
                        || d.word(v + 1) && run.lex.titleWords.contains(d.tok(v + 1).key())))
                        || m != null && m.ent() == named.ent() && m.form() == Mention.Form.DESCRIPTION;
                if (!intro) {
                    break;
                }
                v = m != null ? m.first() - 1 : v - 1;
            }
        } else if (a >= 3 && d.word(a - 1) && DIPLOMAT_NOUNS.contains(d.tok(a - 1))) {
            // "declared a senior Norwegian diplomat persona non grata ... Ingrid Solbakken, the deputy head of
            // mission at the Norwegian embassy, ...": the person of that state named next
            v = a - 2;
            while (v > from && v >= a - 6 && (d.word(v) && !DECLARING.contains(d.tok(v)) && run.at[v] == null
                    || run.at[v] != null && (run.at[v].form() == Mention.Form.DEMONYM
                    || run.at[v].form() == Mention.Form.GOVERNMENT))) {
                state = run.at[v] != null ? run.at[v].ent() : state;
                v--;
            }
        }
        if (!d.word(v) || !DECLARING.contains(d.tok(v))) {
            return null;
        }
        List<Found> out = new ArrayList<>();
        if (cueBefore(v, from) != null || requested(v, from)) {
            return out; // "did not declare", "refused to declare", "may declare": nobody expelled
        }
        List<Ent> agents = agentsBefore(v, from, false);
        Ent declared = named != null ? named.ent() : personNamedAfter(b, sentence, state, agents, d.tok(a - 1).key());
        if (declared == null) {
            declared = state; // "declared the French ambassador persona non grata", no name given: France's envoy
        }
        for (Ent agent : agents) {
            if (declared != null && agent != declared) {
                add(out, agent, declared, category, Polarity.CONFLICT, weight, sentence, date);
            }
        }
        return out;
    }

    /**
     * The person named before an apposition that ends with the comma at token c ("X, a Norwegian lawyer who heads the
     * office,"): the apposition holds no other comma nor name of a person, and runs at most 20 tokens; null for none.
     */
    private Mention describedBeforeComma(int c, int from) {
        for (int k = c - 1; k > from && k >= c - 20; k--) {
            Mention m = run.at[k];
            if (d.tok(k).isPunct(',')) {
                Mention person = run.at[k - 1];
                return person != null && person.ent().isPerson() && k < c - 2 ? person : null;
            }
            if (m != null && m.ent().isPerson() || d.word(k) && DECLARING.contains(d.tok(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Do the subjects found for a joint act at token a stand together at the sentence's start ("Fiji and Tonga on
     * Thursday launched joint patrols"), with no relative clause, semicolon or ", and" between them and the act? Not
     * "After talks with France and Germany, Poland held", "Ghana and Togo sent troops to the force, which held", nor
     * "Egypt and Saudi Arabia hosted talks, and Sudan's army held".
     */
    private boolean subjectListOpens(List<Ent> subjects, int a, int sentence) {
        int start = d.sentenceStart(sentence);
        int first = d.is(start, "the") ? start + 1 : start;
        if (first >= a || run.at[first] == null || run.at[first].ent() != subjects.get(0)) {
            return false;
        }
        for (int k = first; k < a; k++) {
            if (d.is(k, "which") || d.is(k, "who") || d.is(k, "whose") || d.tok(k).isPunct(';')
                    || d.tok(k).isPunct(',') && d.is(k + 1, "and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The relations a mutual trigger at a..b tells ("fighting between X and Y", "joint exercises with Z", "X and Y
     * signed"), in the clause from..to.
     */
    private List<Found> mutualRelations(Lexicon.Trigger trig, int a, int b, int from, int to, int sentence,
            Quotes.Found quote, String category, Polarity polarity, double weight, String date) {
        List<Found> out = new ArrayList<>();
        to = secondVerbAt(b, to); // ("established relations with China and cut its ties with Taiwan": not Taiwan)
        int against = -1;
        for (int k = b + 1; k < to && k <= b + 6; k++) {
            if (d.tok(k).is("against")) {
                against = k;
                break;
            }
        }
        if (a >= 3 && (d.is(a - 1, "a") || d.is(a - 1, "the")) && d.is(a - 2, "to") && d.is(a - 3, "according")) {
            return out; // "X, Y and Z condemned Iran's seizure ..., according to a joint statement": no partner in it
        }
        Mention relative = relativeSubject(a);
        Mention partner = relative != null && against < 0 ? headAfter(b, to) : null;
        if (partner != null && partner.ent() != relative.ent()) {
            // "held by Burundian troops and by Wazalendo militiamen who fight alongside the Congolese army": the
            // side the "who" stands for and the one after the verb, not the first side of the sentence
            add(out, relative.ent(), partner.ent(), category, polarity, weight, sentence, date);
            return out;
        }
        if (timedWarRelations(out, a, b, to, category, polarity, weight, sentence, date)) {
            return out;
        }
        List<Ent> sides = participants(a, b, from, against > 0 ? against : to, subjectOfItsOwn(trig, a, from));
        if (sides.size() == 2 && qualifiesBefore(sides.get(0), sides.get(1), from, a)) {
            sides = new ArrayList<>(List.of(sides.get(1))); // "The Kenyan-led MSS fought ...": the mission alone
        }
        if (against > 0) {
            // "joint operations against the White Army": partners together, the target against them all
            if (sides.isEmpty()) {
                sides = new ArrayList<>(agentsBefore(a, from, true));
            }
            Mention enemy = headAfter(against, to);
            if (polarity == Polarity.COOPERATION) {
                eachPair(out, sides, category, weight, sentence, date);
            }
            List<Ent> enemies = new ArrayList<>();
            if (enemy != null) {
                enemies.add(enemy.ent());
                // "... against JNIM, an al-Qaida affiliate, and against fighters of Islamic State"
                for (int k = enemy.last() + 1; k + 1 < to; k++) {
                    if (d.tok(k).is("against") && d.tok(k - 1).is("and")) {
                        Mention more = headAfter(k, to);
                        if (more != null && !enemies.contains(more.ent())) {
                            enemies.add(more.ent());
                        }
                    }
                }
            }
            // (not "jointly announced sanctions against X": a bare "jointly" fights no one, the sanctions' own rule acts)
            boolean bare = a == b && (d.is(a, "jointly") || d.is(a, "joint"));
            for (Ent foe : bare ? List.<Ent>of() : enemies) {
                for (Ent side : sides) {
                    add(out, side, foe, "fight", Polarity.CONFLICT, -8, sentence, date);
                }
            }
            return out;
        }
        // ("clashed with", "clashed repeatedly with")
        boolean adverb = d.word(b + 1) && d.tok(b + 1).key().endsWith("ly");
        boolean withForm = (d.tok(b).is("with") || d.is(b + 1, "with") || adverb && d.is(b + 2, "with"))
                && polarity == Polarity.CONFLICT;
        if (withForm && sides.size() >= 2 && (a == 0 || run.at[a - 1] == null)) {
            // "after heavy fighting with Congolese and Burundian troops": each is the subject's foe
            List<Ent> subject = agentsBefore(a, from, false);
            if (subject.isEmpty() && from > d.sentenceStart(sentence)) {
                // "M23 seized the town in eastern Congo after heavy fighting with ...": the sentence's subject
                Ent first = quotes.firstSubject(d.sentenceStart(sentence), from - 1);
                subject = first == null ? List.of() : List.of(first);
            }
            if (!subject.isEmpty()) {
                for (Ent foe : sides) {
                    if (foe != subject.get(0) && afterTrigger(foe, b, to)) {
                        add(out, subject.get(0), foe, category, polarity, weight, sentence, date);
                    }
                }
            }
            // (with no side named as the subject, "the militia has clashed with peacekeepers and government
            // troops" sets those two against no one: they are the subject's foes, not each other's)
            return out;
        }
        int with = -1;
        for (int k = b + 1; k < to && k <= b + 4 && run.at[k] == null && polarity == Polarity.COOPERATION; k++) {
            if (d.is(k, "with")) {
                with = k;
                break;
            }
        }
        if (with > 0 && sides.size() >= 2) {
            // "held joint naval drills with the United States, Japan and Australia": the subject with each of them,
            // not the three with each other
            List<Ent> subject = clauseSubject(a, from, sentence, quote);
            if (!subject.isEmpty() && !sides.contains(subject.get(0))) {
                // "Fiji and Tonga launched joint patrols with Australia and New Zealand": each of the subjects with
                // each of them, and the subjects with each other; only the first unless the subjects open the
                // sentence ({@link #subjectListOpens})
                int subjects = subjectListOpens(subject, a, sentence) ? subject.size() : 1;
                for (int s = 0; s < subjects; s++) {
                    Ent one = subject.get(s);
                    if (s > 0 && sides.contains(one)) {
                        continue;
                    }
                    for (Ent side : sides) {
                        if (afterTrigger(side, with, to)) {
                            add(out, one, side, category, polarity, weight, sentence, date);
                        }
                    }
                    for (int t = s + 1; t < subjects; t++) {
                        if (!sides.contains(subject.get(t))) {
                            add(out, one, subject.get(t), category, polarity, weight, sentence, date);
                        }
                    }
                }
                return out;
            }
        }
        if (sides.size() == 1 && (polarity == Polarity.CONFLICT || namedAfterWith(sides.get(0), b, to))) {
            // "Ethiopia, which keeps soldiers in Somalia to fight al-Shabaab": the one side named
            // after the phrase; the other is its clause's subject
            List<Ent> subject = clauseSubject(a, from, sentence, quote);
            if (subject.isEmpty() && from > d.sentenceStart(sentence) && !subjectOfItsOwn(trig, a, from)) {
                // "recaptured the town after two days of fighting with al-Shabaab": the sentence's subject (not
                // "X said the armies of the region have fought JNIM": the reported clause's own subject)
                subject = agentsBefore(from - 1, d.sentenceStart(sentence), false);
            }
            if (subject.isEmpty() && quote != null && quote.speaker() != null && firstPersonBefore(a, from)) {
                // '"Our soldiers have bled fighting al-Shabaab," he said': the speaker's side
                subject = List.of(quote.speaker());
            }
            List<Ent> group = subject.isEmpty() ? pairBefore(a, from) : List.of();
            if (!group.isEmpty() && !group.contains(sides.get(0))) {
                // "the armies of the three countries have fought JNIM": each of the sides the text named together
                for (Ent one : group) {
                    add(out, one, sides.get(0), category, polarity, weight, sentence, date);
                }
                return out;
            }
            if (!subject.isEmpty() && !sides.contains(subject.get(0)) && !qualifiesBefore(subject.get(0), sides.get(0), from, a)) {
                sides.add(0, subject.get(0));
            }
        }
        if (sides.isEmpty()) {
            // "the two delegations issued a joint statement", "the two countries fought a war in 1998"
            sides = pairBefore(a, from);
            if (sides.size() == 2 && groupPairBefore(a, from) && !eachOtherAfter(b, to)) {
                sides = List.of(); // "Both groups have fought government forces": not each other unless it says so
            }
        }
        if (sides.size() >= 2 && polarity == Polarity.CONFLICT && objectsOfVerb(trig, a, b, to, sides)) {
            // "al-Shabaab, which has fought Somalia's government and AU forces": the subject against each
            List<Ent> subject = clauseSubject(a, from, sentence, quote);
            if (!subject.isEmpty() && !sides.contains(subject.get(0))) {
                for (Ent foe : sides) {
                    add(out, subject.get(0), foe, category, polarity, weight, sentence, date);
                }
                return out;
            }
        }
        if (polarity == Polarity.CONFLICT && thingFoughtTogether(a, b)) {
            return out; // "signed a pact to fight piracy": the sides together against a thing, not each other
        }
        partners(out, sides, category, polarity, weight, sentence, date, false);
        return out;
    }

    /** Words before "rival" that make it an adjective: "a rival government", "to rival Libyan forces". */
    private static final Words BEFORE_ADJECTIVE = Words.of("a", "an", "the", "to", "of", "from", "with", "for",
            "between", "and", "two");

    /** Is "rival" at a an adjective before what it qualifies ("rival Libyan forces"), no one's rival ("his longtime rival X")? */
    private boolean rivalAdjective(int a, int b) {
        return a == b && d.is(a, "rival") && d.word(b + 1) && !d.is(b + 1, "of") && !d.in(b + 1, PREPOSITIONS)
                && d.word(a - 1) && BEFORE_ADJECTIVE.contains(d.tok(a - 1));
    }

    /** Verbs and nouns of breaking a measure: "violating the arms embargo", "in breach of sanctions". */
    private static final Words BREACHING = Words.of("violating", "violated", "violate", "violates", "violation",
            "violations", "breaching", "breached", "breach", "breaches", "flouting", "flouted", "flout", "defying",
            "defied", "evading", "evaded", "evade", "circumventing", "circumvent", "busting", "bust");

    /** Is a measure at token a named as one broken: "violating the arms embargo", "breaches of the sanctions"? */
    private boolean breachedBefore(int a) {
        for (int k = a - 1; k >= 0 && k >= a - 4; k--) {
            if (d.word(k) && BREACHING.contains(d.tok(k))) {
                return true;
            }
            if (!d.word(k) || run.at[k] != null && !run.modifier(run.at[k])) {
                return false;
            }
        }
        return false;
    }

    /** Does an infinitive's verb at a..b take a thing as its object: "to fight piracy", "to combat smuggling"? */
    private boolean thingFoughtTogether(int a, int b) {
        int o = b + 1;
        if (d.word(o) && !d.capitalised(o) && run.at[o] == null && FOES_IN_COMMON.contains(d.tok(o))) {
            return true; // "Kenya and the MSS fought gangs in Haiti": together, against an unnamed foe
        }
        return d.is(a - 1, "to") && d.word(o) && !d.capitalised(o) && run.at[o] == null && !d.in(o, PREPOSITIONS)
                && !d.is(o, "each") && !d.is(o, "one") && !d.is(o, "the") && !d.in(o, FUNCTION)
                && !d.is(o + 1, "of"); // (not "to fight remnants of Islamic State": the side after "of")
    }

    /** Unnamed foes two sides fight together: "fought gangs", "fight insurgents". */
    private static final Words FOES_IN_COMMON = Words.of("gangs", "militants", "insurgents", "rebels", "jihadists",
            "terrorists", "extremists", "pirates", "bandits", "traffickers", "cartels", "criminals", "separatists",
            "guerrillas", "smugglers", "poachers", "militias", "insurgency", "terrorism", "piracy", "banditry");

    /**
     * The first two sides of a joint act, and, when they act together, each of the partners with each
     * other: "Japan, South Korea and the United States signed a pact".
     */
    private void partners(List<Found> out, List<Ent> sides, String category, Polarity polarity, double weight,
            int sentence, String date, boolean signersNamedBy) {
        if (sides.size() >= 2) {
            // "Sawadogo and Turkey's deputy defence minister signed an agreement": a pact with the other's state
            Ent other = sides.get(1);
            Ent side = other.isPerson() && other.affiliation != null && other.affiliation.isState()
                    && other.affiliation != sideOf(sides.get(0)) ? other.affiliation : other;
            add(out, sides.get(0), side, category, polarity, weight, sentence, date);
            if (side != other && signersNamedBy && sides.get(0).isPerson()) {
                // "The accord was signed by Minister X and Y": also the two who signed it, each for a side
                add(out, sides.get(0), other, category, polarity, weight, sentence, date);
            }
        }
        for (int x = 0; polarity == Polarity.COOPERATION && x < sides.size() && x < MAX_PARTNERS; x++) {
            for (int y = Math.max(x + 1, 2); y < sides.size() && y < MAX_PARTNERS; y++) {
                add(out, sides.get(x), sides.get(y), category, polarity, weight, sentence, date);
            }
        }
    }

    /**
     * "Sawadogo and Turkey's deputy defence minister, Kemal Aydemir,": the side named before "and" when a title
     * phrase (a possessor, lower-case words, a title) leads from it to the comma at k; null for none.
     */
    private Ent partnerBeforeTitle(int k, int from) {
        boolean title = false;
        for (int j = k - 1; j > from && j >= k - 8; j--) {
            Mention m = run.at[j];
            if (m != null && !d.is(j - 1, "and")) {
                if (!m.ent().isState() && !m.ent().isPerson() || m.form() == Mention.Form.PRONOUN) {
                    return null;
                }
                title |= m.ent().isPerson(); // (the title may be the person's own mention)
                j = m.first();
                continue;
            }
            if (d.is(j, "and") && title) {
                Mention before = run.at[j - 1];
                return before != null && before.form() != Mention.Form.PRONOUN && before.naming() ? before.ent() : null;
            }
            if (m != null) {
                j = m.first();
                continue;
            }
            if (!d.word(j) && d.tok(j).kind() != Token.Kind.POSSESSIVE || d.word(j) && d.capitalised(j) && !run.isTitle(j)) {
                return null;
            }
            title |= run.isTitle(j);
        }
        return null;
    }

    /** Each pair of the first {@link #MAX_PARTNERS} sides, as partners in a joint act. */
    private void eachPair(List<Found> out, List<Ent> sides, String category, double weight, int sentence, String date) {
        for (int x = 0; x < sides.size() && x < MAX_PARTNERS; x++) {
            for (int y = x + 1; y < sides.size() && y < MAX_PARTNERS; y++) {
                add(out, sides.get(x), sides.get(y), category, Polarity.COOPERATION, weight, sentence, date);
            }
        }
    }

    /** The most sides of one joint act that are each paired with each other (past them, a list is no party). */
    private static final int MAX_PARTNERS = 4;

    /** The subject of the clause of the trigger at a, or of the relative clause's antecedent ("X, which ..."). */
    private List<Ent> clauseSubject(int a, int from, int sentence, Quotes.Found quote) {
        List<Ent> subject = agentsBefore(a, from, false);
        if (subject.isEmpty() && from > d.sentenceStart(sentence) && d.tok(from - 1).in(RELATIVE)) {
            subject = agentsBefore(from - 1, agentStart(from - 1, quote), false);
        }
        return subject;
    }

    /** "we", "our", "us" in the clause before token a: the speaker's own side acts. */
    private boolean firstPersonBefore(int a, int from) {
        for (int k = a - 1; k >= from; k--) {
            if (d.is(k, "we") || d.is(k, "our") || d.is(k, "us")) {
                return true;
            }
        }
        return false;
    }

    /** What two sides exchange in a fight: "exchanged rocket and artillery fire", "swapped shots". */
    private static final Words HOSTILE_EXCHANGES = Words.of("fire", "gunfire", "shots",
            "shelling", "blows", "strikes", "rockets", "artillery", "salvos", "threats", "insults", "accusations");

    private static final Words REFLEXIVES = Words.of("itself", "themselves", "himself",
            "herself", "ourselves", "oneself");

    /** A side's own forces and hold, which its help to itself names: "reinforced its troops". */
    private static final Words OWN_FORCES = Words.of("troops", "forces", "army", "military",
            "presence", "positions", "defences", "defenses", "garrison", "garrisons", "units", "border", "borders",
            "navy", "patrols");

    /** Texts a side can block or veto: "blocked an EU statement condemning ...". */
    private static final Words BLOCKED_TEXTS = Words.of("statement", "statements", "resolution", "resolutions",
            "declaration", "text", "draft", "motion", "communique", "communiqué");

    /**
     * Does a blocked text of a side end right before token a: a blocking verb, then its owner and the text's noun
     * ("blocked a joint EU statement condemning", "vetoed a Security Council resolution condemning")?
     */
    private boolean blockedTextBefore(int a, int from) {
        if (a < 3 || !d.word(a - 1) || !BLOCKED_TEXTS.contains(d.tok(a - 1))) {
            return false;
        }
        if (run.at[a - 2] == null) {
            // ("vetoed a resolution demanding that X release ...": the text, with no owner named, demands nothing;
            // a blocked condemnation or sanction shields its target instead, which {@link #act} tells)
            return d.is(a, "demanding") && (d.is(a - 2, "a") || d.is(a - 2, "the")) && d.word(a - 3)
                    && BLOCKING.contains(d.tok(a - 3).key());
        }
        int k = run.at[a - 2].first() - 1;
        while (k > from && d.word(k) && (d.in(k, DETERMINERS) || d.is(k, "joint") || d.is(k, "draft"))) {
            k--;
        }
        return k >= from && d.word(k) && BLOCKING.contains(d.tok(k).key());
    }

    /** Acts a third party can block on another's behalf. */
    private static final Words PUNITIVE = Words.of("sanction", "condemn", "suspend");
    private static final Words BLOCKING = Words.of("blocked", "blocks", "block", "blocking",
            "vetoed", "vetoes", "veto", "vetoing", "shielded", "shields", "shielding");

    /** Verbs that end sanctions: "had lifted most of its sanctions on Syria". */
    private static final Words LIFTING = Words.of("lifted", "lifts", "lift", "lifting", "eased",
            "eases", "ease", "easing", "removed", "removes", "scrapped", "relaxed", "relaxes", "waived", "unfroze");

    /** Verbs after "would" that carry on what is: "would continue to work with", "would keep working with". */
    private static final Words CARRYING_ON = Words.of("continue", "keep", "remain");

    /**
     * Is the "would" before the verb at a one of going on, right after the side it is said of ("the United States
     * would continue to work closely with Peru", "it would keep working with"; not "said troops (the group) would keep
     * fighting", whose side the clause does not name)?
     */
    private boolean goesOnWould(int a, int from) {
        for (int w = a - 1; w > from && w >= a - 4; w--) {
            if (d.is(w, "would")) {
                Mention side = run.at[w - 1];
                return d.word(w + 1) && CARRYING_ON.contains(d.tok(w + 1))
                        && (side != null && side.last() == w - 1 && side.naming() || d.is(w - 1, "it") || d.is(w - 1, "they"));
            }
        }
        return false;
    }

    /** Is the "would" before the verb at a the future of reported speech: "said Ottawa would (fully) support"? */
    private boolean reportedWould(int a, int from) {
        int w = a - 1;
        while (w >= from && w >= a - 4 && !d.is(w, "would")) {
            w--;
        }
        if (!d.is(w, "would")) {
            return false;
        }
        int s = w - 1;
        Mention m = s >= 0 ? run.at[s] : null;
        boolean pronoun = d.is(s, "it") || d.is(s, "they") || d.is(s, "he") || d.is(s, "she");
        int pair = pairPhraseEndingAt(s);
        if (!pronoun && pair < 0 && (m == null || m.last() != s)) {
            return false;
        }
        // ("said it would send troops", "announced that Bolivia and the United States would", "the two sides would")
        int v = (m != null ? listHead(m, Math.max(0, from - 1)).first() : pair >= 0 ? pair : s) - 1;
        v -= d.is(v, "that") ? 1 : 0;
        for (int back = 0; back < 2 && v > 0 && d.word(v) && !d.capitalised(v) && run.at[v] == null && !run.speechAt(v); back++) {
            if (d.is(v, "whether") || d.is(v, "if")) {
                return false; // "Asked whether the AU would impose sanctions": a question, no intent
            }
            v--; // "told reporters later that the two sides would", "said the mission would"
        }
        return v >= 0 && run.speechAt(v) && !run.inQuote[v];
    }

    /**
     * "blocked every attempt to tighten sanctions on", "lifted most of its sanctions on": one of the
     * verbs a few words before, in the clause.
     */
    private boolean verbBefore(int a, int from, Words verbs) {
        for (int k = a - 1; k >= from && k >= a - 6; k--) {
            if (run.at[k] != null || d.tok(k).isPunct(',') || d.tok(k).isPunct('.')) {
                return false;
            }
            if (d.word(k) && verbs.contains(d.tok(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** A treaty, pact or agreement within three words before token v ("the 1951 Mutual Defense Treaty extends")? */
    private boolean documentBefore(int v) {
        for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
            if (d.in(k, DOCUMENT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Is the word at k a review done ("completed a review and resumed aid"), not one announced or under way? */
    private boolean reviewDone(int k) {
        int p = d.is(k - 1, "a") || d.is(k - 1, "the") ? k - 2 : k - 1;
        return (d.is(k, "review") || d.is(k, "reviews")) && (d.is(p, "completed") || d.is(p, "concluded")
                || d.is(p, "finished") || d.is(p, "after"));
    }

    /** A negation or modal word within the six words before the trigger. */
    private String cueBefore(int a, int from) {
        // "could review part of its development assistance to": a modal a few words back still governs
        boolean past = d.tok(a).key().endsWith("ed");
        for (int k = a - 1; k >= from && k >= a - 6; k--) {
            Token t = d.tok(k);
            if (run.at[k] != null && k == a - 1 && qualifierBefore(run.at[k])) {
                k = run.at[k].first(); // "could seek new U.N. sanctions": the modal reaches past the one qualifying
                continue;
            }
            if (run.at[k] != null && (d.is(run.at[k].first() - 1, "nor") || d.is(run.at[k].first() - 1, "neither"))) {
                return "not"; // "Neither Brazil nor Mexico has criticised Managua": a subject denied
            }
            int opening = t.isPunct(',') ? run.relativeOpening(k, from, 20) : -1;
            Mention denied = opening >= 2 && d.tok(opening - 1).isPunct(',') ? run.at[opening - 2] : null;
            if (denied != null && (d.is(denied.first() - 1, "nor") || d.is(denied.first() - 1, "neither"))) {
                return "not"; // "Neither Mali nor Niger, which quit ECOWAS this year, condemned": past the clause
            }
            if (t.isPunct(',') && k - 2 >= from && d.word(k - 1) && ASIDES.contains(d.tok(k - 1))
                    && d.tok(k - 2).isPunct(',')) {
                k -= 2; // "The bloc did not, however, lift sanctions on Niger": past the aside
                continue;
            }
            if (run.at[k] != null || t.isPunct(',') || t.isPunct('.')) {
                break;
            }
            if (past && t.is("and")) {
                break; // "said the four would stand trial and accused Tbilisi": "would" does not reach a past tense
            }
            if (t.is("refusal") && !(k == a - 2 && d.is(k + 1, "to"))) {
                break; // a refusal reaches only its own "to" ("refusal to recognise"), not "refusal ... and attacks"
            }
            if (t.isWord() && (t.in(NEGATIONS) || t.in(MODALS)) && !reviewDone(k)) {
                return t.key();
            }
            if (t.is("short") && d.is(k + 1, "of")) {
                return t.key(); // "stopped short of condemning" (not "in a short statement condemned")
            }
        }
        return null;
    }

    /** Verbs of refusing: "refused to renew", "declined to extend". */
    private static final Words REFUSALS = Words.of("refused", "refuses", "refusing", "refuse", "declined", "declines",
            "declining");

    /** Verbs that make or keep a deal: "to renew a fishing deal with", "to sign the accord with". */
    private static final Words DEAL_VERBS = Words.of("renew", "extend", "sign", "ratify", "prolong", "conclude");

    /**
     * Does a refusal, "to" and a verb that makes or keeps a deal stand in the few words before the deal at token a
     * ("refused to renew a fishing deal with", "declined to extend the Black Sea grain deal with")?
     */
    private boolean refusedDealBefore(int a, int from) {
        for (int k = a - 1; k - 2 >= from && k >= a - 8; k--) {
            if (d.word(k) && DEAL_VERBS.contains(d.tok(k)) && d.is(k - 1, "to") && d.word(k - 2)
                    && REFUSALS.contains(d.tok(k - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Acts of conflict that a government announces as decided: "said it would expel", "would impose sanctions". */
    private static final Set<String> ANNOUNCED_MEASURES = Set.of("sanction", "expel", "suspend", "sever", "coerce",
            "oppose");

    /** Modal verbs after a noun: "the sanctions would ...", "the strikes will ...". */
    private static final Words MODAL_VERBS = Words.of("will", "would", "could", "may", "might", "should", "must", "can",
            "cannot");

    /** Spans of time before "before" or "after": "hours before signing", "days after meeting". */
    private static final Words TIME_UNITS = Words.of("hours", "days", "weeks", "months", "minutes", "shortly", "soon",
            "just", "moments", "years");

    /** Verbs of what befalls an act: "would not affect cooperation", "will not harm ties". */
    private static final Words EFFECTS = Words.of("affect", "affects", "affected", "harm", "hurt", "damage", "change",
            "alter", "undermine", "jeopardise", "jeopardize", "disrupt", "threaten", "impede", "hamper");

    /** Is there a verb of what befalls the act between a cue before it and the act at a ({@link #EFFECTS})? */
    private boolean effectBetween(int a, int from) {
        for (int k = a - 1; k >= from && k >= a - 4 && d.word(k) && !d.capitalised(k); k--) {
            if (EFFECTS.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does the mention qualify the noun after it, as in "new U.N. sanctions", "the Russian strikes": a people's
     * adjective, or a name after a determiner or an adjective (not a subject: "said Russia attacks")?
     */
    private boolean qualifierBefore(Mention m) {
        if (m.form() == Mention.Form.DEMONYM) {
            return true;
        }
        Token p = d.tok(m.first() - 1);
        return p != null && p.isWord() && !p.capitalised() && run.at[m.first() - 1] == null
                && (p.in(DETERMINERS) || !p.in(FUNCTION) && !p.in(AUXILIARIES) && !p.in(MODALS) && !p.in(NEGATIONS)
                && !p.key().endsWith("ed") && !p.key().endsWith("s"));
    }

    /**
     * Does what an attempt overturns, from token k, name an elected or lawful order ("an elected government", "the
     * constitutional order", "the government"), not the rulers a coup made ("Niger's new leaders")?
     */
    private boolean lawfulOrderAfter(int k) {
        for (int j = k; j < k + 4 && d.tok(j) != null && d.word(j); j++) {
            if (d.is(j, "new") || d.is(j, "junta") || d.is(j, "military") || d.is(j, "rulers")) {
                return false;
            }
            if (d.is(j, "elected") || d.is(j, "constitutional") || d.is(j, "legitimate") || d.is(j, "democratic")
                    || governmentWord(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a coup, its attempt or its authors follow the response at token b in its sentence, before any
     * actor ("the attempted coup", "an attempt to overturn the constitutional order", "the mutineers")?
     */
    private boolean coupNounAfter(int b) {
        int end = d.sentenceEnd(d.tok(b).sentence());
        for (int k = b + 1; k < end && k <= b + 10; k++) {
            if (run.at[k] != null || d.tok(k).isPunct(';') || !run.inQuote[k] && (d.is(k, "that") || d.is(k, "to")
                    && !d.is(k - 1, "attempt") || d.is(k, "after") || d.is(k, "for") || d.is(k, "over")
                    || d.is(k, "against") || d.is(k, "behind") || d.is(k, "since"))) {
                return false; // (not "rejected claims that it was behind the coup", "the sanctions after the coup")
            }
            if (d.is(k, "coup") || d.is(k, "putsch") || d.is(k, "takeover") || d.is(k, "mutiny") || d.is(k, "mutineers")
                    || d.is(k, "uprising") && (d.is(k - 1, "the") || d.is(k - 1, "military") || d.is(k - 1, "failed")
                    || d.is(k - 1, "attempted") || d.is(k - 1, "army"))
                    || d.is(k, "plotters") || d.is(k, "putschists")
                    || d.is(k, "attempt") && d.is(k + 1, "to") && (d.is(k + 2, "overturn") || d.is(k + 2, "seize")
                    || d.is(k + 2, "topple") || d.is(k + 2, "overthrow"))
                    // "condemned the attempt", "condemned the use of force": the coup the story is about
                    || d.is(k, "attempt") && k == b + 2 && d.is(k - 1, "the") && !d.word(k + 1)
                    || d.is(k, "use") && d.is(k + 1, "of") && d.is(k + 2, "force")
                    // ("an attack on the constitutional order", "an assault on constitutional order")
                    || d.is(k, "order") && d.is(k - 1, "constitutional") && (d.is(k - 3, "on") || d.is(k - 2, "on"))
                    && (d.is(k - 4, "attack") || d.is(k - 3, "attack") || d.is(k - 4, "assault") || d.is(k - 3, "assault"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Troops named as being somewhere rather than sent: "keeps soldiers in", "has 2,500 troops in",
     * "thousands more deployed in" (but not "Rwanda deployed troops in Mozambique").
     */
    private boolean stationed(int a) {
        Token t = d.tok(a);
        Token p = d.tok(a - 1);
        if (p == null) {
            return false;
        }
        if (t.is("troops") || t.is("soldiers") || t.is("contingent") || t.is("peacekeepers")) {
            for (int k = a - 1; k >= Math.max(0, a - 4); k--) {
                Token w = d.tok(k);
                if (w.is("deployed") || w.is("sent") || w.is("deploys") || w.is("sends") || w.is("deploying")
                        || w.is("sending") || w.is("dispatched") || w.is("deploy") || w.is("send")) {
                    return false;
                }
            }
            return true;
        }
        return t.is("deployed") && (p.is("more") || p.is("are") || p.is("were") || p.is("remain") || p.is("been")
                || p.isPunct(',') || p.kind() == Token.Kind.NUMBER);
    }

    /** Categories of answering what another did or said. */
    private static final Words RESPONSES = Words.of("reject", "criticise", "condemn");

    /** What a side has that another violates: "Yemen's sovereignty", "Somalia's territorial integrity". */
    private static final Words WRONGED = Words.of("sovereignty", "territorial", "territory", "integrity", "airspace",
            "waters", "civilians", "citizens", "people", "borders", "border", "independence");

    /** Is the mention the owner of something wronged ("Yemen's sovereignty")? */
    private boolean victimPossessor(Mention m) {
        Token next = d.tok(m.last() + 1);
        Token owned = d.tok(m.last() + 2);
        Token then = d.tok(m.last() + 3);
        if (m.first() >= 2 && d.is(m.first() - 1, "of") && d.word(m.first() - 2)
                && (WRONGED.contains(d.tok(m.first() - 2)) || d.is(m.first() - 2, "rights"))) {
            return true; // "violates the sovereign rights of Greece", "the sovereignty of Yemen"
        }
        if (m.form() == Mention.Form.DEMONYM && next != null && next.isWord() && WRONGED.contains(next)
                && !VICTIMS.contains(next) && !(owned != null && owned.isWord() && !owned.capitalised()
                && !owned.in(FUNCTION) && !owned.in(PREPOSITIONS))) {
            // "a violation of Ivorian sovereignty", "Malian airspace": the adjective's state is wronged (not in
            // "Russian border guards", "Chinese sovereignty claims"; a people is no state: "the Haitian people")
            return true;
        }
        // not "Beijing's sovereignty claims": a claim is the owner's act
        return next != null && next.kind() == Token.Kind.POSSESSIVE && owned != null
                && (WRONGED.contains(owned) || VICTIMS.contains(owned))
                && !(then != null && (then.is("claim") || then.is("claims")));
    }

    private static final Words HELP_VERBS = Words.of("help", "helps", "helped", "helping");

    /**
     * Does the sentence, up to the side helped at token h, say men were sent or deployed ("sent troops", "was deployed",
     * "Burundian troops were deployed") with no negation or denial ("denied sending troops")?
     */
    private boolean menSentBefore(int h, int sentence) {
        boolean men = false;
        for (int k = d.sentenceStart(sentence); k < h; k++) {
            if (!d.word(k)) {
                continue;
            }
            if (d.in(k, NEGATIONS) || DENYING.contains(d.tok(k))) {
                return false;
            }
            men |= PERSONNEL.contains(d.tok(k)) || d.tok(k).key().startsWith("deploy") || d.is(k, "force")
                    || d.is(k, "mission");
        }
        return men;
    }

    /** Words after the one helped and before the verb: "help the Haitian police fight", "helping Mali's army to fight". */
    private static final Words HELPED_BODIES = Words.of("police", "army", "armed", "forces", "troops", "government",
            "military", "soldiers", "to");

    /**
     * For the verb at a of "to help Mozambique fight" or "helping the Haitian police fight": the token of the side
     * helped (whose mention follows "help"), or -1 when no "help" and side stand right before the verb.
     */
    private int helpedToFight(int a, int from) {
        int k = a - 1;
        for (int n = 0; n < 3 && k > from && d.word(k) && HELPED_BODIES.contains(d.tok(k)) && run.at[k] == null; n++) {
            k--;
        }
        k = d.tok(k) != null && d.tok(k).kind() == Token.Kind.POSSESSIVE ? k - 1 : k;
        Mention helped = k > from ? run.at[k] : null;
        if (helped == null || helped.form() == Mention.Form.PRONOUN) {
            return -1;
        }
        int first = helped.first();
        while (first - 1 > from && run.at[first - 1] != null && run.at[first - 1].ent() == helped.ent()) {
            first = run.at[first - 1].first(); // "the Haitian police": the demonym and the body it qualifies
        }
        int h = d.is(first - 1, "the") ? first - 2 : first - 1;
        return h >= from && d.word(h) && HELP_VERBS.contains(d.tok(h)) ? helped.first() : -1;
    }

    /** Verbs of help after "help": "to help equip the Lebanese army" still helps the army. */
    private static final Words AIDING = Words.of("equip", "train", "arm", "fund", "finance", "rebuild", "protect",
            "defend", "support", "strengthen", "reinforce", "modernise", "modernize", "supply", "feed", "stabilise",
            "stabilize");

    /**
     * Is the actor at {@code target} the one a direct trigger ending at {@code b} acts for: right after it,
     * or after a verb of help ("to help equip the Lebanese army")?
     */
    private boolean helpedDirectly(int b, int target) {
        int k = b + 1;
        if (k < target && d.word(k) && AIDING.contains(d.tok(k))) {
            k++;
        }
        if (k < target && d.is(k, "the")) {
            k++;
        }
        return k == target;
    }

    /** Those a side has who suffer an act: "concern about Gaza's civilians" is no criticism of Gaza. */
    private static final Words VICTIMS = Words.of("civilians", "people", "population", "citizens", "refugees",
            "children", "safety", "welfare", "hostages", "nationals");

    /** What one side says or decides that another answers: "rejected the report", "dismissed the findings". */
    private static final Words SAYING_NOUNS = Words.of("report", "findings", "finding", "criticism", "criticisms",
            "resolution", "decision", "ruling", "verdict", "judgment", "judgement", "allegation", "allegations",
            "accusation", "accusations", "claim", "claims", "charge", "charges", "statement", "remarks", "comments",
            "sanctions", "demand", "demands", "ultimatum", "measures", "order", "conclusions", "move", "veto",
            "vetoes");

    /** Nouns for punitive measures, which a text may name by any of them in turn. */
    private static final List<String> MEASURES = List.of("measures", "sanctions", "designations", "penalties");

    /** The same nouns, for a lookup by a token's key. */
    private static final Words MEASURE_NOUNS = Words.of(MEASURES.toArray(String[]::new));

    /** Response nouns that name acts, whose doer is the subject of the clause that named them. */
    private static final Words ACT_NOUNS = Words.of("drills", "exercises", "strikes", "airstrikes", "attacks",
            "deployment", "offensive", "incursion", "attack", "strike", "assault", "raid", "raids", "bombing", "shelling",
            "capture", "seizure", "takeover", "invasion", "annexation", "occupation", "killing", "killings", "massacre",
            "blockade", "abduction", "kidnapping", "arrest", "arrests", "detention", "incursions", "bombardment",
            "expulsion", "expulsions", "coup", "putsch", "mutiny", "ban", "bans", "decree", "closure", "closures",
            "crackdown", "deportation", "deportations", "ambush", "ambushes", "bombings", "storming", "launch",
            "launches", "violation", "violations", "breach", "breaches", "infringement", "infringements",
            "assassination", "assassinations", "murder", "murders", "execution", "executions", "shooting", "shootings");

    /** How many sentences open a story (its headline among them) and tell the act it is about. */
    private static final int LEAD = 3;

    /** Act nouns of violence, whose doer a text may give only by blaming someone for them ({@link #blamedBefore}). */
    private static final Words VIOLENT_ACTS = Words.of("attack", "attacks", "strike", "strikes", "airstrikes",
            "assault", "raid", "raids", "bombing", "bombings", "shelling", "bombardment", "ambush", "ambushes",
            "killing", "killings", "massacre", "abduction", "kidnapping", "storming", "offensive", "incursion",
            "incursions");

    /**
     * Act nouns of taking people, whose doer the story's opening may give by a verb of their kind: "Venezuelan security
     * forces detained two opposition figures ... Argentina and Chile condemned the arrests".
     */
    private static final Words SEIZING_ACTS = Words.of("arrest", "arrests", "detention", "detentions");

    /** Verbs whose forms are not their noun's stem: "struck" for "strikes", "barred" for "the ban". */
    private static final WordMap<String> IRREGULAR_ACTS = new WordMap<>(Map.ofEntries(Map.entry("struck", "strike"),
            Map.entry("fought", "fight"), Map.entry("banned", "ban"), Map.entry("bans", "ban"),
            Map.entry("banning", "ban"), Map.entry("barred", "ban"), Map.entry("barring", "ban"),
            // "Burkina Faso expels the office ... criticised the expulsion": the verb of the noun
            Map.entry("expels", "expulsion"), Map.entry("expelled", "expulsion"), Map.entry("expelling", "expulsion"),
            Map.entry("expel", "expulsion")));

    /**
     * Acts that news names by several words: "the exercises" answers "China staged drills", "the attack"
     * answers "Russia struck Kyiv". Each word with the number of its group.
     */
    private static final WordMap<Integer> ACT_GROUPS = new WordMap<>(actGroups(
            List.of("drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames"),
            List.of("attack", "attacks", "attacked", "strike", "strikes", "struck", "airstrike", "airstrikes",
                    "bombing", "bombed", "bombardment", "bombarded", "shelling", "shelled", "assault", "assaulted",
                    "raid", "raids", "raided", "ambush", "ambushed", "ambushes", "fired", "rammed", "stormed",
                    "storming", "overran", "overrun", "incursion", "incursions"),
            List.of("detention", "detained", "detain", "arrest", "arrested", "arrests", "jailed", "jailing",
                    "imprisonment", "imprisoned"),
            List.of("abduction", "abducted", "abductions", "kidnapping", "kidnapped", "kidnappings"),
            List.of("killing", "killings", "killed", "massacre", "massacred", "murder", "murdered"),
            List.of("expulsion", "expulsions", "expelled", "expels", "expelling"),
            List.of("coup", "putsch", "mutiny", "attempt"),
            List.of("ban", "bans", "banned", "banning", "barred", "barring", "prohibition", "prohibited", "outlawed")));

    @SafeVarargs
    private static Map<String, Integer> actGroups(List<String>... groups) {
        Map<String, Integer> m = new HashMap<>();
        for (int g = 0; g < groups.length; g++) {
            for (String w : groups[g]) {
                m.put(w, g);
            }
        }
        return Map.copyOf(m);
    }

    /** Does the word at k name an act of the same group as {@code key} ("struck" for "the attack")? */
    private boolean kindredAct(int k, String key) {
        Integer group = ACT_GROUPS.get(key);
        return group != null && d.word(k) && group.equals(ACT_GROUPS.get(d.tok(k).key()));
    }

    /** Does the word at k name the act {@code key} as a verb or the same noun ("attacked" for "attack")? */
    private boolean sameAct(int k, String key) {
        Token t = d.tok(k);
        if (!t.isWord()) {
            return false;
        }
        String kk = IRREGULAR_ACTS.getOrDefault(t.key(), t.key());
        if (kk.length() >= key.length() && (kk.endsWith("ers") || kk.endsWith("er")) && !key.endsWith("er")) {
            return false; // "the attackers", "the kidnappers" (for "the kidnapping"): those who did it, no telling of the act
        }
        // "seized" and "seizure", "invaded" and "invasion", "strike" and "airstrikes" (the same stem)
        String stem = key.startsWith("air") && !kk.startsWith("air") ? key.substring(3) : key;
        if (kk.equals(stem)) {
            return true; // "banned" for "the ban"
        }
        int common = 0;
        while (common < kk.length() && common < stem.length() && kk.charAt(common) == stem.charAt(common)) {
            common++;
        }
        return common >= Math.max(4, Math.min(kk.length(), stem.length()) - 3);
    }

    /** Nouns for a vote and what it gave, whose author is the body that voted or the side that held the poll. */
    private static final Words POLL_RESULTS = Words.of("vote", "result", "results", "outcome", "referendum");

    /** All three: "rejected the report", "condemned the drills", "declined to recognise the result". */
    private static final Words RESPONSE_NOUNS = Words.union(Words.union(SAYING_NOUNS, ACT_NOUNS), POLL_RESULTS);

    /** The token of a response noun right after the trigger ("the new findings", "the UN's report"), or -1. */
    private int responseNounAfter(int b, int to) {
        if (b + 2 < d.size() && d.tok(b + 1).kind() == Token.Kind.QUOTE && run.inQuote[b + 2] && !run.inQuote[b]) {
            // 'condemned "a cowardly and barbaric attack"': a quote that ends on the act's noun ('condemned
            // "cowardly and barbaric" attacks on ...', whose quote ends on no such noun, is read below)
            int end = b + 2;
            int stop = d.sentenceEnd(d.tok(b).sentence());
            while (end < stop && end <= b + 9 && d.word(end)) {
                end++;
            }
            boolean quoted = end < stop && d.tok(end).kind() == Token.Kind.QUOTE && end > b + 2;
            if (quoted && RESPONSE_NOUNS.contains(d.tok(end - 1))) {
                return end - 1;
            }
        }
        for (int k = pastWhatItCalled(b + 1, to), n = 0; k < to && n < 4; k++, n++) {
            Token t = d.tok(k);
            if (t.kind() == Token.Kind.QUOTE) {
                int close = quotedModifierEnd(k, to);
                if (close < 0) {
                    return -1;
                }
                k = close; // 'condemned the "cowardly and deliberate" attack': the words quoted only qualify it
                continue;
            }
            if (run.at[k] != null && run.at[k].form() == Mention.Form.PRONOUN && t.in(DETERMINERS)) {
                continue; // "condemned her arrest": the act done to her, whoever did it
            }
            if (!t.isWord() || run.at[k] != null) {
                return -1;
            }
            if (RESPONSE_NOUNS.contains(t) || t.is("use") && d.is(k + 1, "of") && usedThing(k) > 0) {
                return k; // (and "condemned the use of water cannon": the act of using it)
            }
        }
        return -1;
    }

    /**
     * The token after "what it called", "what the ministry described as" starting at k ("condemned what it called a
     * violation of ..."), else k.
     */
    private int pastWhatItCalled(int k, int to) {
        if (!d.is(k, "what")) {
            return k;
        }
        for (int j = k + 1; j < to && j <= k + 4; j++) {
            if (d.word(j) && NAMING_VERBS.contains(d.tok(j))) {
                return d.is(j + 1, "as") ? j + 2 : j + 1;
            }
        }
        return k;
    }

    /** Has the side acted against the subject or its side in an act found so far ("The RSF has fought the army")? */
    private boolean actedAgainst(Ent author, Ent subject, Ent side) {
        for (Found f : found) {
            if (f.polarity() == Polarity.CONFLICT && sideOf(f.source()) == author
                    && (f.target() == subject || f.target() == side)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is the side named in [from, a) only to qualify the other ("The Kenyan-led MSS fought gangs": Kenya leads the
     * mission, and fights no one here)?
     */
    private boolean qualifiesBefore(Ent qualifier, Ent other, int from, int a) {
        for (int k = Math.max(0, from); k < a; k++) {
            Mention m = run.at[k];
            if (m != null && m.ent() == qualifier && run.beforeHyphenedParticiple(m) && run.at[m.last() + 3] != null
                    && run.at[m.last() + 3].ent() == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Do the words around the trigger at a make it no act of its clause: a text blocked ("Hungary blocked a joint EU
     * statement condemning Russia", "vetoed a draft Security Council resolution demanding a ceasefire": its owner
     * condemns or demands nothing), a charge laid ("a killing that Ottawa has linked to agents of India": no tie of the
     * subject's), a condition ("could supply weapons to Ukraine if North Korea sends troops to fight alongside Russia"),
     * an act still to come ("is expected to approve sanctions")?
     * (Split off {@link #act} to keep it small enough for C2.)
     */
    private boolean noActOfItsClause(int a, int from) {
        return blockedTextBefore(a, from)
                || d.is(a, "linked") && (d.is(a - 1, "has") || d.is(a - 1, "have") || d.is(a - 1, "had"))
                || conditionOrForecastBefore(a);
    }

    /**
     * Words before "to" that tell an act only foreseen: "is expected to approve" (not "are due to join", a plan set, nor
     * "was unlikely to affect the EU's aid", whose aid goes on).
     */
    private static final Words TO_COME = Words.of("expected");

    /**
     * Does "if", "unless" or "whether" open the clause the trigger at a stands in ("if North Korea sends troops", "but
     * if NATO attacks Russia"; not "even if" and "as if"), or "is expected to" stand in it a few words before the
     * trigger ("The EU is expected to approve a new package of sanctions": nothing done yet)? Not past a comma, a full
     * stop or a quote mark.
     */
    private boolean conditionOrForecastBefore(int a) {
        for (int k = a - 1; k >= 0 && k >= a - 10; k--) {
            Token t = d.tok(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';') || t.kind() == Token.Kind.QUOTE) {
                return false;
            }
            if (t.isWord() && (t.is("if") || t.is("unless") || t.is("whether")) && !d.is(k - 1, "even") && !d.is(k - 1, "as")) {
                return true;
            }
            if (k >= 2 && t.is("to") && d.word(k - 1) && TO_COME.contains(d.tok(k - 1)) && d.word(k - 2)
                    && d.in(k - 2, AUXILIARIES)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The target a mention names: for "his country" or "her government", the person's state, or none ("criticised
     * Moscow for failing to protect his country": his state, not him); else the mention's actor.
     */
    private Ent stateForHisCountry(Mention m, Ent target) {
        if (target.isPerson() && m.form() == Mention.Form.PRONOUN && d.word(m.last() + 1)
                && COUNTRY_NOUNS.contains(d.tok(m.last() + 1))) {
            return target.affiliation != null && target.affiliation.isState() ? target.affiliation : null;
        }
        return target;
    }

    /**
     * Does a passive's "by" stand between the clause start and token k ("Iran was sanctioned by the United States over
     * its supply of drones": "its" is the subject's, not the agent's, which {@link #pronounOwners} would give)?
     */
    private boolean passiveAgentBefore(int k, int from) {
        for (int j = k - 1; j >= from && j >= k - 12; j--) {
            if (d.is(j, "by") && j >= 1 && d.tok(j - 1).key().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** Crimes one suffers: "the murder of X". */
    private static final Words CRIMES_SUFFERED = Words.of("murder", "killing", "death", "deaths", "assassination",
            "disappearance", "kidnapping", "abduction", "torture", "rape", "poisoning");

    /** Nouns for a person's state after "his" or "her": "his country", "her government". */
    private static final Words COUNTRY_NOUNS = Words.of("country", "nation", "government", "people", "state");

    /** Is there a comma between tokens b and t? */
    private boolean commaBetween(int b, int t) {
        for (int k = b + 1; k < t; k++) {
            if (d.tok(k).isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a clause set off by a comma open between the trigger's end b and token t, with "with" or a lower-case
     * participle right after the comma ("..., drawing", "..., with X abstaining"; not "..., including X", which names
     * the object's members)?
     */
    private boolean commaClauseBetween(int b, int t) {
        for (int k = b + 2; k < t - 1; k++) {
            if (d.tok(k).isPunct(',') && run.at[k - 1] == null && d.word(k + 1) && !d.capitalised(k + 1)
                    && (d.is(k + 1, "with") || d.tok(k + 1).key().endsWith("ing") && !d.in(k + 1, PREPOSITIONS)
                    && !INCLUDING.contains(d.tok(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The second of two sides the last {@link #authorOf} found for an act done together, else null. */
    private Ent coAuthor;

    /**
     * Who made what a response answers: the agent of the latest earlier act against the responding
     * side ("UNAMA criticised Pakistan ... Pakistan rejected the criticism"), else the body the text
     * ties to the same noun before ("a report by the UN panel", "UNAMA's report"); null for none.
     */
    private Ent authorOf(int noun, Ent subject, int sentence) {
        coAuthor = null;
        Ent side = sideOf(subject);
        if (d.is(noun, "use")) {
            return userOf(noun, subject, side);
        }
        if (POLL_RESULTS.contains(d.tok(noun))) {
            return pollHolder(noun, subject, side);
        }
        // (not "the measures", which may be any side's: "expelled diplomats and closed a centre ... the measures")
        Ent sanctioner = MEASURE_NOUNS.contains(d.tok(noun)) && !d.is(noun, "measures")
                ? sanctionerOf(subject, side, sentence) : null;
        if (sanctioner != null) {
            return sanctioner; // "Rwanda called the sanctions unjustified": whoever sanctioned Rwanda or its own
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.sentence() <= sentence && f.sentence() >= sentence - 8 && f.polarity() == Polarity.CONFLICT
                    && (f.target() == subject || f.target() == side) && f.source() != subject && f.source() != side
                    && f.source().affiliation != side) {
                return sideOf(f.source());
            }
        }
        String key = d.tok(noun).key();
        boolean act = ACT_NOUNS.contains(key);
        // a saying is answered soon; an act, a resolution or a ruling may be the one the story opened with
        int stop = act || STANDING_TEXTS.contains(key) ? 0 : d.sentenceStart(Math.max(0, sentence - 8));
        // the same act first; then, for an act, one of its kind ("condemned the attack" after "struck Kyiv")
        for (int pass = 0; pass < (act ? 2 : 1); pass++) {
            // (one of its kind only in the sentence or the two before: a later, other act may lie between)
            int from = pass == 0 ? stop : d.sentenceStart(Math.max(0, sentence - 2));
            Ent author = authorBefore(noun, from, key, act, pass == 1, subject, side);
            if (author != null) {
                return author;
            }
        }
        // "Russia condemned the sanctions" after "the EU imposed sanctions on Iran": who imposed them
        Ent measures = measuresAuthor(noun, d.sentenceStart(Math.max(0, sentence - 8)), key, subject, side);
        measures = measures != null ? measures : leadMeasuresAuthor(noun, key, subject, side);
        if (measures != null || !act || !VIOLENT_ACTS.contains(key) && !SEIZING_ACTS.contains(key)) {
            return measures;
        }
        Ent blamed = VIOLENT_ACTS.contains(key) ? blamedBefore(sentence, subject, side) : null;
        // "the attack" the story opened with: an act of its kind told in its first sentences, whoever did it there
        int lead = d.sentenceCount() > LEAD ? d.sentenceStart(LEAD) : d.size();
        if (blamed != null || d.tok(noun).sentence() < LEAD) {
            return blamed;
        }
        Ent opener = authorBefore(Math.min(noun, lead), 0, key, true, true, subject, side);
        return opener == null || otherDoerSince(lead, noun, key, opener) ? null : opener;
    }

    /** Words that tell a poll. */
    private static final Words POLLS = Words.of("election", "elections", "referendum", "runoff", "run-off", "poll",
            "polls", "vote", "ballot", "plebiscite");

    /** Verbs by which a body decides by vote. */
    private static final Words VOTING = Words.of("voted", "adopted", "passed", "approved", "renewed", "extended");

    /**
     * The author of "the vote", "the result", "the outcome", "the referendum" a side responds to at token noun:
     * the body that voted or adopted a text in the sentence or the eight before ("The Human Rights Council voted
     * ... Eritrea rejected the outcome"), else the state named right before the story's first poll ("Zambia held a
     * presidential election ... the opposition rejected the official results"); null for none, or for the responding
     * side itself.
     */
    private Ent pollHolder(int noun, Ent subject, Ent side) {
        int sentence = d.tok(noun).sentence();
        for (int k = noun - 1; k >= d.sentenceStart(Math.max(0, sentence - 8)); k--) {
            if (d.word(k) && VOTING.contains(d.tok(k)) && !run.inQuote[k]) {
                Ent body = quotes.firstSubject(d.sentenceStart(d.tok(k).sentence()), k);
                if (body != null && body.type == ActorType.IGO && body != subject && body != side) {
                    return body;
                }
            }
        }
        for (int k = 0; k < noun; k++) {
            if (!d.word(k) || !POLLS.contains(d.tok(k)) || run.inQuote[k]) {
                continue;
            }
            int start = d.sentenceStart(d.tok(k).sentence());
            for (int j = k - 1; j >= start && j >= k - 6; j--) {
                Mention m = run.at[j];
                if (m != null && m.ent().isState() && m.naming() && !TextImporter.inDateline(d, m.first())) {
                    return m.ent() == subject || m.ent() == side ? null : m.ent();
                }
            }
            return null; // (the story's first poll, held where the text does not say right before it)
        }
        return null;
    }

    /**
     * Is an act of the kind of {@code key} told anew between tokens from and to (a verb of it, or its noun with no
     * "the" or "this" before, outside quotes and not itself answered) by anyone but {@code doer}, or by no one named
     * ("Gunmen attacked a police station in Sinai")? Then "the attack" after it may be that one, not the one the story
     * opened with.
     */
    private boolean otherDoerSince(int from, int to, String key, Ent doer) {
        for (int k = from; k < to; k++) {
            if (!kindredAct(k, key) || run.inQuote[k] || answered(k)
                    || ACT_NOUNS.contains(d.tok(k)) && (d.in(k - 1, DETERMINERS) || d.in(k - 2, DETERMINERS))) {
                continue;
            }
            boolean passive = d.is(k - 1, "was") || d.is(k - 1, "were") || d.is(k - 1, "been") || d.is(k - 1, "being");
            Mention agent = passive && d.is(k + 1, "by") ? headAfter(k + 1, Math.min(d.size(), k + 8)) : null;
            if (passive && agent == null) {
                continue; // "former lawmaker X was detained at his home": the one it befell, no doer named
            }
            Mention accused = agent != null ? agent : accusedOf(k);
            Ent by = accused != null ? accused.ent() : quotes.firstSubject(d.sentenceStart(d.tok(k).sentence()), k);
            if (by != doer && sideOf(by) != doer) {
                return true;
            }
        }
        return false;
    }

    /** The forms of "accuse" (not the blaming and suspecting of {@link #ACCUSING}). */
    private static final Words ACCUSE_FORMS = Words.of("accused", "accusing", "accuses", "accuse");

    /**
     * For a deed at k after "of" ("accused the government of jailing opponents"), the one accused of it, named between
     * the verb of accusing and "of"; null otherwise.
     */
    private Mention accusedOf(int k) {
        if (!d.is(k - 1, "of")) {
            return null;
        }
        for (int j = k - 2; j >= 1 && j >= k - 6; j--) {
            if (d.word(j) && ACCUSE_FORMS.contains(d.tok(j))) {
                Mention m = headAfter(j, k - 1);
                return m != null && m.form() != Mention.Form.PRONOUN ? m : null;
            }
        }
        return null;
    }

    /**
     * Who sanctioned the responding side, or one of its own (its officers, its firms), in the sentence or the eight
     * before: the author of "the sanctions" it answers, ahead of any other act against it; null for none.
     */
    private Ent sanctionerOf(Ent subject, Ent side, int sentence) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            Ent target = f.target();
            if (f.category().equals("sanction") && f.sentence() <= sentence && f.sentence() >= sentence - 8
                    && (target == subject || target == side || side != null && target.affiliation == side)
                    && f.source() != subject && f.source() != side && f.source().affiliation != side) {
                return sideOf(f.source());
            }
        }
        return null;
    }

    /**
     * The side the text blamed, a few sentences before, for an act it told with no doer ("their convoy was
     * ambushed ... It blamed the Azande Ani Kpi Gbe ... Zambia condemned the ambush"); null for none.
     */
    private Ent blamedBefore(int sentence, Ent subject, Ent side) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.sentence() < sentence - 6) {
                break;
            }
            if (f.sentence() <= sentence && f.category().equals("accuse") && blameIn(f.sentence()) && f.target() != subject
                    && f.target() != side && !f.target().isState() && !f.target().isPerson()
                    && f.target().type == ActorType.ARMED_GROUP) {
                return f.target();
            }
        }
        return null;
    }

    /** Words by which a text lays an act at someone's door, not another deed ("accused X of moving weapons"). */
    private static final Words LAID_AT_DOOR = Words.of("blamed", "blames", "blame", "blaming", "responsible",
            "responsibility", "attributed", "perpetrated", "behind");

    /** Does the sentence lay an act at someone's door ({@link #LAID_AT_DOOR})? */
    private boolean blameIn(int sentence) {
        for (int k = d.sentenceStart(sentence); k < d.sentenceEnd(sentence); k++) {
            if (d.word(k) && LAID_AT_DOOR.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who took the punitive measures named at {@code noun} by any of their names ("imposed sanctions ... the
     * measures"), named before the verb as for an act; null for none or when the noun names no measures.
     */
    private Ent measuresAuthor(int noun, int stop, String key, Ent subject, Ent side) {
        Ent author = null;
        for (int k = 0; author == null && MEASURES.contains(key) && k < MEASURES.size(); k++) {
            author = authorBefore(noun, stop, MEASURES.get(k), true, false, subject, side);
        }
        return author;
    }

    /** The state or body a person speaks for, else the actor itself (null for null). */
    private static Ent sideOf(Ent e) {
        return e != null && e.isPerson() && e.affiliation != null ? e.affiliation : e;
    }

    /**
     * Who did what a side welcomes ("welcomed the measures"): the author of the same noun before it, or,
     * for punitive measures, of any of their names ("imposed sanctions"); null for none.
     */
    private Ent authorOfWelcomed(int noun, Ent subject, int sentence) {
        coAuthor = null;
        Ent side = sideOf(subject);
        int stop = d.sentenceStart(Math.max(0, sentence - 8));
        String key = d.tok(noun).key();
        boolean act = ACT_NOUNS.contains(key);
        Ent author = authorBefore(noun, stop, key, act, false, subject, side);
        if (author == null) {
            // (as for an act: "Britain imposed sanctions" names its doer before the verb)
            author = measuresAuthor(noun, stop, key, subject, side);
        }
        if (author == null && act) {
            // "welcomed the expulsion" after "expelled": an act of its kind, as for a condemnation
            author = authorBefore(noun, d.sentenceStart(Math.max(0, sentence - 2)), key, true, true, subject, side);
        }
        return author != null ? author : leadMeasuresAuthor(noun, key, subject, side);
    }

    /**
     * Who took the measures the story opened with ("European Union foreign ministers on Monday imposed sanctions on
     * eight Iranian companies ... Ukraine welcomed the sanctions"), for a noun of measures further on than the eight
     * sentences {@link #measuresAuthor} looks back; null for none.
     */
    private Ent leadMeasuresAuthor(int noun, String key, Ent subject, Ent side) {
        int lead = d.sentenceCount() > LEAD ? d.sentenceStart(LEAD) : d.size();
        if (noun <= lead || d.tok(noun).sentence() - 8 < LEAD) {
            return null;
        }
        for (int k = lead; k < noun; k++) {
            if (d.tok(k).is(key) && !run.inQuote[k] && !(d.is(k - 1, "the") || d.is(k - 1, "these") || d.is(k - 1, "those"))) {
                return null; // ("battered by years of sanctions ... condemned the sanctions": other sanctions since)
            }
        }
        return measuresAuthor(lead, 0, key, subject, side);
    }

    /**
     * The actor named before the lower-case words that make a compound with the act noun at k ("a Turkish drone
     * strike", "a Myanmar military air strike"), at most three of them; null for none.
     */
    private Mention compoundOwner(int k) {
        if (d.is(k + 1, "by") || d.is(k + 2, "by")) {
            return null; // "a Hamas tunnel network raid by Israeli forces", "workers kidnapped by JNIM": the doer named
        }
        // (before a verb too: "Haiti's Viv Ansanm gang coalition stormed"; only words of the means, so not "Marozau was
        // also sanctioned by Britain", which names the one it befell)
        for (int j = k - 1; j >= 1 && j >= k - 3 && d.word(j) && !d.capitalised(j) && run.at[j] == null
                && MEANS.contains(d.tok(j)); j--) {
            Mention m = run.at[j - 1];
            if (m != null && m.last() == j - 1 && m.form() != Mention.Form.PRONOUN
                    && (m.form() == Mention.Form.DEMONYM || m.naming())) {
                return m;
            }
        }
        return null;
    }

    /**
     * Words of the means or the body that does an act, which may stand between its doer and the act ("a Myanmar
     * military air strike", "Haiti's Viv Ansanm gang coalition stormed"), unlike its target or place ("the Nigeria
     * church attack", "Sudan refugee camps").
     */
    private static final Words MEANS = Words.of("military", "army", "air", "aerial", "drone", "drones", "artillery",
            "missile", "missiles", "rocket", "rockets", "naval", "navy", "police", "security", "forces", "troops",
            "ground", "helicopter", "tank", "gang", "coalition", "militia", "militias", "rebel", "rebels", "jihadist",
            "jihadists", "insurgent", "insurgents", "fighters", "gunmen", "special", "commando", "cross-border",
            "border", "guards", "warplanes", "jets", "paramilitary", "paramilitaries", "armed", "group");

    /** {@link #authorOf}'s search back from the noun, for the same act or (kindred) one of its kind. */
    private Ent authorBefore(int noun, int stop, String key, boolean act, boolean kindred, Ent subject, Ent side) {
        Ent claimedBy = null;
        int answeredAt = -1;
        for (int k = noun - 1; k >= stop; k--) {
            // an act also by its verb: "X attacked Solino ... condemned the Solino attack"
            // ("rejected the decision" after "the court ruled", "criticised the veto" after "Russia vetoed": the
            // verb that gave it)
            Words verbs = kindred ? null : VERBS_OF_NOUNS.get(key);
            boolean verdict = verbs != null && d.word(k) && verbs.contains(d.tok(k).key());
            boolean same = kindred ? kindredAct(k, key) : d.tok(k).is(key) || act && sameAct(k, key) || verdict
                    || COURT_RULINGS.contains(key) && d.word(k) && COURT_RULINGS.contains(d.tok(k)); // ruling, judgment
            if (same && act && answeredAt < 0 && ACT_NOUNS.contains(d.tok(k)) && answered(k)) {
                answeredAt = k; // "Egypt condemned the Khan Younis strike. Jordan also condemned the attack": one act
            }
            if (!same || act && (answered(k) || hypothetical(k, d.sentenceStart(d.tok(k).sentence())))) {
                continue; // ("The UN condemned the attack. Kenya condemned the assault": the act lies further back;
                // "reminded all parties that attacks on peacekeepers may constitute war crimes": acts of any doer)
            }
            if (act && d.word(k + 1) && (WEAPONS.contains(d.tok(k + 1)) || d.is(k + 1, "helicopter")
                    || d.is(k + 1, "aircraft") || d.is(k + 1, "submarine") || d.is(k + 1, "submarines"))) {
                continue; // "two attack helicopters": a kind of craft, no act
            }
            if (act && !d.tok(k).is(key) && !ACT_NOUNS.contains(d.tok(k)) && k > 0 && (d.is(k - 1, "was")
                    || d.is(k - 1, "were") || d.is(k - 1, "been") || d.is(k - 1, "being"))) {
                // "a convoy of peacekeepers was ambushed": the ones it befell are no doers; only one after "by" is
                Mention by = d.is(k + 1, "by") ? headAfter(k + 1, Math.min(d.size(), k + 8)) : null;
                if (by != null && by.ent() != subject && by.ent() != side) {
                    return by.ent();
                }
                continue;
            }
            if (act && !d.tok(k).is(key) && !ACT_NOUNS.contains(d.tok(k))) {
                // "when fighters from the 3R ambushed a patrol": the doer the act's own sentence gave it
                Ent doer = doerIn(d.tok(k).sentence(), subject, side);
                if (doer != null) {
                    return doer;
                }
            }
            Mention claimed = act ? claimant(k) : null;
            if (claimed != null) {
                // "ISWAP later claimed responsibility for the attack": the one who claims it, unless the text
                // named who carried it out before ("Fighters from the ADF attacked ... Islamic State claimed")
                if (claimedBy == null && claimed.ent() != subject && claimed.ent() != side) {
                    claimedBy = claimed.ent();
                }
                continue;
            }
            Mention owner = null;
            Mention compound;
            if (k >= 2 && d.tok(k - 1).kind() == Token.Kind.POSSESSIVE) {
                owner = run.at[k - 2]; // "UNAMA's report"
            } else if (k >= 1 && run.at[k - 1] != null) {
                owner = run.at[k - 1]; // "a UN report"
            } else if (act && (compound = compoundOwner(k)) != null) {
                owner = compound; // "a Turkish drone strike", "a Myanmar military air strike": whose arms struck
            } else if (d.tok(k + 1) != null && (d.tok(k + 1).is("by") || d.tok(k + 1).is("from"))) {
                owner = headAfter(k + 1, Math.min(d.size(), k + 8)); // "a report by the UN Panel of Experts"
            } else if (act && k >= 2 && d.word(k - 1) && !d.capitalised(k - 1) && run.at[k - 2] != null
                    && !d.tok(k).is(key)) {
                owner = run.at[k - 2]; // "after U.S. and British jets strike Yemen": the verb's own subject
            }
            if (owner != null && owner.ent() != subject && owner.ent() != side) {
                // "Russia and China vetoed it ... condemned the vetoes": both
                Mention first = d.is(owner.first() - 1, "and") && owner.first() >= 2 ? run.at[owner.first() - 2] : null;
                if (first != null && first.ent() != owner.ent() && first.ent() != subject && first.ent() != side
                        && first.ent().type == owner.ent().type) {
                    coAuthor = owner.ent();
                    return first.ent();
                }
                return owner.ent();
            }
            // "China staged drills around Taiwan": the subject of the clause that named it
            Ent doer = owner == null && !run.inQuote[k] && (act || verdict || issuedAt(k)) && !afterAct(k)
                    && !refusedBefore(k) ? quotes.firstSubject(d.sentenceStart(d.tok(k).sentence()), k) : null;
            if (doer != null && doer != subject && doer != side && !doer.isPerson()) {
                // ("China and Russia on Tuesday vetoed a draft": both)
                int from = d.sentenceStart(d.tok(k).sentence());
                for (int j = from; j < k; j++) {
                    Mention m = run.at[j];
                    if (m != null && m.ent() == doer) {
                        Mention next = d.is(m.last() + 1, "and") ? run.at[m.last() + 2] : null;
                        if (next != null && next.ent() != doer && next.ent() != subject && next.ent() != side
                                && next.ent().type == doer.type) {
                            coAuthor = next.ent();
                        }
                        break;
                    }
                }
                return doer;
            }
        }
        if (claimedBy == null && answeredAt >= 0 && noun - answeredAt < CHAIN_REACH) {
            // the act an earlier response answered is this one: its doer is found from where that response named it
            return authorBefore(answeredAt, 0, d.tok(answeredAt).key(), true, false, subject, side);
        }
        return claimedBy;
    }

    /** Verbs by which a side declines an act or a text: "refused to back a proposal to extend the measures". */
    private static final Words REFUSING = Words.of("refused", "refuses", "declined", "declines", "rejected", "rejects",
            "opposed", "opposes", "blocked", "blocks", "vetoed", "vetoes", "resisted", "not");

    /**
     * Is the noun at k, in the dozen words before it in its sentence, an act its sentence's subject refuses or does
     * not make ("Hungary refused to back a proposal to extend the measures")? Then that subject is not its maker.
     */
    private boolean refusedBefore(int k) {
        for (int j = k - 1; j >= d.sentenceStart(d.tok(k).sentence()) && j >= k - 12; j--) {
            if (!d.word(j) && !d.number(j) || d.in(j, RELATIVE)) {
                return false; // (not "Russia, which has rejected all calls for a ceasefire, launched an attack")
            }
            if (REFUSING.contains(d.tok(j)) && (!d.is(j, "not") || k - j <= 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far back (in tokens) an earlier response to the same act may stand, for {@link #authorBefore} to take
     * that act's doer: a few paragraphs, no more than the search for an act of its kind would reach anyway.
     */
    private static final int CHAIN_REACH = 400;

    /** Texts a story may open with and answer at its end: "adopted a resolution ... Ankara rejected the resolution". */
    private static final Words STANDING_TEXTS = Words.of("resolution", "ruling", "verdict", "judgment", "judgement");

    /** A court's ruling by any of its names, which a text may use in turn ("a ruling by", "dismissed the judgment"). */
    private static final Words COURT_RULINGS = Words.of("ruling", "verdict", "judgment", "judgement");

    /** Verbs by which a body issues a text: "adopted a resolution", "issued a statement". */
    static final Words ISSUING = Words.of("adopted", "adopts", "adopting", "passed", "passes", "passing",
            "approved", "approves", "approving", "issued", "issues", "issuing", "published", "publishes",
            "released", "releases");

    /** Is the noun at k the object of an {@link #ISSUING} verb ("adopted a new resolution")? */
    private boolean issuedAt(int k) {
        // ("adopting a British-drafted resolution": past a compound of a name, a hyphen and a participle)
        for (int p = k - 1; p >= 0 && k - p <= 5 && (d.word(p) || d.tok(p).isPunct('-')); p--) {
            if (d.word(p) && !d.capitalised(p) && ISSUING.contains(d.tok(p))) {
                return true;
            }
        }
        return false;
    }

    /** Words that set an act apart as what came before the clause's own: "stepped up patrols after an attack". */
    private static final Words SEQUEL_WORDS = Words.of("after", "following", "despite", "since", "amid");

    /** Is the act noun at k the object of {@link #SEQUEL_WORDS} ("after a grenade attack")? */
    private boolean afterAct(int k) {
        for (int p = k - 1; p >= 0 && k - p <= 4 && d.word(p) && !d.capitalised(p); p--) {
            if (SEQUEL_WORDS.contains(d.tok(p))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of owning up to an act besides {@link #CLAIMING}: "accepted (took) responsibility for". */
    private static final Words OWNING_UP = Words.of("accepted", "admitted", "took", "takes");

    /**
     * The side that claimed the act named at k ("ISWAP later claimed responsibility for the attack", "the
     * group, which claimed responsibility for Monday's bombing"), or null.
     */
    private Mention claimant(int k) {
        int p = k - 1;
        while (p > 0 && k - p <= 3 && (d.word(p) && (d.tok(p).in(DETERMINERS) || !d.capitalised(p) && !d.is(p, "for"))
                || d.tok(p).kind() == Token.Kind.POSSESSIVE || d.capitalised(p) && run.at[p] == null)) {
            p--; // "the", "Monday's", "deadly"
        }
        if (!d.is(p, "for") || !d.is(p - 1, "responsibility")) {
            return null;
        }
        int v = p - 2;
        v -= d.is(v, "full") ? 1 : 0;
        if (!d.word(v) || !(CLAIMING.contains(d.tok(v)) || OWNING_UP.contains(d.tok(v)))) {
            return null;
        }
        int s = v - 1;
        s -= d.is(s, "has") || d.is(s, "have") || d.is(s, "had") ? 1 : 0;
        s -= d.word(s) && d.tok(s).key().endsWith("ly") || d.is(s, "later") || d.is(s, "also") ? 1 : 0;
        s -= d.tok(s) != null && d.tok(s).isPunct(',') ? 1 : 0;
        if (d.tok(s) != null && d.tok(s).isPunct(')') && s >= 3 && d.tok(s - 2).isPunct('(')) {
            s -= 3; // "the Islamic State West Africa Province (ISWAP) claimed"
        }
        Mention m = s >= 0 ? run.at[s] : null;
        if (m == null && s >= 1 && (d.is(s, "which") || d.is(s, "who")) && d.tok(s - 1).isPunct(',')) {
            m = s >= 2 ? run.at[s - 2] : null; // "ISWAP, which claimed responsibility for"
        }
        return m != null && !m.ent().isPerson() ? m : null;
    }

    /** Nouns for what a side decided or did, and the verbs that tell it: "ruled" gave "the ruling". */
    private static final WordMap<Words> VERBS_OF_NOUNS = verbsOfNouns();

    private static WordMap<Words> verbsOfNouns() {
        Words ruled = Words.of("ruled", "rules", "decided", "decides");
        return new WordMap<>(Map.of("decision", ruled, "ruling", ruled, "verdict", ruled, "judgment", ruled,
                "judgement", ruled, "veto", BLOCKING_VERBS, "vetoes", BLOCKING_VERBS));
    }

    /** Categories of acts of force, which a verb of an act may have told ("attacked", "detained"). */
    private static final Words FORCE = Words.of("fight", "detain", "coup");

    /** "the use of water cannon", "the use of force": the head of what is used (its last word), or -1. */
    private int usedThing(int use) {
        int k = use + 2;
        while (k + 1 < d.size() && k < use + 5 && d.word(k + 1) && !d.capitalised(k + 1) && run.at[k + 1] == null
                && !d.in(k + 1, FUNCTION)) {
            k++;
        }
        return k < d.size() && d.word(k) && !d.capitalised(k) && run.at[k] == null && !d.in(k, FUNCTION) ? k : -1;
    }

    /**
     * "condemned the use of water cannon" after "Chinese ships fired water cannon at ...": the side whose act of
     * force a sentence before names the same thing; null for none or several.
     */
    private Ent userOf(int use, Ent subject, Ent side) {
        int thing = usedThing(use);
        int sentence = d.tok(use).sentence();
        for (int k = d.sentenceStart(sentence) - 1; thing > 0 && k >= 0 && d.tok(k).sentence() >= sentence - 4; k--) {
            if (d.tok(k).is(d.tok(thing).key())) {
                Ent doer = doerIn(d.tok(k).sentence(), subject, side);
                if (doer != null) {
                    return doer;
                }
            }
        }
        return null;
    }

    /**
     * The side that did the acts of force found in a sentence, when they are all one side's (not a person who
     * reports them) and it is neither the responding one nor its side (not "suspended deliveries after gunmen
     * blocked a convoy": the one that suspended did no blockade).
     */
    private Ent doerIn(int sentence, Ent subject, Ent side) {
        Ent doer = null;
        for (Found f : found) {
            if (f.sentence() == sentence && FORCE.contains(f.category())) {
                if (doer != null && f.source() != doer) {
                    return null; // "Pakistan accused India ..., and Indian forces shelled ...": which act is unclear
                }
                doer = f.source();
            }
        }
        return doer == null || doer == subject || doer == side || doer.isPerson() ? null : doer;
    }

    /**
     * Is the act noun at k itself the object of a response ("condemned the attack", "to protest against the
     * detention"), naming an act told before?
     */
    private boolean answered(int k) {
        int by = d.is(k + 1, "by") ? k + 1 : d.is(k + 2, "by") ? k + 2 : -1;
        if (by > 0 && namedAt(d.is(by + 1, "the") ? by + 2 : by + 1) != null) {
            return false; // "condemned the attack by Russia on a hospital": the act and its doer, named
        }
        int quoted = 0;
        if (k >= 2 && d.tok(k - 1).kind() == Token.Kind.QUOTE) {
            // 'condemned the "cowardly and deliberate" attack': past the quoted words that qualify it
            for (int j = k - 2; j >= 0 && j >= k - 8 && quoted == 0; j--) {
                if (d.tok(j).kind() == Token.Kind.QUOTE) {
                    quoted = k - j;
                } else if (!d.word(j) && !d.tok(j).isPunct(',')) {
                    return false;
                }
            }
        }
        int marks = 0;
        int names = 0;
        int determiners = 0;
        for (int j = k - 1 - quoted; j >= 0 && j >= k - 3 - quoted - marks - names - determiners; j--) {
            if (d.tok(j).kind() == Token.Kind.QUOTE && marks == 0) {
                marks++; // 'saying it "strongly condemns" the coup': the response's verb in quotes
                continue;
            }
            if (names < 3 && placeBeforeAct(j)) {
                names++; // "condemned the Khan Younis strike", "condemned Saturday's attack": past where or when
                continue;
            }
            if (!d.word(j)) {
                break;
            }
            if (ANSWERING.contains(d.tok(j))) {
                return true;
            }
            Trie.Match<Lexicon.Trigger> m = run.lex.triggers.startsAt(d, j)
                    ? run.lex.triggers.longest(d, j, false) : null;
            if (m != null && m.last() < k && RESPONSES.contains(m.value().category())) {
                return true;
            }
            if (!d.tok(j).in(DETERMINERS) && (d.capitalised(j) || run.at[j] != null)) {
                return false;
            }
            determiners += d.tok(j).in(DETERMINERS) && determiners == 0 ? 1 : 0; // ("repelled a fresh army assault")
        }
        return false;
    }

    /**
     * Is token j a capitalised word that no actor holds, or the possessive after one, inside the words before an
     * act's noun: the place or day of the act ("the Baidoa attack", "Saturday's attack"), not its doer?
     */
    private boolean placeBeforeAct(int j) {
        int w = d.tok(j).kind() == Token.Kind.POSSESSIVE ? j - 1 : j;
        return w >= 0 && d.word(w) && d.capitalised(w) && run.at[w] == null && !d.in(w, DETERMINERS)
                && (w == j || d.word(j - 1));
    }

    /** "by Russian border guards", "by the RSF": the one named is the doer of the act before it. */
    private boolean byBefore(Mention m) {
        int k = m.first() - 1;
        while (k > 0 && run.at[k] != null && run.at[k].ent() == m.ent()) {
            k = run.at[k].first() - 1; // "by Burkinabe forces": the demonym and its noun, two mentions of one side
        }
        while (k > 0 && d.word(k) && d.tok(k).in(DETERMINERS)) {
            k--;
        }
        // (not "in a statement issued by his office": who issued the text, not who did the act; nor "stood by the
        // government": a side one stands with)
        return d.is(k, "by") && !(d.word(k - 1) && (ISSUING.contains(d.tok(k - 1)) || STANDING_BY.contains(d.tok(k - 1))));
    }

    /**
     * For a quote mark at k opening a few quoted words before a noun ('the "cowardly and deliberate" attack'),
     * the closing mark; -1 when no such short quoted stretch starts there.
     */
    private int quotedModifierEnd(int k, int to) {
        for (int j = k + 1; j < to && j <= k + 7; j++) {
            if (d.tok(j).kind() == Token.Kind.QUOTE) {
                return j > k + 1 && d.word(j + 1) ? j : -1;
            }
            if (!d.word(j) && !d.tok(j).isPunct(',')) {
                return -1;
            }
        }
        return -1;
    }

    /** Words before an act's noun that answer it: "protest against the detention", "outrage over the killing". */
    private static final Words ANSWERING = Words.of("against", "over", "protest", "protested", "protests",
            "denounced", "deplored", "decried", "condemnation", "outrage",
            // "said it had repelled a fresh army assault": the side that fought the act off did not do it
            "repelled", "repulsed", "foiled", "thwarted",
            // "described the attack as cowardly": a judgment of the act, not the judge's own act
            "described", "describes", "describing", "termed", "branded");

    /** The person named right after "free" or "release" as a verb in the clause after b ("to free X"), or null. */
    private Mention freedAfter(int b, int to) {
        for (int k = b + 1; k + 1 < to && k <= b + 8; k++) {
            if (d.is(k, "free") || d.is(k, "release") || d.is(k, "freeing") || d.is(k, "releasing")) {
                int j = k + 1;
                while (j < to && (run.isTitle(j) || d.word(j) && d.in(j, DETERMINERS))) {
                    j++;
                }
                Mention m = j < to ? run.at[j] : null;
                return m != null && m.ent().isPerson() && m.form() != Mention.Form.PRONOUN ? m : null;
            }
        }
        return null;
    }

    /** "the release of (ousted Prime Minister) X", "X's release": a person whose freedom is asked for. */
    private boolean releaseOf(Mention m) {
        int k = m.first() - 1;
        while (k >= 1 && d.word(k) && !d.is(k, "of") && (d.capitalised(k) || run.isTitle(k) || d.tok(k).in(DETERMINERS)
                || d.is(k, "ousted") || d.is(k, "detained") || d.is(k, "jailed") || d.is(k, "former"))) {
            k--;
        }
        // (past the mark that closes a quoted demand: 'demanded the "immediate and unconditional release" of X')
        int q = d.is(k, "of") && d.tok(k - 1) != null && d.tok(k - 1).kind() == Token.Kind.QUOTE ? k - 1 : k;
        boolean before = d.is(k, "of") && (d.is(q - 1, "release") || d.is(q - 2, "release")
                && RELEASE_MANNER.contains(d.tok(q - 1)));
        // "called for X's release", "demanding Touray's immediate release"
        int r = m.last() + 2 + (d.word(m.last() + 2) && RELEASE_MANNER.contains(d.tok(m.last() + 2)) ? 1 : 0);
        boolean after = d.tok(m.last() + 1) != null && d.tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE
                && d.is(r, "release");
        return before || after;
    }

    /** How a release is demanded: "immediate release", "unconditional release". */
    private static final Words RELEASE_MANNER = Words.of("immediate", "unconditional", "swift", "safe", "prompt",
            "speedy", "urgent");

    /** Does an "if" or "should" clause follow in the clause ("if asked", "if the council requests it")? */
    private boolean conditionAfter(int b, int to) {
        for (int k = b + 1; k < to && k < d.size() && k <= b + 6; k++) {
            if (d.is(k, "and") || d.tok(k).isPunct(',')) {
                return false; // "ready to support Azerbaijan, and if Armenia attacks": another clause's condition
            }
            if ((d.is(k, "if") && !d.is(k - 1, "even")) || d.is(k, "unless") || d.is(k, "provided")) {
                return true;
            }
        }
        return false;
    }

    /** "has not (yet, formally) recognised": "not" or "never" right after a form of "have". */
    private boolean perfectNegation(int a, int from) {
        for (int k = a - 1; k > from && k >= a - 4; k--) {
            Token t = d.tok(k);
            if (t.is("not") || t.is("never") || t.is("n't")) {
                Token h = d.tok(k - 1);
                return h.is("has") || h.is("have") || h.is("had") || h.is("hasn") || h.is("haven");
            }
        }
        return false;
    }

    /** A war a side wages on another: "Russia's war in Ukraine", "its full-scale invasion of Ukraine". */
    private static final Words WARS = Words.of("war", "invasion", "occupation", "aggression");

    /** Weapons a side sends another: "Iran's transfers of ballistic missiles to Moscow". */
    private static final Words TRANSFERS = Words.of("transfers", "transfer", "deliveries", "delivery", "shipments",
            "shipment", "sales", "sale", "supplies", "exports");

    /** The nouns {@link #ownedActs} reads, to find them without testing every token. */
    private static final Words OWNED_ACT_NOUNS = Words.union(WARS, TRANSFERS);

    /**
     * Is the verb of accusing at i in a clause about a thing named before it ("companies in China that the bloc accuses
     * of supplying Moscow", "a firm which Washington blames for"), so that the one accused is no actor?
     */
    private boolean unnamedAccused(int i) {
        if (i < 1 || !d.word(i) || !ACCUSING.contains(d.tok(i)) || run.at[i - 1] == null
                || !(d.is(i + 1, "of") || d.is(i + 1, "for"))) {
            return false; // (not "an attack that Ankara blamed on the PKK": the one blamed is named)
        }
        int k = run.at[i - 1].first() - 1;
        k -= d.is(k, "the") ? 1 : 0;
        if (k <= 1 || !(d.is(k, "that") || d.is(k, "which") || d.is(k, "whom"))) {
            return false;
        }
        int q = k - 1;
        if (run.at[q] != null) {
            // "companies in China, the UAE and Turkey that the bloc accuses": the companies
            int p = run.at[q].first() - 1;
            while (p > 0 && (d.tok(p).isPunct(',') || d.is(p, "and") || d.is(p, "the") || run.at[p] != null)) {
                p = run.at[p] != null ? run.at[p].first() - 1 : p - 1;
            }
            q = d.is(p, "in") || d.is(p, "from") ? p - 1 : q;
        }
        return q > 0 && d.word(q) && !d.capitalised(q) && run.at[q] == null && !d.in(q, FUNCTION);
    }

    private static final Words ACCUSING = Words.of("accuses", "accused", "blames", "blamed", "suspects", "suspected");

    /** Where "its" or "their" stands before the noun at i, past a few lower-case words ("its full-scale invasion"); -1. */
    private int ownerPronounAt(int i) {
        int p = i - 1;
        for (int mods = 0; p > 0 && mods < 3 && (d.word(p) && !d.capitalised(p) && run.at[p] == null
                && !d.is(p, "its") && !d.is(p, "their") && !d.in(p, FUNCTION) || d.tok(p).isPunct('-')); mods++) {
            p--;
        }
        return d.is(p, "its") || d.is(p, "their") ? p : -1;
    }

    /**
     * For a backward scan at the comma k that closes a relative clause ("Egypt, which shares a border with Libya,"),
     * where the scan goes on before the clause; k itself for any other comma.
     */
    private int pastRelativeClause(int k, int from) {
        int r = run.relativeOpening(k, from, 20);
        return r >= 0 ? r - 1 : pastParticiplePhrase(k, from);
    }

    /**
     * For the comma at k that closes a phrase opened by a participle after a side ("SAMIDRC, made up mainly of troops
     * from South Africa and Tanzania, was deployed"): the token before the phrase's opening comma; else k.
     */
    private int pastParticiplePhrase(int k, int from) {
        if (participleOpenings == null) {
            participleOpenings = d.withKeys(IRREGULAR_OPENINGS); // (most texts have none of these words after a comma)
        }
        int at = java.util.Arrays.binarySearch(participleOpenings, k);
        int before = at >= 0 ? at - 1 : -at - 2; // the last such word before k
        if (before < 0 || participleOpenings[before] < k - 16) {
            return k;
        }
        for (int j = k - 1; j > from + 1 && j >= k - 16; j--) {
            if (d.tok(j).isPunct(',') && run.at[j - 1] != null && run.at[j + 1] != null) {
                continue; // ("troops from Nigeria, Chad and Niger,": a list inside the phrase)
            }
            if (d.tok(j).isPunct(',')) {
                Token opening = d.tok(j + 1);
                boolean participle = opening != null && opening.isWord() && !opening.capitalised()
                        && IRREGULAR_OPENINGS.contains(opening)
                        && (run.at[j - 1] != null || d.tok(j - 1).isPunct(')')); // ("Mission (SAMIDRC), made up")
                return participle ? j - 1 : k;
            }
            if (d.tok(j).isPunct('.') || d.tok(j).isPunct(';') || d.tok(j).kind() == Token.Kind.QUOTE) {
                return k;
            }
        }
        return k;
    }

    /**
     * The sides "its" or "their" at p stands for: the actor named last before it in the sentence, past a relative
     * clause ("Hezbollah, which Lebanon has failed to disarm, said its war on Israel"), with the list it ends for
     * "their" ("Russia and Belarus defended their invasion"); none when that is a person or p is no such pronoun.
     */
    private List<Ent> pronounOwners(int p) {
        if (p < 1 || !(d.is(p, "its") || d.is(p, "their"))) {
            return List.of();
        }
        int start = d.sentenceStart(d.tok(p).sentence());
        for (int k = p - 1; k >= start; k--) {
            if (d.tok(k).isPunct(',')) {
                k = pastRelativeClause(k, start);
                continue;
            }
            Mention m = run.at[k];
            if (m == null) {
                continue;
            }
            if (!m.naming() || m.ent().isPerson()) {
                return List.of();
            }
            return d.is(p, "its") ? List.of(m.ent()) : withListBefore(m, start);
        }
        return List.of();
    }

    /**
     * Acts named by a noun whose owner is a state's possessive or "its": a war it wages ("Russia's war in Ukraine",
     * "over its full-scale invasion of Ukraine") and weapons it sends ("Iran's transfers of ballistic missiles to
     * Moscow"). "its" is the state named last before it in the sentence.
     */
    private List<Found> ownedActs() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(OWNED_ACT_NOUNS)) { // (most articles have none of these nouns)
            boolean war = i >= 2 && i + 2 < d.size() && WARS.contains(d.tok(i));
            boolean transfer = !war && i >= 2 && i + 2 < d.size() && TRANSFERS.contains(d.tok(i)) && d.is(i + 1, "of");
            if (!war && !transfer) {
                continue;
            }
            int p = i - 1;
            for (int mods = 0; p > 1 && mods < 3 && (d.word(p) && !d.capitalised(p) && run.at[p] == null
                    && !d.is(p, "its") && !d.is(p, "their") && !d.in(p, FUNCTION) || d.tok(p).isPunct('-')); mods++) {
                p--; // "its full-scale invasion", "Russia's brutal war"
            }
            List<Ent> owners = d.tok(p).kind() == Token.Kind.POSSESSIVE && run.at[p - 1] != null
                    && run.at[p - 1].ent().isState() ? List.of(run.at[p - 1].ent()) : pronounOwners(p);
            int sentence = d.tok(i).sentence();
            if (owners.isEmpty() || run.inQuote[i] || transfer && cutBefore(i, d.sentenceStart(sentence)) >= 0) {
                continue; // (not "Spain halted its sales of weapons to Israel": sales cut, no arms sent)
            }
            for (Ent owner : owners) {
                ownedAct(out, owner, i, war, transfer, sentence);
            }
        }
        return out;
    }

    /** {@link #ownedActs} for one owner of the noun at i. */
    private void ownedAct(List<Found> out, Ent owner, int i, boolean war, boolean transfer, int sentence) {
        if (war && (d.is(i + 1, "in") || d.is(i + 1, "on") || d.is(i + 1, "against") || d.is(i + 1, "of"))) {
            int x = i + 2 + (d.is(i + 2, "the") ? 1 : 0);
            Mention target = x < d.size() ? run.at[x] : null;
            if (target != null && target.first() == x && target.ent() != owner && !target.ent().isPerson()
                    && !run.possessiveAfter(target)) {
                add(out, owner, target.ent(), "fight", Polarity.CONFLICT, -10, sentence, dates.dateOf(sentence));
            }
        } else if (transfer) {
            boolean arms = false;
            for (int k = i + 2; k + 1 < d.size() && k <= i + 10 && d.tok(k).sentence() == sentence; k++) {
                arms |= d.word(k) && WEAPONS.contains(d.tok(k));
                if (d.is(k, "to") && arms && run.at[k + 1] != null && run.at[k + 1].ent() != owner
                        && !run.at[k + 1].ent().isPerson() && run.at[k + 1].form() != Mention.Form.DEMONYM) {
                    add(out, owner, run.at[k + 1].ent(), "arm", Polarity.COOPERATION, 5, sentence,
                            dates.dateOf(sentence));
                    break;
                }
                if (run.at[k] != null || !d.word(k) && !d.tok(k).isPunct('-') && !d.number(k)) {
                    break;
                }
            }
        }
    }

    /** Verbs for ties that have ended or worsened. */
    private static final Words COLLAPSING = Words.of("collapsed", "soured", "deteriorated", "worsened", "frayed",
            "ruptured", "crumbled");

    /** Do the words after the ties phrase ending at b say they collapsed ("with the Holy See have also collapsed")? */
    private boolean tiesCollapsed(int b) {
        for (int k = b + 1; k < d.size() && k <= b + 9; k++) {
            if (d.word(k) && COLLAPSING.contains(d.tok(k))) {
                return true;
            }
            boolean between = run.at[k] != null || d.is(k, "the") || d.is(k, "with") || d.is(k, "and")
                    || d.word(k) && (d.in(k, AUXILIARIES) || d.is(k, "also") || d.tok(k).key().endsWith("ly"));
            if (!between) {
                return false; // (not "deepened its ties with Moscow as its relations with the West have worsened")
            }
        }
        return false;
    }

    private static final Words SWITCHING = Words.of("switched", "switches", "switch", "switching");

    /**
     * "Kiribati switched diplomatic recognition from Taiwan to China": ties cut with the one after "from", the
     * one after "to" recognised.
     */
    private List<Found> switchedRecognition() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(SWITCHING)) {
            if (i < 1 || i + 3 >= d.size() || run.inQuote[i]) {
                continue;
            }
            int k = i + 1 + (d.is(i + 1, "diplomatic") ? 1 : 0);
            if (!(d.is(k, "recognition") || d.is(k, "ties") || d.is(k, "relations") || d.is(k, "allegiance"))) {
                continue;
            }
            int sentence = d.tok(i).sentence();
            List<Ent> subject = agentsBefore(i, clauseStart(i, quotes.quoteAt(i)), false);
            Mention from = d.is(k + 1, "from") ? headAfter(k + 1, Math.min(d.size(), k + 6)) : null;
            int toAt = from != null && d.is(from.last() + 1, "to") ? from.last() + 1 : d.is(k + 1, "to") ? k + 1 : -1;
            Mention to = toAt > 0 ? headAfter(toAt, Math.min(d.size(), toAt + 5)) : null;
            for (Ent side : subject) {
                if (from != null) {
                    add(out, side, from.ent(), "sever", Polarity.CONFLICT, -4, sentence, dates.dateOf(sentence));
                }
                if (to != null) {
                    add(out, side, to.ent(), "recognise", Polarity.COOPERATION, 5, sentence, dates.dateOf(sentence));
                }
            }
        }
        return out;
    }

    private static final Words JOINING_VERBS = Words.of("joined", "joins", "join", "joining");

    /** Nouns for a standing alliance one side may join others in: "joined Egypt and Somalia in a three-way alliance". */
    private static final Words ALLIANCES = Words.of("alliance", "pact", "coalition", "partnership", "bloc", "axis");

    /**
     * "Eritrea joined Egypt and Somalia in a three-way alliance": the side that joins and each it joins are allies
     * (not "joined Britain in condemning ...", an act done together).
     */
    private List<Found> joinedInAlliance() {
        List<Found> out = new ArrayList<>();
        for (int i : d.withKeys(JOINING_VERBS)) {
            if (i < 1 || i + 3 >= d.size() || run.at[i + 1] == null || run.inQuote[i]) {
                continue;
            }
            Mention last = lastOfList(run.at[i + 1], d.size());
            int k = last.last() + 1;
            if (last.form() == Mention.Form.DEMONYM && d.word(k) && PERSONNEL.contains(d.tok(k))) {
                k++; // "joined Norwegian forces in a joint exercise"
            }
            if (!d.is(k, "in") || !(d.is(k + 1, "a") || d.is(k + 1, "an") || d.is(k + 1, "the"))) {
                continue;
            }
            int n = k + 2;
            boolean joint = false;
            while (n < d.size() && n <= k + 5 && d.word(n) && !d.capitalised(n) && !ALLIANCES.contains(d.tok(n))
                    && !(joint && EXERCISES.contains(d.tok(n))) || n < d.size() && d.tok(n).isPunct('-')) {
                joint |= d.is(n, "joint");
                n++; // "a three-way alliance", "a new defence pact", "a joint air and land exercise"
            }
            boolean exercise = joint && d.word(n) && EXERCISES.contains(d.tok(n));
            if (!d.word(n) || d.capitalised(n) || !ALLIANCES.contains(d.tok(n)) && !exercise) {
                continue; // (a named body, "in the Alliance of Sahel States", is joined as a body)
            }
            int sentence = d.tok(i).sentence();
            List<Ent> joiners = agentsBefore(i, clauseStart(i, quotes.quoteAt(i)), false);
            for (Ent joiner : joiners) {
                for (Ent other : withListBefore(run.at[last.last()], i)) {
                    add(out, joiner, other, exercise ? "joint" : "ally", Polarity.COOPERATION, exercise ? 4 : 5,
                            sentence, dates.dateOf(sentence));
                }
            }
            for (int x = 0; exercise && x < joiners.size(); x++) {
                for (int y = x + 1; y < joiners.size(); y++) {
                    // "Finnish and Swedish troops are due to join Norwegian forces in a joint exercise": together too
                    add(out, joiners.get(x), joiners.get(y), "joint", Polarity.COOPERATION, 4, sentence,
                            dates.dateOf(sentence));
                }
            }
        }
        return out;
    }

    /** What sides hold together "in a joint" one: "joined Norway in a joint exercise". */
    private static final Words EXERCISES = Words.of("exercise", "exercises", "drill", "drills", "manoeuvres",
            "maneuvers", "patrol", "patrols", "operation", "operations");

    /** Nouns for a side's ally, named right after them: "Egypt's ally Eritrea". */
    private static final Words ALLIES = Words.of("ally", "partner");

    /** Kinds of actor that a state's possessive places rather than owns: "Yemen's Houthi movement". */
    private static final Set<ActorType> IN_A_STATE = Set.of(ActorType.ARMED_GROUP, ActorType.POLITICAL_GROUP,
            ActorType.COMPANY);

    /**
     * Does the name only qualify a common noun after it ("Nigeria's Boko Haram crisis", not "Somalia's
     * al-Shabaab fighters")? Any other lower-case word after the name but a function word counts as one.
     */
    private boolean qualifiesNoun(Mention m) {
        int k = m.last() + 1;
        return d.word(k) && !d.capitalised(k) && run.at[k] == null && !d.in(k, MEMBERS)
                && !d.tok(k).in(FUNCTION) && !d.tok(k).in(PREPOSITIONS) && !d.tok(k).in(AUXILIARIES)
                && !d.tok(k).key().endsWith("ly") && !GROUP_NOUNS.contains(d.tok(k)) && !timeAt(k);
    }

    /** Does a time phrase start at token k: "last week", "this month", "next Monday"? */
    private boolean timeAt(int k) {
        return (d.is(k, "last") || d.is(k, "this") || d.is(k, "next")) && d.word(k + 1)
                && (TIME_NOUNS.contains(d.tok(k + 1)) || d.in(k + 1, WordClass.RECENT_WORDS) || d.in(k + 1, WordClass.MONTHS));
    }

    /** Nouns of a span of time: "last week", "this year". */
    private static final Words TIME_NOUNS = Words.of("week", "weekend", "month", "year", "spring", "summer",
            "autumn", "fall", "winter", "night", "morning", "evening", "decade");

    /**
     * Nouns a group's name goes with and still names the group: "the YPG militia", "the Rosneft subsidiary", "Haiti's
     * Viv Ansanm gang".
     */
    private static final Words GROUP_NOUNS = Words.of("militia", "militias", "movement", "group", "faction",
            "party", "subsidiary", "company", "firm", "network", "coalition", "gang", "gangs", "alliance");

    /** Nouns for a firm: "a" and a demonym before one name no state ("a Chinese company"). */
    private static final Words FIRMS = Words.of("firm", "company", "contractor", "corporation", "consortium");

    /** The first actor after token b in the clause; of adjacent actors ("UN peacekeeping force") the last. */
    private Mention headAfter(int b, int to) {
        return headAfter(b, to, false);
    }

    /**
     * {@link #headAfter(int, int)}; with {@code requestEndsObject}, for the object of a cooperative act, a request
     * after "and" ("welcomed the gains and urged ASEAN to cut ties") has an object of its own.
     */
    private Mention headAfter(int b, int to, boolean requestEndsObject) {
        int limit = b + 10;
        for (int k = b + 1; k < to && k <= limit; k++) {
            if (d.tok(k).is("what")) {
                // "struck what the Pentagon described as Houthi weapons depots": the one who describes is no target
                for (int j = k + 1; j < to && j <= k + 6; j++) {
                    if (d.tok(j).is("as") && (d.tok(j - 1).is("described") || d.tok(j - 1).is("identified"))
                            || d.tok(j).is("called") || d.tok(j).is("termed")) {
                        limit += j - k;
                        k = j;
                        break;
                    }
                }
                continue;
            }
            Mention m = run.at[k];
            if (m == null && k + 2 < to && d.word(k) && RULERS.contains(d.tok(k)) && d.is(k + 1, "in")
                    && run.at[k + 2] != null && run.at[k + 2].ent().isState()) {
                return run.at[k + 2]; // "accused the juntas in Bamako, Ouagadougou and Niamey": those states' rulers
            }
            if (m == null) {
                Token t = d.tok(k);
                if (t.isPunct('.') || t.isPunct(';')) {
                    return null;
                }
                if (t.isPunct(',') && d.tok(k + 1) != null && d.tok(k + 1).in(RELATIVE)) {
                    return null; // ", which leads ...": a relative clause about the object, not the object
                }
                int clauseSubject = d.is(k + 1, "the") ? k + 2 : k + 1;
                if (k > b + 1 && (t.is("that") || t.is("which")) && d.word(k - 1) && !d.capitalised(k - 1)
                        && run.at[k - 1] == null && !d.in(k - 1, FUNCTION)
                        && clauseSubject < d.size() && run.at[clauseSubject] != null
                        && !(t.is("that") && d.is(b + 1, "in") && DOCUMENTS.contains(d.tok(k - 1)))) {
                    // (not "demanded in a joint statement that Israel respect": the statement says what is demanded)
                    // "tore up a peace accord that Algeria had brokered": the subject of a clause about the thing
                    // named before, not its object (while "results that handed President X a second term" name X)
                    return null;
                }
                if (t.isPunct(',') && closingReport(k)) {
                    return null; // "Kyiv rejected the Minsk agreements, Moscow said": the reporter is no object
                }
                if (t.isPunct(',') && d.word(k + 1) && !d.capitalised(k + 1) && run.at[k + 1] == null
                        && d.tok(k + 1).key().endsWith("ing") && PARTICIPLE_CLAUSES.contains(d.tok(k + 1))) {
                    return null; // "defended the mission in Haiti, telling the General Assembly": another clause
                }
                if ((t.is("and") || t.is("but")) && newPredicateAt(k + 1, requestEndsObject)) {
                    return null; // "sent troops to the frontier and accused Minsk": the next verb's object
                }
                if (k > b + 1 && t.isWord() && t.in(SUBORDINATORS) && actorOpensClause(k + 1, to)) {
                    return null; // "its deal with world powers since the United States withdrew": another clause
                }
                if (t.is("as") && k + 1 < d.size() && run.at[k + 1] != null && verbAfter(run.at[k + 1])) {
                    return null; // "a ruling Caracas rejected as Brazil moved troops": a clause of its own
                }
                if (t.is("to") && k + 1 < to && d.word(k + 1) && RESTORING.contains(d.tok(k + 1)) && k > b) {
                    return null; // "threatened to intervene to restore ousted President X": the one restored, no target
                }
                if (k > b + 1 && t.isWord() && DESTINED.contains(t) && (d.is(k + 1, "for") || d.is(k + 1, "to"))) {
                    return null; // "destroying grain bound for China and Israel": where the thing was going, no target
                }
                continue;
            }
            while (m.last() + 1 < to && m.last() + 1 < d.size() && run.at[m.last() + 1] != null
                    && run.at[m.last() + 1] != m) {
                m = run.at[m.last() + 1];
            }
            if (run.modifier(m) && !(m.ent().type == ActorType.IGO && (d.is(m.last() + 1, "members")
                    || d.is(m.last() + 1, "member") && d.word(m.last() + 2) || d.is(m.last() + 1, "agencies")
                    || d.is(m.last() + 1, "officials") || d.is(m.last() + 1, "staff")))) {
                k = m.last(); // (but "accused some ASEAN members of", "the UN agencies": the body through its own)
                continue;
            }
            Mention described = m.form() == Mention.Form.DEMONYM ? namedAfterDescriptor(m, to) : null;
            if (described != null) {
                return described; // "Russian state nuclear company Rosatom": the company, not Russia
            }
            if (m.form() == Mention.Form.DEMONYM && d.word(m.last() + 1) && !d.capitalised(m.last() + 1)
                    && run.at[m.last() + 1] == null && (OUTLAWS.contains(d.tok(m.last() + 1))
                    || AGAINST_THE_OWNER.contains(d.tok(m.last() + 1)) && !d.in(m.last() + 1, COMPASS))) {
                return null; // "an arms embargo on Haitian gangs", "Congolese rebels": not the state
            }
            if (m.ent().isState() && run.possessiveAfter(m) && d.word(m.last() + 2) && !d.capitalised(m.last() + 2)
                    && run.at[m.last() + 2] == null && OUTLAWS.contains(d.tok(m.last() + 2))) {
                // "an arms embargo on Haiti's gangs": the gangs the text does not name, not the state (a side named on
                // in the list may be: "on Iran's militias in Iraq and on Iran's Revolutionary Guards")
                k = m.last() + 2;
                continue;
            }
            Mention apposed = placeModifyingApposedNoun(m, to);
            if (apposed != null) {
                return apposed; // "sanctioned a Port-au-Prince fuel distributor, Caribe Petrol Services,": the firm
            }
            if (m.form() == Mention.Form.DEMONYM && (d.is(m.first() - 1, "a") || d.is(m.first() - 1, "an"))
                    && d.word(m.last() + 1) && FIRMS.contains(d.tok(m.last() + 1))) {
                // "signed a contract with a Russian firm": one firm the text does not name, not Russia (while
                // "sanctions on Uzbek companies" fall on the state)
                return null;
            }
            int o = m.last() + 2;
            if (m.ent().isState() && run.possessiveAfter(m)) {
                // "Sudan's paramilitary Rapid Support Forces", "Somalia's militant group al-Shabaab": words that
                // describe the group stand between the state and its name
                while (o < to && o <= m.last() + 7 && d.word(o) && !d.capitalised(o) && run.at[o] == null
                        && !d.in(o, FUNCTION) && !d.in(o, PREPOSITIONS)) {
                    o++;
                }
                if (o > m.last() + 5 && !DESCRIPTORS.contains(d.tok(o - 1))) {
                    o = to; // past three words only a descriptor's: "Russia's state atomic energy corporation Rosatom"
                }
            }
            Mention owned = m.ent().isState() && o < d.size() && run.possessiveAfter(m) ? run.at[o] : null;
            boolean ally = o - 1 > m.last() + 1 && d.word(o - 1) && ALLIES.contains(d.tok(o - 1));
            if (owned != null && owned.first() == o && !run.modifier(owned)
                    && (IN_A_STATE.contains(owned.ent().type) || ally) && !qualifiesNoun(owned)) {
                // ("fought a war with Egypt's ally Eritrea": Eritrea)
                return owned; // "armed Yemen's Houthi movement": the group, not the state it is in
            }
            Mention named = run.possessiveAfter(m) ? appositionAfterPossessive(m, to) : null;
            return named != null ? named : m;
        }
        return null;
    }

    /**
     * The body a demonym and a lower-case descriptor introduce: "Russian state nuclear company Rosatom",
     * "French energy group TotalEnergies"; null when no name of a body follows the descriptor at once.
     */
    private Mention namedAfterDescriptor(Mention demonym, int to) {
        int k = demonym.last() + 1;
        while (k < to && k <= demonym.last() + 6 && (d.word(k) && !d.capitalised(k) && run.at[k] == null
                && !d.in(k, PREPOSITIONS) && !d.is(k, "and") || d.tok(k).isPunct('-') && d.tok(k).joined())) {
            k++; // ("the Russian state-owned miner Uralzoloto")
        }
        Mention n = k > demonym.last() + 1 && k < to && DESCRIPTORS.contains(d.tok(k - 1)) ? run.at[k] : null;
        return n != null && n.first() == k && !n.ent().isState() && !n.ent().isPerson() && n.naming() ? n : null;
    }

    /** Nouns that end a descriptor before a body's name: "nuclear company Rosatom", "energy group X". */
    private static final Words DESCRIPTORS = Words.of("company", "group", "firm", "giant", "operator",
            "conglomerate", "corporation", "producer", "miner", "maker", "manufacturer", "contractor", "agency",
            "party", "movement", "organisation", "organization", "broadcaster", "utility", "bank", "fund", "airline",
            "carrier", "developer", "supplier", "militia", "outfit");

    /**
     * Does an actor open a clause at token k: its name (after "the"), then a lower-case word that is no
     * function word ("since the United States withdrew")?
     */
    private boolean actorOpensClause(int k, int to) {
        int s = d.is(k, "the") ? k + 1 : k;
        Mention m = s < to ? run.at[s] : null;
        int v = m != null && m.first() == s ? m.last() + 1 : -1;
        return v > 0 && d.word(v) && !d.capitalised(v) && !d.tok(v).in(FUNCTION) && !d.tok(v).in(PREPOSITIONS);
    }

    /** Armed men of a nation that are no arm of its state: "Haitian gangs", "Somali pirates". */
    private static final Words OUTLAWS = Words.of("gangs", "gang", "gangsters", "pirates", "smugglers", "traffickers",
            "cartels", "cartel", "militias", "militia", "warlords");

    /**
     * Is a word that stands against its owner among the lower-case words from token k on ("Mozambique's main
     * opposition party", "Yemen's southern separatists")?
     */
    private boolean againstTheOwnerAfter(int k) {
        for (int j = k; j <= k + 2 && d.word(j) && !d.capitalised(j) && run.at[j] == null; j++) {
            if (AGAINST_THE_OWNER.contains(d.tok(j)) || OUTLAWS.contains(d.tok(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words for a part of a country that may stand against its government: "Libya's eastern forces",
     * "Mozambique's northern insurgency" are no help to the state.
     */
    private static final Words AGAINST_THE_OWNER = Words.of("eastern", "western", "northern", "southern",
            "rebel", "rebels", "insurgent", "insurgents", "insurgency", "rebellion", "opposition", "breakaway",
            "separatist", "separatists", "militants", "jihadists");

    /**
     * "Ecuador's position was backed by Peru", "Niger's army, backed by": the owner of a subject that is its
     * possessive and lower-case words up to the verb at a; null when the clause from {@code from} opens otherwise.
     */
    private Ent ownerOfSubject(int from, int a) {
        int k = from;
        while (k < a && d.word(k) && d.tok(k).in(DETERMINERS)) {
            k++;
        }
        Mention m = run.at[k];
        if (m == null || m.first() != k || !run.possessiveAfter(m)) {
            return null;
        }
        for (int j = m.last() + 2; j < a; j++) {
            if ((!d.word(j) || d.capitalised(j) || run.at[j] != null) && !(j == a - 1 && d.tok(j).isPunct(','))
                    || d.word(j) && AGAINST_THE_OWNER.contains(d.tok(j))) {
                return null;
            }
        }
        return m.ent();
    }

    /**
     * For a passive whose subject, from token from to the verb at a, is "a convoy of X" or "the offices of X" (one
     * lower-case noun, "of", a side, then only the verb's auxiliaries): X; else null.
     */
    private Ent ownerOfSubjectBeforeOf(int from, int a) {
        int k = from;
        while (k < a && d.word(k) && d.tok(k).in(DETERMINERS)) {
            k++;
        }
        if (k + 2 >= a || !d.word(k) || d.capitalised(k) || run.at[k] != null || d.in(k, FUNCTION) || !d.is(k + 1, "of")) {
            return null;
        }
        int n = d.is(k + 2, "the") ? k + 3 : k + 2;
        Mention m = n < a ? run.at[n] : null;
        if (m == null || m.first() != n || m.form() == Mention.Form.PRONOUN) {
            return null;
        }
        for (int j = m.last() + 1; j < a; j++) {
            if (!d.word(j) || !(d.in(j, AUXILIARIES) || d.tok(j).key().endsWith("ly"))) {
                return null; // ("A convoy of the ICRC was attacked", "the offices of X were raided")
            }
        }
        return m.ent();
    }

    /** Verbs of getting away from an arrest: "escaped arrest", "evaded capture" (no arrest was made). */
    private static final Words ESCAPING = Words.of("escape", "escaped", "escapes", "escaping", "evade", "evaded",
            "evades", "evading");

    /**
     * Is the act noun at a one of a kind, not one done: "any attack", "any new energy deal", or "that an attack on
     * X would ..." (from {@code from})?
     */
    private boolean hypothetical(int a, int from) {
        if (equatedAct(a)) {
            return true; // "an attack on Mali is an attack on Niger": a pledge of mutual defence, no attack made
        }
        int k = a - 1;
        while (k > from && k >= a - 3 && d.word(k) && !d.capitalised(k) && run.at[k] == null && !d.is(k, "any")) {
            k--; // "any armed attack", "any new energy deal"
        }
        if (k >= from && d.is(k, "any")) {
            return true;
        }
        for (int j = Math.max(1, k); j < a; j++) {
            if (d.is(j, "to") && (d.is(j - 1, "extends") || d.is(j - 1, "extend") || d.is(j - 1, "applies")
                    || d.is(j - 1, "apply")) && documentBefore(j - 1)) {
                return true; // "the treaty extends to armed attacks on Philippine vessels": a case it covers
            }
        }
        // 'warned that an armed attack on X would invoke the treaty': an act as the subject of what would follow;
        // "reminded all parties that attacks on peacekeepers may constitute war crimes": acts of any doer
        boolean bare = d.tok(a).key().endsWith("s") && a >= 1 && d.is(a - 1, "that");
        if (!bare && (k < 0 || !(d.is(k, "a") || d.is(k, "an"))
                || !(k == d.sentenceStart(d.tok(k).sentence()) || d.is(k - 1, "that")))) {
            return false;
        }
        int end = d.sentenceEnd(d.tok(a).sentence());
        for (int j = a + 1; j < end; j++) {
            if (d.is(j, "that") || d.is(j, "had") || d.is(j, "has") || d.is(j, "have") || d.is(j, "was")
                    || d.is(j, "were")) {
                return false; // "admitted that an attack on X killed five and that more would follow"
            }
            if (d.is(j, "would") || d.is(j, "could") || d.is(j, "might") || d.is(j, "will") || bare && d.is(j, "may")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is the act noun at a one side of "an attack on X is an attack on Y": after "a" or "an", with "is" (or "would be")
     * and the same noun after "a" or "an" following it, or following such a copula itself?
     */
    private boolean equatedAct(int a) {
        if (!(d.is(a - 1, "a") || d.is(a - 1, "an"))) {
            return false;
        }
        if (d.is(a - 2, "is") || d.is(a - 2, "be") || d.is(a - 2, "was")) {
            for (int j = a - 3; j >= 0 && j >= a - 12; j--) {
                if (d.tok(j).key().equals(d.tok(a).key()) && (d.is(j - 1, "a") || d.is(j - 1, "an"))) {
                    return true;
                }
            }
            return false;
        }
        for (int j = a + 1; j + 2 < d.size() && j <= a + 8; j++) {
            if ((d.is(j, "is") || d.is(j, "be") || d.is(j, "was")) && (d.is(j + 1, "a") || d.is(j + 1, "an"))
                    && d.tok(j + 2).key().equals(d.tok(a).key())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of wishing or trying the modals do not hold: "wanted to drag", "trying to pull". */
    private static final Words WISHING = Words.of("wanted", "wanting", "trying", "seeking");

    /**
     * Is the trigger at a the end of "into" ("drag Georgia into war with Russia", "into a conflict with") after a
     * modal or a verb of wanting a few words back ("wanted to drag", "could draw")?
     */
    private boolean wishedInto(int a, int from) {
        int into = d.is(a - 1, "into") ? a - 1 : d.is(a - 2, "into") && (d.is(a - 1, "a") || d.is(a - 1, "open"))
                ? a - 2 : -1;
        for (int k = into - 1; into > 0 && k >= from && k >= into - 6; k--) {
            if (d.word(k) && (d.in(k, MODALS) || WISHING.contains(d.tok(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "joint exercises with Guyana": the side is named after "with" (not "joint EU positions"). */
    private boolean namedAfterWith(Ent side, int b, int to) {
        for (int k = b + 1; k < to && k <= b + 12; k++) {
            Mention m = run.at[k];
            if (m != null && m.ent() == side) {
                return d.tok(m.first() - 1).is("with")
                        || d.tok(m.first() - 1).is("the") && d.tok(m.first() - 2) != null && d.tok(m.first() - 2).is("with");
            }
        }
        return false;
    }

    /**
     * A verb opening a new predicate at token k: a relation trigger, or "has"/"had" and the like; with {@code
     * requestEndsObject}, a request too.
     */
    private boolean newPredicateAt(int k, boolean requestEndsObject) {
        Token t = d.tok(k);
        if (t == null || !t.isWord() || t.capitalised() || run.at[k] != null) {
            return false;
        }
        if (t.in(AUXILIARIES)) {
            return true;
        }
        if (requestEndsObject && (t.in(REQUESTS) && t.key().endsWith("ed")
                || d.is(k, "called") && (d.is(k + 1, "on") || d.is(k + 1, "for")))) {
            // "welcomed the gains and urged ASEAN to cut ties": the one asked is not the one welcomed (while "said
            // the expulsion was disproportionate and urged La Paz to reconsider" asks the one criticised)
            return true;
        }
        Trie.Match<Lexicon.Trigger> m = run.lex.triggers.longest(d, k, false);
        return m != null && (!m.value().noun() || t.key().endsWith("ed"));
    }

    /** "Machar's party, the SPLM-IO, ...": the actor the apposition names, not the possessor. */
    private Mention appositionAfterPossessive(Mention owner, int to) {
        int j = owner.last() + 2;
        int words = 0;
        while (j < to && words < 3 && run.at[j] == null && d.tok(j).isWord() && !d.tok(j).capitalised()) {
            j++;
            words++;
        }
        if (words == 0 || j + 1 >= to || !d.tok(j).isPunct(',')) {
            return null;
        }
        j++;
        if (d.tok(j).is("the") && j + 1 < to) {
            j++;
        }
        Mention m = run.at[j];
        if (m == null || m.first() != j || m.ent() == owner.ent() || m.ent().isPerson()) {
            return null;
        }
        int k = m.last() + 1;
        if (k < to && d.tok(k).isPunct('(')) {
            // "the Sudan People's Liberation Movement-in-Opposition (SPLM-IO),"
            int close = k + 1;
            while (close < to && close <= k + 4 && !d.tok(close).isPunct(')')) {
                close++;
            }
            k = close + 1;
        }
        Token after = d.tok(k);
        return after != null && (after.isPunct(',') || after.isPunct('.')) ? m : null;
    }

    /** Words that open an apposition after a named party: "Kenya, a member of the bloc, ...". */
    /** Participles not in "-ed" that open a phrase set off after a side: "made up of", "drawn from", "known as". */
    private static final Words IRREGULAR_OPENINGS = Words.of("made", "drawn", "known", "built", "set", "run", "led",
            "held", "sent", "given");

    private static final Words APPOSITION_OPENINGS = Words.of("a", "an", "the", "both", "each", "one", "two",
            "all", "its", "whose");

    /** People named by a noun, not by an actor's name: "regional leaders", "Western diplomats". */
    private static final Words PEOPLE_NOUNS = Words.of("leaders", "officials", "ministers", "diplomats",
            "lawmakers", "legislators", "protesters", "demonstrators", "residents", "analysts", "observers",
            "activists", "critics", "donors", "neighbours", "neighbors", "governments", "countries", "nations",
            "members", "envoys", "politicians", "campaigners", "monitors", "inspectors", "negotiators", "mediators",
            "delegates", "representatives", "investigators");

    /** Armed men the text does not name: "when fighters attacked", "after unidentified gunmen stormed". */
    private static final Words ASSAILANTS = Words.of("fighters", "gunmen", "militants", "attackers", "assailants",
            "insurgents", "jihadists", "raiders", "bandits", "assailant", "gunman", "attacker");

    /**
     * "Two peacekeepers were killed when fighters attacked their base": the verb's subject is armed men the text
     * does not name (after a clause's opening, not after a name: "M23 fighters attacked" is the M23's act), so
     * no actor before them is the agent.
     */
    private boolean unnamedAssailants(int v) {
        int k = v - 1;
        if (k < 1 || !d.word(k) || d.capitalised(k) || run.at[k] != null || !ASSAILANTS.contains(d.tok(k))) {
            return false;
        }
        k--;
        for (int adjectives = 0; adjectives < 2 && k >= 0 && d.word(k) && !d.capitalised(k) && run.at[k] == null
                && !d.in(k, SUBORDINATORS) && !d.in(k, DETERMINERS) && !d.in(k, FUNCTION); adjectives++) {
            if (d.tok(k).key().endsWith("ing") || run.speechAt(k)) {
                return false; // "claimed the raid, saying fighters attacked": a reported clause, the speaker's men
            }
            k--; // "unidentified", "heavily armed"
        }
        if (k >= 0 && d.in(k, DETERMINERS) && run.at[k] == null) {
            k--;
        }
        return k < 0 || d.word(k) && d.in(k, SUBORDINATORS) || !d.word(k) && run.at[k] == null
                && d.tok(k).kind() != Token.Kind.POSSESSIVE;
    }

    /** Participles of harm done to those before them: "killed in an attack", "wounded in the shelling". */
    private static final Words HARMED = Words.of("killed", "wounded", "injured", "hurt", "died", "displaced",
            "maimed", "kidnapped", "abducted");

    /** "Two peacekeepers killed in an attack on the base": those before the act are its victims, not its agents. */
    private boolean victimsBefore(int a) {
        int k = a - 1;
        while (k > a - 4 && k >= 0 && d.word(k) && !d.capitalised(k) && run.at[k] == null && !d.is(k, "in")
                && (d.in(k, DETERMINERS) || !d.in(k, FUNCTION))) {
            k--; // "an", "a suspected", "the deadliest"
        }
        return k >= 1 && d.is(k, "in") && d.word(k - 1) && HARMED.contains(d.tok(k - 1));
    }

    /**
     * Does the clause of the verb at {@code v} have a subject of its own that names no actor, a noun
     * for people right before the verb, in a clause opened by "and", "but", "while", "whereas" or a comma ("and
     * Caribbean leaders rallied", "but opposition lawmakers criticised")?
     */
    private boolean ownSubject(int v) {
        int n = v - 1;
        if (n < 1 || !d.word(n) || d.capitalised(n) || run.at[n] != null || !PEOPLE_NOUNS.contains(d.tok(n))) {
            return false;
        }
        int k = n - 1;
        if (k >= 0 && d.word(k) && run.at[k] == null && !d.in(k, DETERMINERS) && !d.is(k, "and")
                && !d.is(k, "other") && !d.is(k, "fellow") && !clauseJoinerAt(k)) {
            k--; // one adjective: "Caribbean", "regional", "Western" (not "the US and other countries")
        }
        // ("Kenya welcomed the deal, but opposition lawmakers criticised Ethiopia": the lawmakers' own act)
        return k >= 1 && (d.is(k, "and") || clauseJoinerAt(k) || d.tok(k).isPunct(',')) && run.at[k - 1] == null;
    }

    /** Is token k "but", "while" or "whereas", which join a clause with a subject of its own? */
    private boolean clauseJoinerAt(int k) {
        return d.is(k, "but") || d.is(k, "while") || d.is(k, "whereas");
    }

    /**
     * "OFAC said the network had helped al-Shabaab": the reported clause has a subject of its own, a
     * noun phrase that names no actor, so neither the speaker nor anyone before it is the agent. Not when
     * the subject is the speaker's own ("said its forces", "said it", "said the government would").
     */
    private boolean reportedOwnSubject(int v) {
        if (!d.word(v) || d.tok(v).in(RELATIVE)) {
            return false; // asked from the "that" that opens a clause: what it says comes after
        }
        int k = v - 1;
        while (k >= 0 && k >= v - REPORTED_SUBJECT && run.at[k] == null && d.word(k) && !d.capitalised(k)
                && !run.speechAt(k)) {
            k--;
        }
        if (k < 0 || k < v - REPORTED_SUBJECT || run.at[k] != null || !d.word(k) || !run.speechAt(k)) {
            return false;
        }
        int s = run.lex.speech.longest(d, k, false).last() + 1;
        for (int j = s; j < v; j++) {
            if (d.is(j, "that")) {
                s = j + 1; // "said in a statement that it backed": the clause opens after "that"
            }
        }
        if (s >= v || d.in(s - 1, PREPOSITIONS)) {
            return false; // (not "argued for a softer tone to protect": no clause)
        }
        // a government's own troops, ministers and country, or a body's own mission and group: not those of a
        // speaker of another kind ("Human Rights Watch said government troops had shelled ...")
        Ent speaker = quotes.subjectBefore(k, d.sentenceStart(d.tok(k).sentence()));
        Ent side = sideOf(speaker);
        boolean government = side == null || side.isState();
        boolean body = side == null || !side.isState() && !side.isPerson();
        boolean noun = false;
        for (int j = s; j < v; j++) {
            Token t = d.tok(j);
            if (t.in(PRONOUNS) || OWN_SUBJECTS.contains(t)) {
                return false; // "said in a statement it had sent", "said earlier it had deployed"
            }
            if (t.is("to")) {
                return false; // "vowed to keep fighting the MSS": no clause
            }
            if (government && t.in(DEMONYM_HEADS) && !AGAINST_THE_OWNER.contains(t)
                    || (government || body) && SPEAKER_SIDE.contains(t)
                    || side != null && side.type == ActorType.ARMED_GROUP && FIGHTERS.contains(t)) {
                // "said the country would", "said government troops had", an armed group "saying fighters attacked":
                // the speaker's side (not a state that "said the rebels had")
                return false;
            }
            noun |= !t.in(FUNCTION) && !t.in(DETERMINERS) && !t.in(AUXILIARIES) && !t.in(NEGATIONS);
        }
        return noun;
    }

    /** Is token k a comma between two states of a list ("South Africa, Malawi and Tanzania")? */
    private boolean statesListComma(int k) {
        return d.tok(k).isPunct(',') && k > 0 && run.at[k - 1] != null && k + 1 < d.size() && run.at[k + 1] != null
                && run.at[k - 1].ent().isState() && run.at[k + 1].ent().isState();
    }

    /** Verbs of a war's start or end, whose subject the war is: "after a war with Russia broke out". */
    private static final Words WAR_BREAKING = Words.of("broke", "erupted", "began", "started", "ended", "flared",
            "raged", "resumed");

    /** Prepositions of time before a war that the clause's subject waged: "after a war with", "since its war with". */
    private static final Words TIMES_OF_WARS = Words.of("after", "since", "during", "following", "before", "in");

    /**
     * "Russia recognised South Ossetia after a five-day war with Georgia": Russia's war, not its object's (added to
     * out); "after a war with Russia broke out", "The EU deployed monitors after a five-day war with Georgia": no one's
     * act. True when the words are so and the relations (none or one) are found.
     */
    private boolean timedWarRelations(List<Found> out, int a, int b, int to, String category,
            Polarity polarity, double weight, int sentence, String date) {
        int p = timedWar(a);
        Mention warredOn = p >= 0 ? headAfter(b, to) : null;
        if (warredOn == null) {
            return false;
        }
        Ent subject = quotes.firstSubject(d.sentenceStart(d.tok(a).sentence()), p);
        // (a state's war only: "The EU deployed monitors after a five-day war with Georgia" is another's war)
        Ent party = subject != null && subject.isState() ? subject : null;
        if (party != null && !(d.word(warredOn.last() + 1) && WAR_BREAKING.contains(d.tok(warredOn.last() + 1)))) {
            add(out, party, warredOn.ent(), category, polarity, weight, sentence, date);
        }
        return true;
    }

    /** For "war with" at token a after "after a five-day" or "since the 2020": the preposition's token, else -1. */
    private int timedWar(int a) {
        if (!(d.is(a, "war") || d.is(a, "wars")) || !d.is(a + 1, "with")) {
            return -1;
        }
        int k = a - 1;
        for (int n = 0; n < 4 && k > 0 && (d.number(k) || d.tok(k).isPunct('-') || d.word(k) && !d.capitalised(k)
                && !d.in(k, DETERMINERS) && !d.in(k, FUNCTION) && run.at[k] == null); n++) {
            k--; // "five-day", "2008", "brief"
        }
        if (!(d.is(k, "a") || d.is(k, "the"))) {
            return -1;
        }
        int start = d.sentenceStart(d.tok(a).sentence());
        return k - 1 >= start && d.word(k - 1) && TIMES_OF_WARS.contains(d.tok(k - 1)) ? k - 1 : -1;
    }

    /**
     * For the act at a of "responded by firing rockets at" or "retaliated by attacking": the token of "by", which
     * opens the means of the subject's act (no passive's agent), else -1.
     */
    private int meansBy(int a, int from) {
        int by = d.tok(a).key().endsWith("ing") ? a - 1 : d.word(a - 1) && d.tok(a - 1).key().endsWith("ing") ? a - 2 : -1;
        return by - 1 > from && d.is(by, "by") && d.word(by - 1) && d.tok(by - 1).key().endsWith("ed")
                && !d.in(by - 2, AUXILIARIES) && !d.in(by - 2, PASSIVE) && run.at[by - 1] == null ? by : -1;
    }

    /** How many words a reported clause's own subject may have ("two members of the crew"). */
    private static final int REPORTED_SUBJECT = 7;

    /** Words that open a reported clause about the speaker: "said it", "said its forces", "said we". */
    private static final Words OWN_SUBJECTS = Words.of("it", "its", "they", "their", "we", "our", "i", "my",
            "this", "these", "those", "there", "both", "all", "each");

    /** Nouns for the speaker's own side in a reported clause: "said the country would", "said the bloc had". */
    private static final Words SPEAKER_SIDE = Words.of("country", "kingdom", "republic", "bloc", "alliance",
            "union", "mission", "council", "organisation", "organization", "group", "movement", "party", "coalition",
            "company", "force", "agency", "body", "commission", "court", "leadership", "team", "department",
            "office", "secretariat", "operation", "contingent", "battalion", "unit", "units", "guards", "guard",
            "king", "queen", "emir", "sultan", "chancellor", "premier", "artillery", "commander", "commanders",
            "brigade", "brigades", "battalions", "gunboats", "aircraft");

    /**
     * The agents before token a: the nearest actor not governed by a preposition, with the actors
     * coordinated with it ("Egypt, Chad, and Bangladesh").
     */
    private List<Ent> agentsBefore(int a, int from, boolean noun) {
        List<Ent> joined = joinedInActing(a, from);
        if (joined != null) {
            return joined;
        }
        int by = meansBy(a, from);
        if (by > 0) {
            return agentsBefore(by - 1, from, false); // "Hezbollah responded by firing rockets at"
        }
        Mention seeker = seekerBefore(a, from);
        if (seeker != null) {
            return List.of(seeker.ent()); // "Turkey will not approve Sweden's bid to join NATO": Sweden would join
        }
        // "imposed sanctions on Iran on Monday over its supply of drones to Russia": the act is the one "its" stands for
        int actNoun = a >= 2 && d.is(a - 1, "of") && d.word(a - 2) && !d.capitalised(a - 2) ? a - 2 : -1;
        int its = ownerPronounAt(actNoun >= 0 ? actNoun : a); // (also "over its support for the Houthis")
        // (not "Spain is among its largest contributors", "one of its closest allies": a role its owner is served in)
        if (its > from && !passiveAgentBefore(its, from) && !roleNounFrom(a)) {
            List<Ent> owners = pronounOwners(its);
            if (!owners.isEmpty()) {
                return owners;
            }
        }
        int w = from >= 3 && !noun && d.is(from - 1, "that") ? verbStart(a, from) : -1;
        if (w - 1 > from && d.tok(w - 1).isPunct(',') && run.at[w - 2] != null && !d.tok(from - 2).isPunct(',')) {
            // "The AES, the confederation that groups Niger, Mali and Burkina Faso, backed Niamey": the relative
            // clause ends at the comma before the verb; the subject is the one the clause's noun describes
            List<Ent> outer = agentsBefore(from - 1, d.sentenceStart(d.tok(a).sentence()), false);
            if (!outer.isEmpty()) {
                return outer;
            }
        }
        List<Ent> out = new ArrayList<>();
        Mention chosen = null;
        Mention possessive = null;
        // "Yuri Belov, a spokesman for Russia's foreign ministry, criticised ...": the subject before the apposition;
        // "Jamaica and the Bahamas, both members of the bloc, have pledged ...": a list of them
        int v = verbStart(a, from);
        if ((!noun || d.tok(a).key().endsWith("ed")) && v - 1 > from && d.tok(v - 1).isPunct(',')) {
            for (int k = v - 2; k > from && k >= v - 24; k--) {
                if (statesListComma(k)) {
                    continue; // "SAMIDRC, made up of troops from South Africa, Malawi and Tanzania, attacked": a list
                }
                if (d.tok(k).isPunct(',')) {
                    // ("the Barisan Revolusi Nasional (BRN), the main ...": the name before its acronym's brackets)
                    Mention head = ofPhraseHead(k >= 4 && d.tok(k - 1).isPunct(')') && d.tok(k - 3).isPunct('(')
                            ? run.at[k - 4] : run.at[k - 1]);
                    if (head != null && head.ent().isPerson() && v == a) {
                        out.add(head.ent());
                        return out;
                    }
                    Token opening = d.tok(k + 1);
                    // (or a participle's phrase: "Egypt, locked in a long dispute with Ethiopia, sided with Mogadishu")
                    boolean participle = opening.isWord() && !opening.capitalised() && (opening.key().endsWith("ed")
                            || IRREGULAR_OPENINGS.contains(opening)) // ("SAMIDRC, made up of troops from ...,")
                            && run.at[k + 1] == null && !opening.in(AUXILIARIES) && !d.is(k + 1, "said");
                    if (head != null && !head.ent().isPerson() && head.form() != Mention.Form.PRONOUN && head.naming()
                            && opening.isWord() && (APPOSITION_OPENINGS.contains(opening) || participle)) {
                        return withListBefore(head, from);
                    }
                    break;
                }
            }
        }
        // "the Kestrel Brigade, a militia with links to ...": the apposition's head
        for (int k = a - 1; k > from; k--) {
            if (run.at[k] != null) {
                break;
            }
            if (d.tok(k).isPunct(',')) {
                Token next = d.tok(k + 1);
                Mention head = run.at[k - 1];
                if (head != null && next != null && (next.is("a") || next.is("an"))) {
                    out.add(head.ent());
                    return out;
                }
                break;
            }
        }
        Mention people = v >= 2 ? run.at[v - 2] : null;
        if (people != null && people.form() == Mention.Form.DEMONYM && people.last() == v - 2 && d.word(v - 1)
                && AGAINST_THE_OWNER.contains(d.tok(v - 1))) {
            return out; // "Zambian opposition rejects Banda's re-election": the opposition, not Zambia
        }
        if (ownSubject(v) || (!noun || v < a || d.tok(a).key().endsWith("ed")) && reportedOwnSubject(v)) {
            return out; // "... as Brazil moved units and Caribbean leaders rallied behind Guyana": no actor acts
        }
        if (unnamedAssailants(v) || noun && victimsBefore(a)) {
            return out; // "peacekeepers were killed when fighters attacked their base", "killed in an attack on"
        }
        Mention relative = !noun ? relativeSubject(v) : null;
        if (relative != null && d.tok(relative.last() + 1).isPunct(',')) {
            // "Egypt and Sudan, which signed a military cooperation agreement,": the list the clause is about
            return withListBefore(relative, d.sentenceStart(d.tok(v).sentence()));
        }
        if (relative != null) {
            out.add(relative.ent()); // "positions held by Wazalendo militiamen who fight alongside the army"
            return out;
        }
        boolean nationals = false;
        for (int k = a - 1; k >= from; k--) {
            if (d.tok(k).isPunct(',')) {
                // "Egypt, which shares a border with Libya, has long backed ...": past the relative clause
                k = pastRelativeClause(k, from);
                continue;
            }
            Mention m = run.at[k];
            if (m == null && d.is(k, "where") && nounBetween(k, a)) {
                break; // "in the area where the armies have fought JNIM": the clause's own subject, whom no one names
            }
            if (m == null) {
                continue;
            }
            k = m.first();
            if (m.ent().type != ActorType.PERSON && TextImporter.inDateline(d, m.first())) {
                continue; // "UNITED NATIONS, June 12 - Sudan's envoy accused ...": where the story is filed from
            }
            if (accordingTo(m)) {
                continue; // "According to US officials, Moscow has supplied ...": the source, not the agent
            }
            if (m.form() == Mention.Form.DEMONYM && (nationalsAfter(m.last() + 1)
                    || nationals && (d.is(m.last() + 1, "and") || d.tok(m.last() + 1).isPunct(',')))) {
                nationals = true; // "abducted five Chinese and two Indian workers and are demanding": no state acts
                continue;
            }
            if (run.possessiveAfter(m)) {
                if (m.ent().isState() && againstTheOwnerAfter(m.last() + 2)) {
                    continue; // "Mozambique's main opposition party rejected": the opposition, not Mozambique
                }
                if (possessive == null) {
                    possessive = m;
                }
                if (noun && (m.last() + 2 >= a - 1 || modifiersOnly(m.last() + 2, a))) {
                    chosen = m; // ("Russia's full-scale invasion of Ukraine": the owner's act, not the list before)
                    break;
                }
                continue;
            }
            if (!noun && doerOfSubjectAct(m, from)) {
                chosen = m; // "Ghana said an attack by Boko Haram killed 20 soldiers": the act's doer
                break;
            }
            // ("ended a pact with Australia and New Zealand and signed ...": the list is the first verb's object)
            boolean objectList = d.is(m.last() + 1, "and") && a <= m.last() + 5 && m.last() + 1 < a
                    && lowerCaseBetween(m.last() + 2, a) && quotes.afterPreposition(listHead(m, from));
            if ((quotes.afterPreposition(m) && !subjectAfterConjunction(m) || objectList)
                    && !subjectOfSubordinateClause(m, a, noun) && !leaderOfTheAct(m)
                    && !run.memberOf(m) && !authorOfText(m) && !speakersOf(m, from) || run.modifier(m)) {
                continue;
            }
            chosen = m;
            break;
        }
        if (chosen == null && possessive != null && (noun || !verbBetween(possessive.last() + 1, a))) {
            // (not "condemned Russia's bombardment and committed the allies to keep supplying Kyiv": the owner
            // of another verb's object does not do this one)
            chosen = possessive;
        }
        if (chosen == null) {
            return out;
        }
        if (!chosen.ent().isPerson() && run.titleAt.length > chosen.last() + 1 && run.titleAt[chosen.last() + 1] != null
                && chosen.first() >= 2 && d.tok(chosen.first() - 1).kind() == Token.Kind.POSSESSIVE
                && run.at[chosen.first() - 2] != null && run.at[chosen.first() - 2].ent().isState()) {
            // "Sudan's U.N. envoy accused ...": the envoy is the state's; the body is only where he serves
            chosen = run.at[chosen.first() - 2];
        }
        // "Sawadogo and Turkey's deputy defence minister, Kemal Aydemir, signed": the one before "and" too
        Ent partner = chosen.ent().isPerson() && d.tok(chosen.first() - 1) != null
                && d.tok(chosen.first() - 1).isPunct(',') && d.tok(chosen.last() + 1) != null
                && d.tok(chosen.last() + 1).isPunct(',') ? partnerBeforeTitle(chosen.first() - 1, from) : null;
        if (partner != null && partner != chosen.ent()) {
            return new ArrayList<>(List.of(partner, chosen.ent()));
        }
        return withListBefore(chosen, from);
    }

    /** People a state's adjective only says the nationality of: "two Indian workers", "Chinese nationals". */
    private static final Words NATIONALS = Words.of("workers", "nationals", "citizens", "civilians", "hostages",
            "captives", "fishermen", "sailors", "crew", "crewmen", "tourists", "engineers", "students", "residents",
            "migrants", "refugees", "villagers", "journalists", "reporters", "passengers", "traders", "employees",
            "contractors", "pilgrims", "detainees", "prisoners", "businessmen", "volunteers", "doctors", "nurses");

    /** Is the mention a state's adjective before a noun of {@link #NATIONALS} ("Afghan refugees")? */
    private boolean nationalsOf(Mention m) {
        return m.form() == Mention.Form.DEMONYM && nationalsAfter(m.last() + 1);
    }

    /** Is the word at k (after one of number or size: "Indian aid workers") a noun of {@link #NATIONALS}? */
    private boolean nationalsAfter(int k) {
        if (d.word(k) && !d.capitalised(k) && !NATIONALS.contains(d.tok(k)) && d.word(k + 1)) {
            k++; // "Indian aid workers", "Turkish construction workers"
        }
        return d.word(k) && !d.capitalised(k) && NATIONALS.contains(d.tok(k));
    }

    /**
     * Is the trigger at a a verb whose reported clause has a subject of its own that names no actor ("Ghana said the
     * rebels had attacked Togo", {@link #reportedOwnSubject})? Nouns of acts have none (but "attacked" is a verb).
     */
    private boolean subjectOfItsOwn(Lexicon.Trigger trig, int a, int from) {
        return (!trig.noun() || d.tok(a).key().endsWith("ed")) && d.word(a) && !d.in(a, PREPOSITIONS)
                && reportedOwnSubject(verbStart(a, from)); // (not "called for tougher measures against Moscow")
    }

    /** Is a word of a noun, no actor's and no pronoun, between tokens k and a (both excluded)? */
    private boolean nounBetween(int k, int a) {
        for (int j = k + 1; j < a; j++) {
            Token t = d.tok(j);
            if (t.isWord() && run.at[j] == null && !t.in(FUNCTION) && !t.in(DETERMINERS) && !t.in(AUXILIARIES)
                    && !t.in(NEGATIONS) && !t.in(PRONOUNS) && !OWN_SUBJECTS.contains(t) && !t.key().endsWith("ly")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the verb at a starts, past its auxiliaries and adverbs ("..., have pledged soldiers", "..., quickly sided
     * with"), not before {@code from}.
     */
    private int verbStart(int a, int from) {
        int v = a;
        while (v - 1 > from && d.word(v - 1) && !d.capitalised(v - 1) && run.at[v - 1] == null && a - v < 4
                && (d.tok(v - 1).in(AUXILIARIES) || d.tok(v - 1).key().endsWith("ed") || d.tok(v - 1).key().endsWith("ly")
                || d.is(v - 1, "to") && v - 2 > from && d.word(v - 2) && CATENATIVES.contains(d.tok(v - 2)))) {
            v -= d.is(v - 1, "to") ? 2 : 1; // ("refuses to recognise": the verb that takes the infinitive)
        }
        return v;
    }

    /** Verbs of the present that take an infinitive: "refuses to recognise", "continues to arm". */
    private static final Words CATENATIVES = Words.of("refuses", "refuse", "declines", "decline", "vows", "agrees",
            "continues", "continue", "threatens", "pledges", "promises", "wants", "plans", "seeks", "tries", "fails",
            "decides", "intends", "hopes", "sought", "refused", "declined", "vowed", "agreed", "continued", "threatened",
            "pledged", "promised", "wanted", "planned", "tried", "failed", "decided", "intended", "hoped");

    /**
     * "France, the United States and South Korea joined Britain in condemning the attack": for a verb at a after
     * "joined X in", the ones who join and the ones joined act together; null when the verb is not so placed.
     */
    private List<Ent> joinedInActing(int a, int from) {
        // (the verb, or the verb before a noun: "joined Japan in announcing sanctions")
        int v = d.tok(a).key().endsWith("ing") ? a : d.word(a - 1) && d.tok(a - 1).key().endsWith("ing") ? a - 1 : -1;
        Mention joinedOne = v >= 3 && d.is(v - 1, "in") ? run.at[v - 2] : null;
        if (joinedOne == null) {
            return null;
        }
        int verb = listHead(joinedOne, from).first() - 1;
        if (verb <= from || !d.word(verb) || !JOINING_VERBS.contains(d.tok(verb))) {
            return null;
        }
        List<Ent> out = new ArrayList<>(agentsBefore(verb, from, false));
        for (Ent e : withListBefore(joinedOne, verb + 1)) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The first of the list "A, B and C" that mention m ends, from token {@code from} on; m itself when it ends
     * none. ("ended a pact with Australia and New Zealand and signed ...": New Zealand is an object too.)
     */
    private Mention listHead(Mention m, int from) {
        Mention head = m;
        boolean and = false;
        for (int k = m.first() - 1; k >= from; k--) {
            Token t = d.tok(k);
            if (t.is("and") && and) {
                break; // ("to the mission, and Jamaica and Guatemala": a list has one "and")
            }
            if (t.isPunct(',') || t.is("and") || t.is("the") && d.is(k - 1, "and")) {
                and |= t.is("and");
                continue;
            }
            Mention before = run.at[k];
            if (before == null || before.ent().isPerson() != m.ent().isPerson()) {
                break;
            }
            head = before;
            k = before.first();
        }
        return and ? head : m;
    }

    /**
     * "the ANC and the citizens' movement Togo Debout": the "and" before the noun phrase that ends in a group's noun at
     * k, so that the list reads past it; else k.
     */
    private int pastGroupNoun(int k, int from) {
        // (the extractor's map of group nouns, with "party" and "coalition", not this class's shorter GROUP_NOUNS)
        if (!d.word(k) || d.capitalised(k) || !Extractor.GROUP_NOUNS.containsKey(d.tok(k).key())) {
            return k;
        }
        int g = k - 1;
        while (g >= from && g >= k - 4 && run.at[g] == null && !d.is(g, "and")
                && (d.word(g) && !d.capitalised(g) || d.tok(g).kind() == Token.Kind.POSSESSIVE)) {
            g--;
        }
        return g >= from && d.is(g, "and") ? g : k;
    }

    /** The comma that closes ", or ANC," at k when ANC is side's; else -1. */
    private int acronymOfOneAfter(int k, Ent side) {
        Mention m = comma(k) && d.is(k + 1, "or") ? namedAt(k + 2) : null;
        return m != null && m.ent() == side && comma(m.last() + 1) ? m.last() + 1 : -1;
    }

    /**
     * Does m open a clause after "after", "before", "since" or "until", a past verb or an auxiliary right after it ("a
     * week after the group signed a ceasefire")? Its act is its own, though a preposition's word comes before it.
     * (Broader than {@link #subjectOfSubordinateClause}, which asks for the act's own verb right after the subject: here
     * any verb of the clause will do, as in "after Solomon Islands signed a security pact with China".)
     */
    private boolean subjectAfterConjunction(Mention m) {
        int p = d.is(m.first() - 1, "the") || d.is(m.first() - 1, "a") || d.is(m.first() - 1, "an") ? m.first() - 2
                : m.first() - 1;
        int v = m.last() + 1;
        // ("after an Israeli tank shell struck": past the nouns a people's word qualifies)
        while (m.form() == Mention.Form.DEMONYM && v <= m.last() + 3 && d.word(v) && !d.capitalised(v)
                && run.at[v] == null && !d.in(v, AUXILIARIES) && !d.tok(v).key().endsWith("ed")
                && !IRREGULAR_PAST.contains(d.tok(v)) && !d.in(v, FUNCTION)) {
            v++;
        }
        while (v <= m.last() + 2 && d.word(v) && !d.capitalised(v) && run.at[v] == null && d.tok(v).key().endsWith("ly")) {
            v++; // ("a day after Madrid publicly endorsed"): past an adverb
        }
        return (d.is(p, "after") || d.is(p, "before") || d.is(p, "since") || d.is(p, "until")) && d.word(v)
                && !d.capitalised(v) && (d.in(v, AUXILIARIES) || d.tok(v).key().endsWith("ed")
                || IRREGULAR_PAST.contains(d.tok(v)));
    }

    /**
     * Are the tokens [from, to) one compound adjective, lower-case words joined by hyphens ("full-scale",
     * "long-range")? (Not any words: "NATO's warnings about an attack", "Ukraine's call for sanctions".)
     */
    private boolean modifiersOnly(int from, int to) {
        if (to - from != 3 && to - from != 5) {
            return false;
        }
        for (int k = from; k < to; k++) {
            boolean hyphen = d.tok(k).isPunct('-') && d.tok(k).joined();
            if ((k - from) % 2 == 1 ? !hyphen : !d.word(k) || d.capitalised(k) || run.at[k] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Does a person's name end at k, or before a comma at k, or before an apposition that comma closes ("Burak Ozdemir,
     * the charge d'affaires at Turkey's embassy, was declared")?
     */
    private boolean namedPersonBefore(int k) {
        if (k >= 1 && d.tok(k).isPunct(',')) {
            if (personEndsAt(k - 1)) {
                return true;
            }
            for (int c = k - 2; c >= 1 && c >= k - 12; c--) {
                if (d.tok(c).isPunct(',')) {
                    return personEndsAt(c - 1);
                }
            }
            return false;
        }
        return personEndsAt(k);
    }

    private boolean personEndsAt(int j) {
        Mention m = j >= 0 ? run.at[j] : null;
        return m != null && m.last() == j && m.ent().isPerson() && m.form() != Mention.Form.PRONOUN;
    }

    /** Are the tokens [from, to) all lower-case words that name no one ("signed a")? */
    private boolean lowerCaseBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!d.word(k) || d.capitalised(k) || run.at[k] != null) {
                return false;
            }
        }
        return true;
    }

    /** Does the clause open with such people of the body m ("Foreign ministers of the European Union backed")? */
    private boolean speakersOf(Mention m, int from) {
        int p = m.first() - 1;
        p -= d.is(p, "the") ? 1 : 0;
        if (!d.is(p, "of") || !d.word(p - 1) || !d.in(p - 1, SPEAKERS)) {
            return false;
        }
        int q = p - 2; // "Foreign ministers", "Senior officials": one word before at most, at the clause's start
        q -= d.word(q) && q >= from && run.at[q] == null && !d.tok(q).in(FUNCTION) ? 1 : 0;
        return q < from || d.tok(q).isPunct(',') || d.tok(q).sentence() != d.tok(p).sentence() || d.is(q, "the");
    }

    /**
     * "the assault had been led by Colonel X, ..., in an attempt to overthrow Y": the one who led or staged
     * the act is its agent, though named after "by".
     */
    private boolean leaderOfTheAct(Mention m) {
        int p = m.first() - 1;
        while (p >= 0 && d.word(p) && d.tok(p).in(DETERMINERS)) {
            p--;
        }
        return p >= 1 && d.is(p, "by") && LEADING.contains(d.tok(p - 1));
    }

    /**
     * "A report by the UN Group of Experts accused Rwanda", "A statement from the AU condemned": the author
     * of a text that opens the clause acts through it (not "Kenya, citing a report by HRW, accused Uganda").
     */
    private boolean authorOfText(Mention m) {
        int p = m.first() - 1;
        if (d.is(p, "the")) {
            p--;
        }
        if (p < 1 || !(d.is(p, "by") || d.is(p, "from")) || !d.word(p - 1)
                || !DOCUMENTS.contains(d.tok(p - 1))) {
            return false;
        }
        int q = p - 2;
        while (q >= 0 && q >= p - 4 && d.word(q) && run.at[q] == null && (d.in(q, DETERMINERS)
                || !d.capitalised(q) && !d.in(q, PREPOSITIONS) && !d.tok(q).key().endsWith("ing"))) {
            q--; // "A new UN report by", "the joint statement from"
        }
        int start = d.sentenceStart(d.tok(m.first()).sentence());
        return q < start || d.tok(q).isPunct(',') && (!d.word(q + 1) || openingPhrase(start, q));
    }

    /**
     * Is [from, comma) a short opening phrase of time or sequence, with no side named and no verb in
     * "-ing": "Last week, a report by X accused ...", "On Monday, ..."?
     */
    private boolean openingPhrase(int from, int comma) {
        if (comma - from < 1 || comma - from > 4) {
            return false;
        }
        for (int k = from; k < comma; k++) {
            if (!d.word(k) && !d.number(k) || run.at[k] != null || d.tok(k).key().endsWith("ing")) {
                return false;
            }
        }
        return true;
    }

    /** Texts whose author acts through them: "a report by X accused ...". */
    private static final Words DOCUMENTS = Words.of("report", "statement", "communique", "communiqué", "letter",
            "declaration", "study", "investigation", "audit", "review", "assessment");

    /** Participles of leading or staging an act: "led by", "staged by", "carried out by". */
    private static final Words LEADING = Words.of("led", "staged", "orchestrated", "masterminded", "organised",
            "organized", "commanded", "mounted", "launched", "out");

    /** The chosen actor with those listed before it: "A, B and C", "Myanmar and the Arakan Army (AA)". */
    private List<Ent> withListBefore(Mention chosen, int from) {
        List<Ent> out = new ArrayList<>();
        out.add(chosen.ent());
        // "the Arakan Army (AA)": the list goes on before the name the brackets follow
        int k = chosen.first() - 1;
        if (d.tok(k) != null && d.tok(k).isPunct('(') && k >= 1 && run.at[k - 1] != null
                && run.at[k - 1].ent() == chosen.ent()) {
            k = run.at[k - 1].first() - 1;
        }
        k = pastGroupNoun(k, from);
        boolean and = false;
        boolean commaAnd = false;
        while (k >= from) {
            Token t = d.tok(k);
            // ("Saudi Arabia, the UAE and Bahrain": past an "and", a "the" after a comma is the list's too)
            if (t.isPunct(',') || t.is("and") || t.is("the") && d.tok(k - 1) != null && (d.tok(k - 1).is("and")
                    || and && d.tok(k - 1).isPunct(','))) {
                and |= t.is("and");
                commaAnd |= t.is("and") && d.tok(k - 1) != null && d.tok(k - 1).isPunct(',') && out.size() == 1;
                k--;
                continue;
            }
            Mention m = run.at[k];
            if (m != null && chosen.ent().isPerson() && m.ent().isState() && run.at[m.last() + 1] != null
                    && run.at[m.last() + 1].ent().isPerson() && run.at[m.last() + 1].first() == m.last() + 1
                    && d.is(m.first() - 1, "and")) {
                // "Foreign Minister X and Fijian Prime Minister Y signed": the state's word before a person in the list
                k = m.first() - 1;
                continue;
            }
            if (m == null || m.ent().type == ActorType.PERSON != chosen.ent().isPerson()
                    || (!and || commaAnd && out.size() == 1) && quotes.afterPreposition(m) || accordingTo(m)) {
                // (no "and" before the last: "Citing a study by Oxfam, Jordan criticised": no list; nor ", and"
                // after a preposition's object: "deployed officers to Haiti, and Jamaica has contributed")
                break;
            }
            if (!out.contains(m.ent())) {
                out.add(0, m.ent());
            }
            k = m.first() - 1;
        }
        return out;
    }

    /** "after Russia invaded Ukraine", "since its army seized power": the actor is the subject of the verb at a. */
    private boolean subjectOfSubordinateClause(Mention m, int a, boolean noun) {
        Token before = d.tok(m.first() - 1);
        if (before == null || !before.in(SUBORDINATORS)) {
            return false;
        }
        if (noun && a - m.last() - 1 <= 6) {
            // "since Russia launched its full-scale invasion": the subject of the verb whose object the act is
            for (int k = m.last() + 1; k < a; k++) {
                if (d.tok(k).isPunct('-') && d.tok(k).joined()) {
                    continue;
                }
                if (!d.word(k) || d.capitalised(k) || d.in(k, PREPOSITIONS)
                        || run.at[k] != null && !d.is(k, "its") && !d.is(k, "their")) {
                    // (not "after China softened its criticism of the invasion": the act is another's)
                    return false;
                }
            }
            return true;
        }
        int k = m.last() + 1;
        while (k < a && d.tok(k).in(AUXILIARIES)) {
            k++;
        }
        if (k < a && a - k <= 2 && d.word(k) && !d.capitalised(k) && run.at[k] == null && !d.in(k, PREPOSITIONS)
                && (d.tok(k).key().endsWith("ed") || IRREGULAR_PAST.contains(d.tok(k)))
                && (k + 1 == a || d.word(k + 1) && !d.capitalised(k + 1) && run.at[k + 1] == null)) {
            return true; // "after Iran fired missiles at Israel": the verb before the act's own words
        }
        return k == a;
    }

    /** Is there an actor in the noun phrase from token i ("Norland's de facto leader Tomas Varga")? */
    private boolean actorInNounPhrase(int i) {
        for (int k = i; k < d.size() && k < i + 6; k++) {
            Token t = d.tok(k);
            if (run.at[k] != null) {
                return true;
            }
            if (!t.isWord() || t.is("and") || t.is("or") || t.in(DETERMINERS) && k > i) {
                return false;
            }
        }
        return false;
    }

    /** A comma at k opens "X said" or "said X": a reporting clause, up to the next comma or the end. */
    private boolean reportingClauseAfter(int k, int to) {
        return reportingClauseAfter(k, to, false);
    }

    /**
     * The same; with {@code noList}, not past an "and" or "or" ("summoned the ambassadors of Germany, France and Italy
     * and said": the list's end and the subject's next verb).
     */
    private boolean reportingClauseAfter(int k, int to, boolean noList) {
        for (int j = k + 1; j < to && j <= k + 10 && !d.tok(j).isPunct(','); j++) {
            if (run.speechAt(j)) {
                return true;
            }
            if (noList && (d.is(j, "and") || d.is(j, "or"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Does the comma at k open a reporting clause that ends the sentence: ", Moscow said.", ", said the
     * ministry on Monday."? Only the reporter and the verb, then at most a few words to the full stop.
     */
    private boolean closingReport(int k) {
        int end = d.sentenceEnd(d.tok(k).sentence());
        int j = k + 1 + (d.is(k + 1, "the") ? 1 : 0);
        Mention m = j < end ? run.at[j] : null;
        int verb;
        if (m != null && m.first() == j) {
            verb = m.last() + 1;
            // ("..., Mozambique's defence ministry said": past the owner's office, the same side)
            while (verb < end && (d.tok(verb).kind() == Token.Kind.POSSESSIVE
                    || run.at[verb] != null && run.at[verb].ent() == m.ent())) {
                verb = run.at[verb] != null ? run.at[verb].last() + 1 : verb + 1;
            }
        } else if (j < end && run.speechAt(j)) {
            verb = j; // ", said the ministry"
        } else {
            return false;
        }
        if (verb >= end || !run.speechAt(verb) && !(m != null && verb + 1 < end && run.speechAt(verb + 1))) {
            return false;
        }
        for (int x = verb + 1; x < end; x++) {
            if (d.tok(x).isPunct(',') || d.tok(x).kind() == Token.Kind.QUOTE || x > verb + 6) {
                return false;
            }
        }
        return true;
    }

    /** "to the force", "to the mission" after token b in the clause. */
    private boolean missionNounAfter(int b, int to) {
        for (int k = b + 1; k + 2 < to + 1 && k <= b + 8; k++) {
            if (d.tok(k).is("to") && d.tok(k + 1).is("the") && d.tok(k + 2) != null
                    && (d.tok(k + 2).is("force") || d.tok(k + 2).is("mission") || d.tok(k + 2).is("operation"))) {
                return true;
            }
        }
        return false;
    }

    /** A verb right after the mention: a past form or an auxiliary ("as Brazil moved", "as Iran has"). */
    private boolean verbAfter(Mention m) {
        Token v = d.tok(m.last() + 1);
        return v != null && v.isWord() && !v.capitalised() && (v.key().endsWith("ed") || v.in(AUXILIARIES));
    }

    /**
     * Does a holder of an office of the side named at m come after it, then a verb in the past: "Kenya's foreign minister
     * said", "Kenya's foreign minister, Amos Wekesa, warned", "Ghana's envoys met"?
     */
    private boolean officeThenVerb(Mention m) {
        int v = m.last() + 1;
        if (v + 1 >= d.size() || d.tok(v).kind() != Token.Kind.POSSESSIVE
                || !run.isTitle(v + 1) && !(d.word(v + 1) && PEOPLE_NOUNS.containsAt(d, v + 1))) {
            return false;
        }
        for (v++; v < d.size() && v <= m.last() + 12; v++) {
            if (run.isTitle(v) || d.word(v) && PEOPLE_NOUNS.containsAt(d, v) || d.tok(v).isPunct(',')
                    || run.at[v] != null && run.at[v].ent().isPerson()) {
                continue;
            }
            break;
        }
        return pastVerbAt(v);
    }

    /** Is token v a lower-case verb in the past (or an auxiliary) that names no actor: "said", "warned", "had"? */
    private boolean pastVerbAt(int v) {
        return d.word(v) && !d.capitalised(v) && run.at[v] == null
                && (d.tok(v).key().endsWith("ed") || IRREGULAR_PAST.containsAt(d, v) || d.in(v, AUXILIARIES));
    }

    /** Verbs of a purpose against a side: "sent troops to topple him", "deployed forces to crush the rebels". */
    private static final Words HOSTILE_PURPOSES = Words.of("topple", "overthrow", "oust", "depose", "unseat", "crush",
            "attack", "fight", "kill", "capture", "arrest", "remove", "punish", "suppress", "expel", "invade", "seize");

    /** Does "to" and a verb of a hostile purpose stand between the trigger's end b and token t ("troops to" ends at it)? */
    private boolean hostilePurpose(int b, int t) {
        for (int k = b; k + 1 < t; k++) {
            if (d.is(k, "to") && d.word(k + 1) && HOSTILE_PURPOSES.containsAt(d, k + 1) && !d.is(k + 2, "alongside")
                    && !d.is(k + 2, "beside") && !d.is(k + 2, "with") && !d.is(k + 2, "for")) {
                return true; // (not "to fight alongside the Congolese army", "to fight for the M23")
            }
        }
        return false;
    }

    /** An aid group, a rights group or another body of type "other" (a person of one too): one that watches a fight. */
    private static boolean observer(Ent e) {
        return sideOf(e).type == ActorType.OTHER;
    }

    /** Do more sides of a list follow the side named at m, then a verb in the past: "Nauru and Palau said"? */
    private boolean listThenVerb(Mention m) {
        int v = m.last() + 1;
        boolean more = false;
        while (v + 1 < d.size() && (d.is(v, "and") || d.tok(v).isPunct(',')) && run.at[v + 1] != null
                && run.at[v + 1].first() == v + 1 && run.at[v + 1].form() != Mention.Form.PRONOUN) {
            v = run.at[v + 1].last() + 1;
            more = true;
        }
        return more && pastVerbAt(v);
    }

    /** A state or place named as where something happens: "in Gaborone", "at the border near Chad". */
    private boolean locative(Mention m) {
        int q = d.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1; // ("in Mali and the Central African Republic")
        Token p = d.tok(q);
        if (m.ent().isState() && p != null && (p.isPunct(',') || p.is("and") || p.is("or"))) {
            // "chosen in Paris, Rome and Frankfurt": every place of a list after the preposition
            Mention before = q >= 1 ? run.at[q - 1] : null;
            return before != null && before != m && locative(before);
        }
        if (p != null && p.is("in") && d.word(m.first() - 2) && RULERS.contains(d.tok(m.first() - 2))) {
            return false; // "the juntas in Bamako and Niamey": those who rule there, not a place
        }
        return m.ent().isState() && p != null && p.isWord() && (p.is("in") || p.is("at") || p.is("near")
                || p.is("inside") || p.is("outside") || p.is("around"));
    }

    /**
     * Are the sides all named after a verb of the trigger at a..b, as its objects ("fought X and Y"), not
     * as a pair after "between" or "with" ("fighting between X and Y", "clashed with X and Y")?
     */
    private boolean objectsOfVerb(Lexicon.Trigger trig, int a, int b, int to, List<Ent> sides) {
        // "The RSF has been fighting the army and the Joint Forces": a verb after its auxiliary
        boolean progressive = d.tok(a).key().endsWith("ing") && d.in(a - 1, AUXILIARIES);
        if (trig.noun() || d.tok(a).key().endsWith("ing") && !progressive) {
            return false; // (not "the fighting", "clashes": nouns that name the pair's act)
        }
        for (int k = a; k < to && k <= b + 12 && (k <= b || run.at[k] == null || d.in(k - 1, PLACE_PREPOSITIONS)); k++) {
            if (d.is(k, "between") || d.is(k, "with") || d.is(k, "alongside") || d.is(k, "among")) {
                return false; // (past a place: "clashes in Tripoli between X and Y")
            }
            k = run.at[k] != null ? run.at[k].last() : k;
        }
        for (Ent e : sides) {
            if (!afterTrigger(e, b, to)) {
                return false;
            }
        }
        return true;
    }

    /** Is the actor named between token b and the clause's end? */
    private boolean afterTrigger(Ent e, int b, int to) {
        for (int k = b + 1; k < to && k <= b + 12; k++) {
            if (run.at[k] != null && run.at[k].ent() == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is the actor named in this sentence only as the one who brokers or hosts ("a deal brokered by Oman", "an
     * Oman-brokered swap", "talks mediated by the UAE")? A go-between is no side of what the sides do together.
     */
    private boolean onlyMediator(Ent e, int sentence) {
        boolean mediator = false;
        for (Mention m : e.mentions) {
            if (d.tok(m.first()).sentence() != sentence || TextImporter.inDateline(d, m.first())) {
                continue; // (nor "MUSCAT, Oman -": a dateline's place)
            }
            boolean by = m.first() >= 2
                    && (d.is(m.first() - 1, "by") || d.is(m.first() - 1, "the") && d.is(m.first() - 2, "by"));
            int verb = d.is(m.first() - 1, "the") ? m.first() - 3 : m.first() - 2;
            boolean brokeredBy = by && verb >= 0 && d.word(verb) && BROKERING.contains(d.tok(verb));
            boolean brokered = d.tok(m.last() + 1) != null && d.tok(m.last() + 1).isPunct('-') && d.word(m.last() + 2)
                    && BROKERING.contains(d.tok(m.last() + 2));
            if (!brokeredBy && !brokered) {
                return false;
            }
            mediator = true;
        }
        return mediator;
    }

    private static final Words BROKERING = Words.of("brokered", "mediated", "facilitated");

    /** After "agreed" at b: "to meet again", "to hold (another round of) talks", "to resume negotiations"? */
    private boolean agreedToTalk(int b) {
        for (int k = b + 1; k + 1 < d.size() && k <= b + 4; k++) {
            if (!d.is(k, "to")) {
                continue;
            }
            if (d.is(k + 1, "meet")) {
                return true;
            }
            if (!d.word(k + 1) || !TALKS_VERBS.contains(d.tok(k + 1))) {
                return false;
            }
            for (int j = k + 2; j < d.size() && j <= k + 6 && d.word(j); j++) {
                if (TALKS_NOUNS.contains(d.tok(j))) {
                    return true;
                }
                if (!TALKS_FILLERS.contains(d.tok(j))) {
                    return false; // "agreed to reopen embassies and begin a dialogue": a deal first
                }
            }
            return false;
        }
        return false;
    }

    private static final Words TALKS_VERBS = Words.of("hold", "resume", "continue", "start", "begin", "return",
            "reopen", "pursue", "open", "launch");
    /** Words between a verb of talking and its noun: "hold another round of direct talks". */
    private static final Words TALKS_FILLERS = Words.of("another", "a", "the", "new", "fresh", "further", "round",
            "of", "direct", "formal", "peace", "indirect", "their", "its");
    private static final Words TALKS_NOUNS = Words.of("talks", "negotiations", "dialogue", "consultations",
            "round", "discussions");

    /**
     * "a Port-au-Prince fuel distributor, Caribe Petrol Services,", "a Kenyan logistics firm, Tana Freight,": a place
     * or people that qualifies an indefinite noun, whose name follows after a comma; that name, else null.
     */
    private Mention placeModifyingApposedNoun(Mention m, int to) {
        if (!(d.is(m.first() - 1, "a") || d.is(m.first() - 1, "an")) || m.ent().isPerson()) {
            return null;
        }
        int k = m.last() + 1;
        int nouns = 0;
        while (k < to && nouns < 3 && d.word(k) && !d.capitalised(k) && run.at[k] == null && !d.in(k, FUNCTION)) {
            k++;
            nouns++;
        }
        if (nouns == 0 || k + 1 >= to || !d.tok(k).isPunct(',') || closingReport(k)) {
            return null; // (not "rejected a US nuclear proposal, Foreign Minister X said")
        }
        Mention named = run.at[k + 1];
        return named != null && named.first() == k + 1 && named.naming() && !named.ent().isState() ? named : null;
    }

    /** "displaced by the fighting", "fled from the clashes", "affected by drought and fighting": what people suffer. */
    private boolean sufferedFrom(int i) {
        int k = i - 1;
        if (d.is(k, "the")) {
            k--;
        }
        if (d.is(k, "and") && d.word(k - 1) && !d.capitalised(k - 1) && run.at[k - 1] == null) {
            k -= 2; // "drought and fighting"
        }
        return d.is(k, "by") && !(k == i - 1 && d.word(k - 1) && RESPONDING.contains(d.tok(k - 1))) || d.is(k, "from");
    }

    /** Verbs of a side's answer, which a means follows: "responded by shelling", "retaliated by bombing". */
    private static final Words RESPONDING = Words.of("responded", "retaliated", "reacted", "replied", "answered");

    /** "covers armed attacks on", "to deter attacks against": an act a pact or a force would answer, not one done. */
    private boolean coveredBy(int i) {
        return wordShortlyBefore(i, COVERING, 3, false);
    }

    /**
     * Is a word of {@code words} at most {@code reach} tokens before token i, with only lower-case words between
     * (and, when {@code figures}, any word, number or hyphen: "the 2016 peace agreement")?
     */
    private boolean wordShortlyBefore(int i, Words words, int reach, boolean figures) {
        for (int k = i - 1; k >= Math.max(0, i - reach); k--) {
            if (d.word(k) && words.contains(d.tok(k))) {
                return true;
            }
            boolean between = figures ? d.word(k) || d.number(k) || d.tok(k).isPunct('-')
                    : d.word(k) && !d.capitalised(k);
            if (!between || run.at[k] != null) {
                return false;
            }
        }
        return false;
    }

    /** "monitored the 2016 peace agreement", "to verify a future ceasefire": a verb of overseeing a few words before. */
    private boolean overseenBy(int i) {
        return wordShortlyBefore(i, OVERSEEING, 5, true);
    }

    private static final Words OVERSEEING = Words.of("monitored", "monitors", "monitoring", "monitor", "verify",
            "verifies", "verified", "verifying", "oversee", "oversees", "overseeing", "oversaw", "guarantee",
            "guarantees", "guaranteed", "guaranteeing", "supervise", "supervises", "supervised", "supervising");

    private static final Words COVERING = Words.of("covers", "cover", "covered", "covering", "deter", "deters",
            "deterring", "prevent", "prevents", "preventing", "repel", "repels", "against");

    /** Is the mention the source an "according to" names ("According to US officials", "according to the UN")? */
    private boolean accordingTo(Mention m) {
        int k = m.first() - 1;
        while (k >= 0 && run.at[k] != null && run.at[k].ent() == m.ent()) {
            k = run.at[k].first() - 1; // "US officials": the whole phrase
        }
        k -= d.is(k, "the") ? 1 : 0;
        return d.is(k, "to") && d.is(k - 1, "according");
    }


    /** What a deal grants the other side: "a deal giving Ethiopia a lease", "an accord granting Russia access". */
    private static final Words GRANTING = Words.of("giving", "granting", "allowing", "offering", "letting");

    /** Words between a listed side and its label: "as a foreign terrorist organisation". */
    private static final Words LABEL_LEADS = Words.of("as", "a", "an", "the", "foreign", "specially", "designated",
            "global");

    /** "lists the ELN as": "as" right after the actor that follows the verb at i. */
    private boolean asAfterActor(int i) {
        int k = d.is(i + 1, "the") ? i + 2 : i + 1;
        Mention m = k < d.size() ? run.at[k] : null;
        return m != null && m.first() == k && d.is(m.last() + 1, "as");
    }

    /** "rejected the accusations", "dismissed these allegations", "rejected the charge": a charge after the trigger at b. */
    private boolean deniedCharge(int b) {
        int k = b + 1;
        if (d.is(k, "the") || d.is(k, "these") || d.is(k, "those") || d.is(k, "such") || d.is(k, "all")) {
            k++;
        }
        for (int n = 0; n < 2 && d.word(k) && !d.capitalised(k) && !d.in(k, FUNCTION) && !CHARGES.contains(d.tok(k))
                && !d.is(k, "claims") && !d.is(k, "claim") && run.at[k] == null; n++) {
            k++; // "dismissed fresh allegations", "rejected the latest accusations"
        }
        // ("rejected claims that it had supplied missiles to Russia": a charge too, by its "that")
        return d.word(k) && (CHARGES.contains(d.tok(k)) || (d.is(k, "claims") || d.is(k, "claim")) && d.is(k + 1, "that"));
    }

    /** Verbs by which a draft fails: "had been vetoed", "was blocked", "failed". */
    private static final Words DRAFT_FAILING = Words.of("vetoed", "blocked", "defeated", "rejected", "failed", "fails",
            "sank", "scuttled", "withdrawn");

    /** Does a verb by which a draft fails come within eight words from token k, in its sentence? */
    private boolean draftBlockedAfter(int k) {
        int end = d.sentenceEnd(d.tok(k - 1).sentence());
        for (int j = k; j < end && j <= k + 8; j++) {
            if (d.word(j) && DRAFT_FAILING.contains(d.tok(j))) {
                return true;
            }
            if (d.tok(j).isPunct(',') || d.tok(j).isPunct(';')) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of brushing a charge aside: "rejected", "dismissed", "denied", "refuted". */
    private static final Words DISMISSING = Words.union(DENYING, Words.of("reject", "rejects", "rejected", "rejecting",
            "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting", "rebuffed",
            "rebuffs"));

    /**
     * Is the charge at token i the object of a verb of dismissing it, past at most three words of its own ("rejected
     * accusations", "dismissed the latest UN accusations", "denied Western allegations")?
     */
    private boolean chargeDismissed(int i) {
        int start = d.sentenceStart(d.tok(i).sentence());
        for (int k = i - 1; k >= start && k >= i - 4; k--) {
            if (!d.word(k) || d.in(k, AUXILIARIES) || d.in(k, NEGATIONS)) {
                return false;
            }
            if (DISMISSING.contains(d.tok(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Words CHARGES = Words.of("accusation", "accusations", "allegation", "allegations", "charge",
            "charges"); // (not "claims": "rejected the claims of the Philippines" to the sea is a stance)

    /** Words that make a plural demonym a people: "ordinary Haitians", "innocent Palestinians". */
    private static final Words PEOPLE_QUALIFIERS = Words.of("ordinary", "innocent", "unarmed", "displaced", "poor",
            "young", "civilian", "fellow", "many", "millions", "thousands", "hungry");

    /** What texts and talks are about: "passages on sanctions", "a debate over the deployment". */
    private static final Words TOPICS = Words.of("passages", "passage", "paragraph", "paragraphs", "language",
            "clause", "clauses", "provisions", "provision", "debate", "debates", "discussion", "discussions",
            "talks", "consultations", "negotiations", "briefing", "report", "question", "questions", "views", "stance");

    /** Several states' rulers, named by where they sit: "the juntas in Bamako and Niamey". */
    private static final Words RULERS = Words.of("juntas", "governments", "regimes", "rulers", "authorities");

    /**
     * A finite verb in the past among tokens [from, to): a lower-case word ending in "ed", but not a participle after
     * "the" or a possessive ("Iran's continued shelling").
     */
    private boolean verbBetween(int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (d.word(k) && !d.capitalised(k) && d.tok(k).key().endsWith("ed") && !d.in(k - 1, DETERMINERS)
                    && run.at[k] == null && !(k > 0 && d.tok(k - 1).kind() == Token.Kind.POSSESSIVE)
                    && !(d.word(k - 1) && d.tok(k - 1).key().endsWith("ly"))) { // ("newly appointed")
                return true;
            }
        }
        return false;
    }

    /**
     * The sides of a truce or a signed text at a..b: the subject and the one it is signed "with", the signers
     * "by" whom a passive names, the pair the text spoke of, or the one a deal grants something to.
     */
    private List<Ent> signers(int a, int b, int from, int to, boolean signed) {
        Quotes.Found quote = quotes.quoteAt(a);
        // "expels top UN official, signs defence pact with Turkey", "hours before signing a pact": the sentence's subject
        Ent subject = quote == null && (headlineAt(a) && coordinatedVerb(a, null) || timedParticiple(a))
                ? quotes.firstSubject(pastReport(d.sentenceStart(d.tok(a).sentence()), a), a) : null;
        List<Ent> parties = new ArrayList<>(subject != null ? List.of(subject) : agentsBefore(a, from, false));
        int byAt = d.is(a, "signed") && b == a && !d.tok(a - 1).in(PASSIVE) ? signedBy(a) : -1;
        Mention signedBy = byAt > a ? headAfter(byAt, to) : null;
        if (signedBy != null) {
            parties = new ArrayList<>(listFrom(signedBy, to)); // "an agreement signed by Kinshasa and Kigali"
        }
        for (int k = b + 1; k + 1 < to && k <= b + 4 && parties.size() == 1; k++) {
            if (d.tok(k).is("with")) {
                Mention other = headAfter(k, to);
                int at = k + 1 + (d.tok(k + 1).is("the") ? 1 : 0);
                Mention first = at < to ? run.at[at] : null;
                if (other != null && (other.first() == at || first != null && first.form() == Mention.Form.DEMONYM
                        && namedAfterDescriptor(first, to) == other // ("with Russian state company Rosatom")
                        || first == null && describedAsOf(at, other.first()))) { // ("with the breakaway region of X")
                    parties.add(other.ent());
                }
            }
        }
        if (d.tok(a - 1) != null && d.tok(a - 1).in(PASSIVE)) {
            // "The pact was signed in Port Vila by Prime Minister X and China's minister, Y": the signers
            for (int k = b + 1; k < to && k <= b + 8; k++) {
                // (not "signed in a ceremony attended by diplomats from Cuba, Norway ...": those who watch sign nothing)
                Mention by = d.is(k, "by") && !(d.word(k - 1) && WITNESSING.contains(d.tok(k - 1))) ? headAfter(k, to)
                        : null;
                if (by != null) {
                    parties = new ArrayList<>(listFrom(by, to));
                    break;
                }
            }
        }
        if (parties.isEmpty()) {
            parties = pairBefore(a, from); // "the two governments signed a memorandum"
        }
        for (int k = b + 1; signed && k + 1 < to && k <= b + 5 && parties.size() == 1; k++) {
            Mention given = GRANTING.contains(d.tok(k)) ? run.at[k + 1] : null;
            if (given != null && given.first() == k + 1 && given.naming() && !parties.contains(given.ent())) {
                parties = new ArrayList<>(parties);
                parties.add(given.ent()); // "signed a deal giving Ethiopia a 50-year lease": the one it grants to
            }
        }
        return parties;
    }

    /**
     * Do the words from k up to the name at n describe it, with "of" before it ("the breakaway region of Somaliland",
     * "the self-declared republic of")? A few lower-case words, no other name between.
     */
    private boolean describedAsOf(int k, int n) {
        if (n - k < 2 || n - k > 4 || !d.is(n - 1, "of")) {
            return false;
        }
        for (int j = k; j < n - 1; j++) {
            if (!d.word(j) || d.capitalised(j) || run.at[j] != null || d.in(j, FUNCTION)) {
                return false;
            }
        }
        return true;
    }

    /** Participles of those present at a signing who do not sign: "attended by", "witnessed by". */
    private static final Words WITNESSING = Words.of("attended", "witnessed", "hosted", "brokered", "mediated",
            "overseen", "observed", "chaired");

    /**
     * The last mention of the list that mention m opens ("Britain, Japan and Germany", "Egypt, the UAE, and
     * Bahrain"), before token {@code limit}: m itself when no list follows it.
     */
    private Mention lastOfList(Mention m, int limit) {
        while (true) {
            int k = m.last() + 1;
            k += d.tok(k) != null && d.tok(k).isPunct(',') ? 1 : 0;
            k += d.is(k, "and") ? 1 : 0;
            k += d.is(k, "the") ? 1 : 0;
            if (k == m.last() + 1 || k >= limit || run.at[k] == null || run.at[k].first() != k) {
                return m;
            }
            m = run.at[k];
        }
    }

    /**
     * "Britain, Japan and Germany condemned the decree in a joint statement": the list the sentence opens with, the
     * subject of the verb after it, for the phrase "in a joint ..." at a; empty for none. (Part of
     * {@link #participants}, split off to keep it small enough for C2.)
     */
    private List<Ent> jointStatementOpeners(int a) {
        if (a < 3 || !d.is(a - 2, "in") || !(d.is(a - 1, "a") || d.is(a - 1, "their"))) {
            return List.of();
        }
        int start = d.sentenceStart(d.tok(a).sentence());
        int k = start;
        while (k < a - 2 && (run.at[k] == null || !run.at[k].naming() || TextImporter.inDateline(d, k))) {
            k = run.at[k] != null ? run.at[k].last() + 1 : k + 1;
        }
        Mention last = k < a - 2 ? lastOfList(run.at[k], a) : null;
        if (last == null || !d.word(last.last() + 1) || d.capitalised(last.last() + 1) || run.at[last.last() + 1] != null) {
            return List.of();
        }
        return withListBefore(last, start);
    }

    /**
     * "The United States and Germany, in a joint statement, criticised ...", "The United States, Britain and Norway said
     * in a joint statement": the list a joint phrase at [a, b] is set off from, or that says it; empty for none.
     * (Part of {@link #participants}, split off to keep it small enough for C2 to inline its calls.)
     */
    private List<Ent> sidesOfJointPhrase(int a, int b, int to) {
        List<Ent> sides = new ArrayList<>();
        // "The United States and Germany, in a joint statement, criticised ...": the pair the phrase is set off from
        if (a >= 4 && (d.is(a - 1, "a") || d.is(a - 1, "their")) && d.is(a - 2, "in") && d.tok(a - 3).isPunct(',')
                && run.at[a - 4] != null && run.at[a - 4].naming()) {
            sides.addAll(withListBefore(run.at[a - 4], d.sentenceStart(d.tok(a).sentence())));
            // "The Houthis, in a joint statement with Iran, ...": the one it is issued with too
            Mention with = d.is(b + 1, "with") ? headAfter(b + 1, to) : null;
            if (with != null && with.first() <= b + 3 && !sides.contains(with.ent())) {
                sides.add(with.ent());
            }
            if (sides.size() >= 2) {
                return sides;
            }
            sides.clear();
        }
        // "The United States, Britain and Norway said in a joint statement", "... issued a joint statement":
        // the list that is the subject of the verb before the phrase
        if (a >= 3 && (d.is(a - 1, "a") || d.is(a - 1, "their"))) {
            int v = d.is(a - 2, "in") ? a - 3 : a - 2;
            boolean verb = v == a - 3 ? run.speechAt(v) : d.is(v, "issued") || d.is(v, "released");
            Mention last = verb && v >= 1 ? run.at[v - 1] : null;
            if (last != null && last.naming()) {
                sides.addAll(withListBefore(last, d.sentenceStart(d.tok(a).sentence())));
                if (sides.size() >= 2) {
                    return sides;
                }
                sides.clear();
            }
        }
        return sides;
    }

    /** The sides of a mutual phrase: "joint US-Saudi statement", "fighting between X and Y", "operations by X and Y". */
    private List<Ent> participants(int a, int b, int from, int to, boolean ownSubject) {
        List<Ent> sides = new ArrayList<>();
        List<Ent> listed = sidesOfJointPhrase(a, b, to);
        if (listed.size() >= 2) {
            return listed;
        }
        List<Ent> opening = jointStatementOpeners(a);
        if (opening.size() >= 2) {
            return opening;
        }
        // "In a joint statement, Egypt and Jordan criticised ...": the pair right after the phrase's comma
        if (a >= 2 && d.is(a - 1, "a") && d.is(a - 2, "in") && a - 2 == d.sentenceStart(d.tok(a).sentence())
                && d.tok(b + 1) != null && d.tok(b + 1).isPunct(',')) {
            for (int k = b + 2; k < to; k++) {
                Mention m = run.at[k];
                if (m != null && m.naming()) {
                    sides.add(m.ent());
                    k = m.last();
                } else if (!(d.is(k, "and") || d.tok(k).isPunct(',') || d.is(k, "the"))) {
                    break;
                }
            }
            if (sides.size() >= 2) {
                return sides;
            }
            sides.clear();
        }
        // "In a joint statement read out in Doha, the two governments pledged": the pair the text spoke of
        for (int k = b + 1; a >= 2 && d.is(a - 2, "in") && a - 2 == d.sentenceStart(d.tok(a).sentence())
                && k + 1 < d.size() && k <= b + 8; k++) {
            if (d.tok(k).isPunct(',')) {
                List<Ent> pair = pairNoun(k + 1) >= 0 ? pairOf(k + 1, null) : List.of();
                if (pair.size() >= 2) {
                    return new ArrayList<>(pair);
                }
                break;
            }
        }
        // "Thailand and the BRN, the main separatist group in the south, agreed to ...": the pair before the
        // apposition
        if (a - 1 > from && d.tok(a - 1).isPunct(',')) {
            List<Ent> pair = agentsBefore(a, from, false);
            if (pair.size() >= 2) {
                return new ArrayList<>(pair);
            }
        }
        // "Ethiopia and Eritrea trade accusations as the AU opens talks": the pair that is the subject
        Mention second = a - 1 >= from ? run.at[a - 1] : null;
        if (second != null && second.first() - 2 >= from && d.is(second.first() - 1, "and")) {
            Mention first = run.at[second.first() - 2];
            if (first != null && first.ent() != second.ent() && !quotes.afterPreposition(first)
                    && !run.possessiveAfter(second)) {
                sides.add(first.ent());
                sides.add(second.ent());
                return sides;
            }
        }
        for (int k = b + 1, limit = b + 12; k < to && k <= limit; k++) {
            int acronym = sides.isEmpty() ? -1 : acronymOfOneAfter(k, sides.get(sides.size() - 1));
            if (acronym > k) {
                limit += acronym - k + 1; // "by the National Alliance for Change, or ANC, and ...": the name again
                k = acronym;
                continue;
            }
            if (d.tok(k).isPunct(',') && reportingClauseAfter(k, to)) {
                break; // "fighting with al-Shabaab, the ministry said": the reporter is no side
            }
            if (d.tok(k).isWord() && d.tok(k).in(SUBORDINATORS)) {
                break; // "the joint operation was the largest since AUSSOM took over": another clause
            }
            if (!sides.isEmpty() && d.is(k, "alongside")) {
                break; // "to fight Islamic State alongside the SDF": a partner, no foe
            }
            if (!sides.isEmpty() && d.word(k) && !d.capitalised(k) && !d.in(k, PREPOSITIONS) && !d.in(k - 1, DETERMINERS)
                    && !d.is(k - 1, "and") && (d.lexicons(k) & run.lex.triggers.bit()) != 0
                    && run.lex.triggers.longest(d, k, false) != null) {
                // "a joint EU statement criticising Russia", "A joint statement by Russia and China criticised the United
                // States": the other verb's object, no partner (not "fighting between the army and the armed opposition")
                break;
            }
            if (k > b + 1 && (d.is(k, "over") || d.is(k, "about")) && run.at[k - 1] == null) {
                break; // "clashed with its allies over relations with Moscow": what they clash about
            }
            if (d.is(k, "with") && (d.is(k - 1, "border") || d.is(k - 1, "frontier") || d.is(k - 1, "borders"))) {
                break; // "joint patrols along the border with Chad": a place, no partner
            }
            if (!sides.isEmpty() && (d.tok(k).in(RELATIVE) || d.tok(k).isPunct(',') && d.tok(k + 1) != null
                    && (d.tok(k + 1).is("the") || d.tok(k + 1).is("a") || d.tok(k + 1).is("an")))) {
                break; // "fighting al-Shabaab, the al Qaeda-linked group that ...": what follows describes the side
            }
            Mention m = run.at[k];
            if (m != null && run.modifier(m)) {
                k = m.last();
                continue; // "a UN-brokered ceasefire": the broker is no side
            }
            int before = m == null ? -1 : m.first() - 1;
            while (before > b && d.word(before) && d.in(before, DETERMINERS)) {
                before--;
            }
            if (m != null && before >= 0 && d.word(before) && d.in(before, PLACE_PREPOSITIONS)) {
                k = m.last();
                continue; // "joint EU positions on Russia", "traded accusations at the UN": a topic or a place
            }
            if (m != null && (m.form() == Mention.Form.PRONOUN || nationalsOf(m))) {
                // "working together on the case, he said": the reporter, not a side; "the clashes had slowed the
                // return of Afghan refugees": a people, no side
                k = m.last();
                continue;
            }
            boolean ownerOfNonActor = m != null && run.possessiveAfter(m) && !actorInNounPhrase(m.last() + 2);
            if (m != null && !sides.contains(m.ent()) && (!run.possessiveAfter(m) || ownerOfNonActor)) {
                sides.add(m.ent());
                k = m.last();
            } else if (m != null) {
                k = m.last();
            }
        }
        // "joint US-Saudi statement": the actors right after "joint" but before the noun (not the speaker of "X said
        // the armies of the region have fought JNIM": the reported clause's own subject fights)
        if (sides.size() < 2 && !ownSubject) {
            for (int k = a - 1; k >= from && sides.size() < 2; k--) {
                Mention m = run.at[k];
                if (d.is(k, "where")) {
                    break; // "in the tri-border area, where the armies of the three countries have fought JNIM"
                }
                if (m == null && !sides.isEmpty() && run.speechAt(k) && k >= 1 && run.at[k - 1] != null
                        && observer(run.at[k - 1].ent())) {
                    break; // "Oxfam said Burundi was fighting the rebels": an aid group reporting is no side
                }
                if (m != null && !sides.contains(m.ent()) && !quotes.afterPreposition(m)) {
                    Mention people = m.first() >= 1 ? run.at[m.first() - 1] : null;
                    Mention last = people != null && people.ent() == m.ent() ? people : m; // "Cameroonian troops"
                    if (sides.isEmpty() && d.is(last.first() - 1, "and")) {
                        // "The United States, South Korea and Japan staged a joint air drill": the whole list
                        List<Ent> list = withListBefore(last, from);
                        if (list.size() >= 2) {
                            return new ArrayList<>(list);
                        }
                    }
                    sides.add(0, m.ent());
                    k = m.first();
                }
            }
        }
        return sides;
    }
}
