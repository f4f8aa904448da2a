package news.verbatim.extract;

import java.util.List;
import java.util.Set;
import news.verbatim.extract.QuoteAttribution.Method;

/**
 * Finds, for one quote, the phrase that attributes it: a cue verb and its subject right after the quote
 * ("“…,” Blinken said", "“…,” said Dr. Jane Roe", "“…,” Yuli Edelstein, head of …, said"), the nearest cue verb
 * before it in the same sentence ("Kirby said … it has “…”", "Sa'ar told him, “…”"), "according to X", or a
 * cue clause closing the sentence (", the Pentagon said.").
 *
 * <p>It only reads tokens, and leaves finding a cue verb's subject to {@link SubjectFinder}; turning the
 * subject phrase into a person is {@link SpeakerResolver}'s job.
 *
 * <pre>{@code
 * QuoteAttributions found = new AttributionFinder(layout, parser, subjects).find(layout.quoteToken(i));
 * }</pre>
 */
final class AttributionFinder {

    /** How far after the quote the cue verb of an attribution clause may stand. */
    private static final int MAX_CLAUSE_TOKENS = 32;

    /** Auxiliaries that make a cue verb passive ("was condemned by …"). */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are", "be");

    private final List<Tok> toks;
    private final ArticleLayout layout;
    private final NameParser parser;
    private final SubjectFinder subjects;

    AttributionFinder(ArticleLayout layout, NameParser parser, SubjectFinder subjects) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.subjects = subjects;
    }

    /** Every candidate attribution of the quote token {@code qt}. */
    QuoteAttributions find(int qt) {
        return new QuoteAttributions(after(qt), before(qt), accordingTo(qt), sentenceEnd(qt));
    }

    /** The attribution right after the quote token {@code qt}: ", X said", " said X", ", X, head of Y, said". */
    QuoteAttribution after(int qt) {
        int s = layout.sentenceOf(qt);
        int se = layout.sentenceEnd(s);
        int j = qt + 1;
        while (j < se && (toks.get(j).isPunct(",") || toks.get(j).isPunct("\u2014"))) {
            j++;
        }
        if (j >= se || !toks.get(j).isWord()) {
            return QuoteAttribution.NONE;
        }
        if (subjects.isCue(j)) {
            if (Lexicon.PARTICIPLE_CUES.contains(toks.get(j).lower())) {
                return QuoteAttribution.NONE; // "…,” adding Iran wants …": a new clause of the same speaker
            }
            // Inverted order: "…,” said Blinken." / "…,” added the spokesman."
            Mention m = parser.parseForward(toks, afterConstituency(j + 1, se), se);
            Mention described = m == null ? null : qualifiedRole(m, se);
            if (described != null) {
                return new QuoteAttribution(described, Method.AFTER, j, clauseEnd(j, se));
            }
            if (m != null) {
                // "…,” said its chief executive, Andrew Felsham-Doyle.": the name in apposition is the speaker.
                Mention named = nameInApposition(m, se);
                return new QuoteAttribution(named != null ? named : m, Method.AFTER, j, clauseEnd(j, se));
            }
            return QuoteAttribution.NONE;
        }
        int limit = Math.min(se, j + MAX_CLAUSE_TOKENS);
        int v = -1;
        for (int k = j; k < limit; k++) {
            if (toks.get(k).isQuote()) {
                break;
            }
            if (subjects.isCue(k)) {
                v = k;
                break;
            }
        }
        if (v < 0) {
            return QuoteAttribution.NONE;
        }
        if (toks.get(v - 1).isWord()) {
            Mention raw = parser.parseBackward(toks, j, v - 1);
            // "…,” the statement said": the document noun would otherwise be skipped as a gap ("in his statement")
            boolean whole = raw != null && (raw.type() == Mention.Type.ANON || raw.type() == Mention.Type.DOCUMENT_REF);
            if (whole && raw.first() <= j + 1) {
                return new QuoteAttribution(raw, Method.AFTER, v, clauseEnd(v, se));
            }
        }
        int e = subjects.skipGapBackward(j, v - 1);
        if (e > j && toks.get(e).isPunct(")")) {
            // "Coun. Dale Obermeyer (Charleswood-Tuxedo) said": a ward or a party in brackets after the name.
            int open = e - 1;
            while (open > j && !toks.get(open).isPunct("(")) {
                open--;
            }
            if (open > j) {
                e = subjects.skipGapBackward(j, open - 1);
            }
        }
        Mention group = subjects.groupSubject(j, e);
        if (group != null) {
            return new QuoteAttribution(group, Method.AFTER, v, clauseEnd(v, se));
        }
        int comma = -1;
        for (int k = j; k <= e; k++) {
            if (toks.get(k).isPunct(",")) {
                comma = k;
                break;
            }
        }
        if (comma >= 0 && toks.get(e).isPunct(",")) {
            // "…,” the ship's medical director, Dr Jens Albrektsen, told AFP": a description, then the name.
            Mention described = parser.parseBackward(toks, j, comma - 1);
            Mention named = described == null || described.first() != j ? null : nameInApposition(described, v);
            if (named == null && isRolePhrase(j, comma)) {
                // "…,” Carlton's head of football, Simone Carrick, said": a role phrase the parser reads as no one
                // description ("head of football", "envoy for Atlantic fisheries"), then the name.
                Mention name = parser.parseForward(toks, comma + 1, e);
                named = name != null && name.type() == Mention.Type.PERSON_NAME && name.coreWords() >= 2 ? name : null;
            }
            if (named != null && named.last() == e - 1) {
                return new QuoteAttribution(named, Method.AFTER, v, clauseEnd(v, se));
            }
        }
        Mention m;
        if (comma >= 0) {
            // "Name, apposition, said": the apposition must be closed by a comma right before the verb.
            if (!toks.get(e).isPunct(",") && !hasRelative(comma)) {
                return QuoteAttribution.NONE;
            }
            m = parser.parseBackward(toks, j, comma - 1);
        } else {
            m = parser.parseBackward(toks, j, e);
        }
        if (m == null || m.first() > j + (toks.get(j).lower().equals("the") ? 1 : 0)) {
            return QuoteAttribution.NONE;
        }
        return new QuoteAttribution(m, Method.AFTER, v, clauseEnd(v, se));
    }

    /**
     * "'…,' says Kindersley doctor as ER closes again", "says Tasman mayor": a single capitalised word the parser
     * read as a name or an organisation, then a listed role noun that no name follows, is a description of someone
     * unnamed from that place or body (never the place speaking); null for anything else.
     */
    private Mention qualifiedRole(Mention m, int se) {
        int role = m.last() + 1;
        boolean oneWord = m.first() == m.last()
                && (m.type() == Mention.Type.PERSON_NAME || m.type() == Mention.Type.ORG)
                && toks.get(m.first()).isCap();
        if (!oneWord
                || role >= se
                || !toks.get(role).isWord()
                || toks.get(role).isCap()
                || !Lexicon.ROLE_NOUNS.contains(toks.get(role).lower())
                || role + 1 < se && toks.get(role + 1).isCap()) {
            return null;
        }
        String words = toks.get(m.first()).text() + " " + toks.get(role).text();
        return new Mention(
                Mention.Type.ANON,
                m.first(),
                role,
                words,
                words,
                false,
                NameShapes.genderOf(toks.get(role).lower(), Gender.UNKNOWN),
                false,
                toks.get(role).lower());
    }

    /**
     * "…,” said Ward 7 Coun. Priya Mahal": the token after an electoral area and its number printed before a
     * title, where the speaker's phrase starts; {@code k} itself otherwise.
     */
    private int afterConstituency(int k, int limit) {
        if (k + 2 < limit
                && toks.get(k).isCap()
                && Lexicon.CONSTITUENCY_WORDS.contains(toks.get(k).lower())
                && toks.get(k + 1).text().chars().allMatch(Character::isDigit)
                && Lexicon.TITLE_WORDS.contains(toks.get(k + 2).lower())) {
            return k + 2;
        }
        return k;
    }

    /**
     * A personal name of two words or more right after description {@code d} and a comma ("its chief
     * executive, Andrew Felsham-Doyle"), before {@code limit}; null when {@code d} is a name itself or none
     * follows.
     */
    private Mention nameInApposition(Mention d, int limit) {
        boolean description = d.type() == Mention.Type.ANON || d.type() == Mention.Type.ROLE_REF;
        int c = d.last() + 1;
        if (!description || c + 1 >= limit || !toks.get(c).isPunct(",")) {
            return null;
        }
        int end = c + 1;
        while (end < limit && toks.get(end).isWord() && !subjects.isCue(end)) {
            end++;
        }
        Mention name = parser.parseForward(toks, c + 1, end);
        return name != null && name.type() == Mention.Type.PERSON_NAME && name.coreWords() >= 2 && name.first() <= c + 2
                ? name
                : null;
    }

    /**
     * Whether tokens {@code from} up to the comma at {@code comma} are words only, no cue among them, holding a
     * role noun or title ("Carlton's head of football", "Spain's special envoy for Atlantic fisheries").
     */
    private boolean isRolePhrase(int from, int comma) {
        boolean role = false;
        for (int k = from; k < comma; k++) {
            Tok t = toks.get(k);
            if (!t.isWord() || subjects.isCue(k)) {
                return false;
            }
            String l = Lexicon.lower(t.withoutPossessive());
            role |= !t.isPossessive() && NameShapes.isListedRoleOrTitle(l);
        }
        return role;
    }

    private boolean hasRelative(int comma) {
        return comma + 1 < toks.size()
                && (toks.get(comma + 1).lower().equals("who")
                        || toks.get(comma + 1).lower().equals("whose"));
    }

    /** The attribution clause runs to the sentence end or to the next quote, whichever comes first. */
    private int clauseEnd(int v, int se) {
        int k = v;
        while (k + 1 < se && !toks.get(k + 1).isQuote()) {
            k++;
        }
        return k;
    }

    /** The nearest cue verb before quote token {@code qt} in its sentence, with its subject. */
    QuoteAttribution before(int qt) {
        int s = layout.sentenceOf(qt);
        int ss = layout.sentenceStart(s);
        // "According to a statement posted on the union's website, …": the publisher, before any verb inside
        // the phrase ("posted") is taken for the cue.
        for (int v = Math.max(ss, qt - SubjectFinder.WINDOW); v + 1 < qt; v++) {
            if (toks.get(v).lower().equals("according")
                    && toks.get(v + 1).lower().equals("to")) {
                Mention m = publisher(null, v + 2, qt);
                if (m != null) {
                    return new QuoteAttribution(m, Method.BEFORE, v, qt - 1);
                }
                break;
            }
        }
        for (int v = qt - 1; v >= Math.max(ss, qt - SubjectFinder.WINDOW); v--) {
            Tok t = toks.get(v);
            if (t.isWord()
                    && t.lower().equals("according")
                    && v + 1 < qt
                    && toks.get(v + 1).lower().equals("to")) {
                int end = v + 2;
                while (end < qt && toks.get(end).isWord()) {
                    end++;
                }
                Mention m = publisher(parser.parseForward(toks, v + 2, end), v + 2, qt);
                if (m != null) {
                    return new QuoteAttribution(m, Method.BEFORE, v, qt - 1);
                }
                continue;
            }
            if (!subjects.isCue(v)) {
                continue;
            }
            Mention agent = passiveAgent(v, qt);
            if (agent != null) {
                return new QuoteAttribution(agent, Method.BEFORE, v, qt - 1);
            }
            Mention subj = subjects.subjectBefore(ss, v);
            return new QuoteAttribution(subj, Method.BEFORE, v, qt - 1);
        }
        return QuoteAttribution.NONE;
    }

    /**
     * "The plan was condemned by opposition councillor Imran Khalid as “…”": in the passive, the speaker is the
     * agent after "by", not the subject. Null when the cue at {@code v} is not a passive with an agent.
     */
    private Mention passiveAgent(int v, int qt) {
        if (v < 1 || v + 2 >= qt || !toks.get(v + 1).lower().equals("by")) {
            return null;
        }
        String aux = toks.get(v - 1).lower();
        if (!PASSIVE_AUXILIARIES.contains(aux)) {
            return null;
        }
        Mention m = parser.parseForward(toks, v + 2, qt);
        return m != null && m.type() != Mention.Type.PRONOUN ? m : null;
    }

    /**
     * "according to a statement posted on the union’s website", "… on the website of the Federation of X": the
     * document speaks for whoever published it. {@code m} is the phrase parsed after "according to" (null
     * when nothing parsed); the publisher is looked for up to {@code limit}.
     */
    private Mention publisher(Mention m, int from, int limit) {
        boolean document = toks.get(from).isWord()
                && (Lexicon.SOURCE_DETERMINERS.contains(toks.get(from).lower())
                        || toks.get(from).lower().equals("the"))
                && from + 1 < limit
                && Lexicon.DOCUMENT_NOUNS.contains(toks.get(from + 1).lower());
        if (!document) {
            return m;
        }
        for (int k = from + 2; k + 1 < limit && k < from + MAX_PUBLISHER_TOKENS; k++) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                break;
            }
            String next = toks.get(k + 1).lower();
            if (t.isPossessive() && (next.equals("website") || next.equals("site") || next.equals("account"))) {
                String owner = Lexicon.lower(t.withoutPossessive());
                if (t.isCap()) {
                    String name = NameShapes.capitalisedRun(toks, k);
                    return new Mention(Mention.Type.ORG, k, k, name, name, false, Gender.UNKNOWN, false, null);
                }
                if (Lexicon.ORG_NOUNS.contains(owner)) {
                    // "the union's website": the union the article named before
                    return new Mention(
                            Mention.Type.ORG_REF, k - 1, k, owner, owner, false, Gender.UNKNOWN, true, owner);
                }
            }
            if ((t.lower().equals("website") || t.lower().equals("site")) && next.equals("of")) {
                int end = k + 2;
                while (end < limit && toks.get(end).isWord()) {
                    end++;
                }
                Mention owner = parser.parseForward(toks, k + 2, end);
                if (owner != null) {
                    return owner; // "the website of the Norwegian Federation of Regional Banks"
                }
            }
        }
        return m;
    }

    /** How far after "according to a statement" its publisher is looked for. */
    private static final int MAX_PUBLISHER_TOKENS = 14;

    /** "according to X" after the quote, anywhere later in the sentence. */
    QuoteAttribution accordingTo(int qt) {
        int s = layout.sentenceOf(qt);
        int se = layout.sentenceEnd(s);
        for (int k = qt + 1; k + 1 < se && k < qt + SubjectFinder.WINDOW; k++) {
            if (toks.get(k).isQuote()) {
                return QuoteAttribution.NONE;
            }
            if (toks.get(k).lower().equals("according")
                    && toks.get(k + 1).lower().equals("to")) {
                int end = k + 2;
                while (end < se && toks.get(end).isWord()) {
                    end++;
                }
                Mention m = publisher(parser.parseForward(toks, k + 2, end), k + 2, se);
                if (m != null) {
                    return new QuoteAttribution(m, Method.ACCORDING_TO, k, end - 1);
                }
                return QuoteAttribution.NONE;
            }
        }
        return QuoteAttribution.NONE;
    }

    /** A cue clause closing the sentence after the quote: "… in the region, the coach said." */
    QuoteAttribution sentenceEnd(int qt) {
        int s = layout.sentenceOf(qt);
        int se = layout.sentenceEnd(s);
        int lastComma = -1;
        if (se - qt > SubjectFinder.WINDOW) {
            return QuoteAttribution.NONE; // a cue clause closing a very long sentence is too far to be this quote's
        }
        for (int k = qt + 1; k < se; k++) {
            if (toks.get(k).isQuote()) {
                return QuoteAttribution.NONE;
            }
            if (toks.get(k).isPunct(",")) {
                lastComma = k;
            }
        }
        if (lastComma < 0) {
            return QuoteAttribution.NONE;
        }
        int v = -1;
        for (int k = lastComma + 1; k < se; k++) {
            if (subjects.isCue(k)) {
                v = k;
                break;
            }
        }
        if (v < 0) {
            return QuoteAttribution.NONE;
        }
        int e = subjects.skipGapBackward(lastComma + 1, v - 1);
        Mention m = e >= lastComma + 1 ? parser.parseBackward(toks, lastComma + 1, e) : null;
        if (m == null
                && v == lastComma + 1
                && Lexicon.ADDRESS_VERBS.contains(toks.get(v).lower())) {
            // "…," Spain's special envoy, Carmen Oliveras, told AFP: the name after "told" is who was told;
            // the speaker is the name in apposition just before the comma, or nobody.
            Mention named = appositionBefore(qt, lastComma);
            return named == null ? QuoteAttribution.NONE : new QuoteAttribution(named, Method.SENTENCE_END, v, se - 1);
        }
        if (m == null && v == lastComma + 1) {
            m = parser.parseForward(toks, v + 1, se);
        }
        if (m == null
                || m.first() > lastComma + 1 + (toks.get(lastComma + 1).lower().equals("the") ? 1 : 0)
                        && v != lastComma + 1) {
            return QuoteAttribution.NONE;
        }
        return new QuoteAttribution(m, Method.SENTENCE_END, v, se - 1);
    }

    /** The personal name between the comma before {@code comma} (after the quote at {@code qt}) and it. */
    private Mention appositionBefore(int qt, int comma) {
        int pc = comma - 1;
        while (pc > qt && !toks.get(pc).isPunct(",")) {
            pc--;
        }
        if (pc <= qt || comma - 1 <= pc) {
            return null;
        }
        Mention m = parser.parseBackward(toks, pc + 1, comma - 1);
        return m != null && m.type() == Mention.Type.PERSON_NAME && m.first() == pc + 1 ? m : null;
    }
}
