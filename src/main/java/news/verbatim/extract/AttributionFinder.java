package news.verbatim.extract;

import java.util.List;

/**
 * Finds, for one quote, the phrase that attributes it: a cue verb and its subject right after the quote
 * ("“…,” Blinken said", "“…,” said Dr. Jane Roe", "“…,” Yuli Edelstein, head of …, said"), the nearest cue verb
 * before it in the same sentence ("Kirby said … it has “…”", "Sa'ar told him, “…”"), "according to X", or a
 * cue clause closing the sentence (", the Pentagon said."). It also tells whether the quote stands as a
 * sentence of its own or is embedded in reported speech, which decides FULL vs FRAGMENT.
 *
 * <p>It only reads tokens; turning the subject phrase into a person is {@link SpeakerResolver}'s job.
 */
final class AttributionFinder {

    /** How an attribution was found; the order is the order of precedence. */
    enum Method {
        AFTER,
        BEFORE,
        ACCORDING_TO,
        SENTENCE_END,
        NONE
    }

    /**
     * @param subject  the subject phrase (may be null when the cue verb has no subject of its own, e.g. a
     *                 participle "adding …" — then the main clause's speaker applies)
     * @param method   where it was found
     * @param cue      token index of the cue verb (or of "according"), -1 if none
     * @param lastTok  the last token belonging to the attribution clause
     */
    record Attribution(Mention subject, Method method, int cue, int lastTok) {
        static final Attribution NONE = new Attribution(null, Method.NONE, -1, -1);

        boolean found() {
            return method != Method.NONE;
        }
    }

    /** How many tokens around a quote or verb attribution patterns may span; bounds the work per quote. */
    static final int WINDOW = 60;

    private final List<Tok> toks;
    private final ArticleLayout layout;
    private final NameParser parser;

    AttributionFinder(ArticleLayout layout, NameParser parser) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
    }

    /** True when the word at {@code i} is a cue verb used as a verb (not "the claims", "his calls"). */
    boolean isCue(int i) {
        Tok t = toks.get(i);
        if (!t.isWord() || !Lexicon.CUE_VERBS.contains(t.lower())) {
            return false;
        }
        return !(i > 0
                && toks.get(i - 1).isWord()
                && Lexicon.NOUN_DETERMINERS.contains(toks.get(i - 1).lower()));
    }

    /** The attribution right after the quote token {@code qt}: ", X said", " said X", ", X, head of Y, said". */
    Attribution after(int qt) {
        int s = layout.sentenceOf[qt];
        int se = layout.sentenceEnd(s);
        int j = qt + 1;
        while (j < se && (toks.get(j).isPunct(",") || toks.get(j).isPunct("\u2014"))) {
            j++;
        }
        if (j >= se || !toks.get(j).isWord()) {
            return Attribution.NONE;
        }
        if (isCue(j)) {
            if (Lexicon.PARTICIPLE_CUES.contains(toks.get(j).lower())) {
                return Attribution.NONE; // "…,” adding Iran wants …": a new clause of the same speaker
            }
            // Inverted order: "…,” said Blinken." / "…,” added the spokesman."
            Mention m = parser.parseForward(toks, j + 1, se);
            if (m != null) {
                return new Attribution(m, Method.AFTER, j, clauseEnd(j, se));
            }
            return Attribution.NONE;
        }
        int limit = Math.min(se, j + 32);
        int v = -1;
        for (int k = j; k < limit; k++) {
            if (toks.get(k).isQuote()) {
                break;
            }
            if (isCue(k)) {
                v = k;
                break;
            }
        }
        if (v < 0) {
            return Attribution.NONE;
        }
        if (toks.get(v - 1).isWord()) {
            Mention raw = parser.parseBackward(toks, j, v - 1);
            if (raw != null && raw.type() == Mention.Type.ANON && raw.first() <= j + 1) {
                return new Attribution(raw, Method.AFTER, v, clauseEnd(v, se));
            }
        }
        int e = skipGapBackward(j, v - 1);
        int comma = -1;
        for (int k = j; k <= e; k++) {
            if (toks.get(k).isPunct(",")) {
                comma = k;
                break;
            }
        }
        Mention m;
        if (comma >= 0) {
            // "Name, apposition, said": the apposition must be closed by a comma right before the verb.
            if (!toks.get(e).isPunct(",") && !hasRelative(comma)) {
                return Attribution.NONE;
            }
            m = parser.parseBackward(toks, j, comma - 1);
        } else {
            m = parser.parseBackward(toks, j, e);
        }
        if (m == null || m.first() > j + (toks.get(j).lower().equals("the") ? 1 : 0)) {
            return Attribution.NONE;
        }
        return new Attribution(m, Method.AFTER, v, clauseEnd(v, se));
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
    Attribution before(int qt) {
        int s = layout.sentenceOf[qt];
        int ss = layout.sentenceStart(s);
        for (int v = qt - 1; v >= Math.max(ss, qt - WINDOW); v--) {
            Tok t = toks.get(v);
            if (t.isWord()
                    && t.lower().equals("according")
                    && v + 1 < qt
                    && toks.get(v + 1).lower().equals("to")) {
                int end = v + 2;
                while (end < qt && toks.get(end).isWord()) {
                    end++;
                }
                Mention m = parser.parseForward(toks, v + 2, end);
                if (m != null) {
                    return new Attribution(m, Method.BEFORE, v, qt - 1);
                }
                continue;
            }
            if (!isCue(v)) {
                continue;
            }
            Mention subj = subjectBefore(ss, v);
            return new Attribution(subj, Method.BEFORE, v, qt - 1);
        }
        return Attribution.NONE;
    }

    /** "according to X" after the quote, anywhere later in the sentence. */
    Attribution accordingTo(int qt) {
        int s = layout.sentenceOf[qt];
        int se = layout.sentenceEnd(s);
        for (int k = qt + 1; k + 1 < se && k < qt + WINDOW; k++) {
            if (toks.get(k).isQuote()) {
                return Attribution.NONE;
            }
            if (toks.get(k).lower().equals("according")
                    && toks.get(k + 1).lower().equals("to")) {
                int end = k + 2;
                while (end < se && toks.get(end).isWord()) {
                    end++;
                }
                Mention m = parser.parseForward(toks, k + 2, end);
                if (m != null) {
                    return new Attribution(m, Method.ACCORDING_TO, k, end - 1);
                }
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /** A cue clause closing the sentence after the quote: "… in the region, the coach said." */
    Attribution sentenceEnd(int qt) {
        int s = layout.sentenceOf[qt];
        int se = layout.sentenceEnd(s);
        int lastComma = -1;
        if (se - qt > WINDOW) {
            return Attribution.NONE; // a cue clause closing a very long sentence is too far to be this quote's
        }
        for (int k = qt + 1; k < se; k++) {
            if (toks.get(k).isQuote()) {
                return Attribution.NONE;
            }
            if (toks.get(k).isPunct(",")) {
                lastComma = k;
            }
        }
        if (lastComma < 0) {
            return Attribution.NONE;
        }
        int v = -1;
        for (int k = lastComma + 1; k < se; k++) {
            if (isCue(k)) {
                v = k;
                break;
            }
        }
        if (v < 0) {
            return Attribution.NONE;
        }
        int e = skipGapBackward(lastComma + 1, v - 1);
        Mention m = e >= lastComma + 1 ? parser.parseBackward(toks, lastComma + 1, e) : null;
        if (m == null && v == lastComma + 1) {
            m = parser.parseForward(toks, v + 1, se);
        }
        if (m == null
                || m.first() > lastComma + 1 + (toks.get(lastComma + 1).lower().equals("the") ? 1 : 0)
                        && v != lastComma + 1) {
            return Attribution.NONE;
        }
        return new Attribution(m, Method.SENTENCE_END, v, se - 1);
    }

    /**
     * The subject of the cue verb at {@code v}, looking back to the sentence start {@code ss}: the phrase right
     * before the verb (past adverbs and time phrases: "Biden later told", "Gallant in his statement Friday
     * said"), a name in apposition right before the verb ("Its general secretary, Professor Nicola Ranger,
     * said"), a phrase followed by an apposition or relative clause ("Nasser Kanaani, the spokesperson …,
     * warned", "Austin, who … reiterated"), or the sentence's own subject ("Biden spoke … and told him").
     * Null when none of these holds (then the caller decides, e.g. for participles).
     */
    Mention subjectBefore(int ss, int v) {
        // "A statement from the Saudi foreign ministry said": the document's author speaks.
        for (int k = v - 2; k > ss && k >= v - 12; k--) {
            String l = toks.get(k).lower();
            if ((l.equals("from") || l.equals("by"))
                    && Lexicon.DOCUMENT_NOUNS.contains(toks.get(k - 1).lower())) {
                Mention author = parser.parseForward(toks, k + 1, v);
                if (author != null && author.last() == v - 1) {
                    return author;
                }
                break;
            }
        }
        // An unnamed source with a postmodifier reaches the verb itself ("a senior US official focused on the
        // Middle East said"): try it before skipping what looks like a time or place phrase.
        if (v - 1 >= ss && toks.get(v - 1).isWord()) {
            Mention raw = parser.parseBackward(toks, ss, v - 1);
            if (raw != null && raw.type() == Mention.Type.ANON) {
                return raw;
            }
        }
        int e = skipGapBackward(ss, v - 1);
        if (e >= ss && toks.get(e).isWord() && !toks.get(e).isPossessive()) {
            Mention m = parser.parseBackward(toks, ss, e);
            if (m != null && !(m.type() == Mention.Type.PRONOUN && isObjectPronoun(e))) {
                return m;
            }
        }
        int st = subjectStart(ss, v);
        // "Its general secretary, Professor Nicola Ranger, said", "The owners of the Elms, Bramley Care Group,
        // said": a name in apposition right before the verb names the subject.
        if (e > st && toks.get(e).isPunct(",")) {
            int c1 = e - 1;
            while (c1 >= st && c1 > e - WINDOW && !toks.get(c1).isPunct(",")) {
                c1--;
            }
            Mention named = fullNamedPhrase(c1 + 1, e);
            if (named != null && c1 >= st) {
                Mention head = parser.parseForward(toks, st, c1);
                // …unless the phrase before is itself the name ("Nasser Kanaani, the spokesperson …, warned").
                if (head == null
                        || head.last() != c1 - 1
                        || head.type() != Mention.Type.PERSON_NAME && head.type() != Mention.Type.ORG) {
                    return named;
                }
            }
        }
        if (st < v) {
            // "Name, apposition, verb", "Name, who …, verb" and "Name began by saying"
            Mention first = parser.parseForward(toks, st, v);
            if (first != null) {
                int after = first.last() + 1;
                boolean appos = after < v && toks.get(after).isPunct(",");
                if (appos || onlyPredicateBetween(after, v)) {
                    return first;
                }
            }
        }
        // Participles ("…,” adding …) and passives have no subject of their own: the caller decides.
        return null;
    }

    /**
     * The subject of a sentence without a cue verb, read from its start: the first phrase, or the name in
     * apposition after a description ("Her colleague, Joseph Kamau, who …, was more blunt").
     */
    Mention sentenceSubject(int ss, int se) {
        int st = subjectStart(ss, se);
        int c1 = st;
        while (c1 < se && c1 < st + 8 && !toks.get(c1).isPunct(",")) {
            c1++;
        }
        if (c1 > st && c1 < se && toks.get(c1).isPunct(",")) {
            int c2 = c1 + 1;
            while (c2 < se && c2 < c1 + 8 && !toks.get(c2).isPunct(",")) {
                c2++;
            }
            if (c2 < se) {
                Mention named = fullNamedPhrase(c1 + 1, c2);
                Mention head = parser.parseForward(toks, st, c1);
                if (named != null && (head == null || head.last() != c1 - 1)) {
                    return named;
                }
            }
        }
        Mention first = parser.parseForward(toks, st, se);
        if (first != null) {
            int after = first.last() + 1;
            if (!(after < se && toks.get(after).isWord() && toks.get(after).isPossessive())) {
                return first;
            }
        }
        return null;
    }

    /** A personal name of two words or more, or an organisation, filling exactly the tokens [a, b). */
    private Mention fullNamedPhrase(int a, int b) {
        if (a >= b) {
            return null;
        }
        Mention m = parser.parseForward(toks, a, b);
        if (m == null || m.last() != b - 1) {
            return null;
        }
        if (m.type() == Mention.Type.PERSON_NAME && m.coreWords() >= 2 || m.type() == Mention.Type.ORG) {
            return m;
        }
        return null;
    }

    /**
     * Between the sentence subject and the cue verb stands only its own predicate ("Nasrallah began by saying",
     * "Biden spoke to … and told him"), not another clause with a new subject ("…, and the Pentagon said").
     */
    private boolean onlyPredicateBetween(int from, int v) {
        for (int k = from; k < v; k++) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                return false;
            }
            if (t.isWord()
                    && (t.lower().equals("that")
                            || t.lower().equals("who")
                            || t.lower().equals("which"))) {
                // "X said that Y told …": the later verb has its own subject.
                return false;
            }
            if (t.isWord() && Lexicon.CUE_VERBS.contains(t.lower()) && k != v) {
                return false;
            }
        }
        return true;
    }

    private boolean isObjectPronoun(int i) {
        return i > 0
                && toks.get(i - 1).isWord()
                && Lexicon.ADDRESS_VERBS.contains(toks.get(i - 1).lower());
    }

    /** The first token of a sentence's subject: past connectives and an introductory adverbial + comma. */
    int subjectStart(int ss, int limit) {
        int k = ss;
        while (k < limit
                && (toks.get(k).kind() == Tok.Kind.PUNCT && !toks.get(k).isQuote()
                        || toks.get(k).isWord()
                                && Lexicon.LEADING_CONNECTIVES.contains(
                                        toks.get(k).lower()))) {
            k++;
        }
        if (k < limit
                && toks.get(k).isWord()
                && Lexicon.INTRO_WORDS.contains(toks.get(k).lower())) {
            for (int c = k + 1; c < Math.min(limit, k + 22); c++) {
                Tok t = toks.get(c);
                if (t.isQuote()) {
                    break;
                }
                if (t.isPunct(",")) {
                    return c + 1;
                }
            }
        }
        return k;
    }

    /** Steps back from {@code e} over adverbs, auxiliaries and time or place phrases to the subject's end. */
    int skipGapBackward(int from, int e) {
        int k = e;
        int skipped = 0;
        while (k >= from && skipped < 8) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                break;
            }
            String l = t.lower();
            if (Lexicon.GAP_WORDS.contains(l)
                    || Lexicon.CALENDAR.contains(l)
                    || Character.isDigit(t.text().charAt(0))) {
                k--;
                skipped++;
                continue;
            }
            // "in his statement", "in a CNN interview", "in Washington": a preposition-led phrase
            int p = k;
            while (p > from && p > k - 5 && toks.get(p).isWord()) {
                String pl = toks.get(p).lower();
                if (pl.equals("in")
                        || pl.equals("at")
                        || pl.equals("on")
                        || pl.equals("from")
                        || pl.equals("during")
                        || pl.equals("of") && p > from && toks.get(p - 1).nameLike()) {
                    break; // "Gallant in his statement Friday", "Inspector Rachel Dunne of Durham Constabulary"
                }
                p--;
            }
            if (p < k && p >= from && toks.get(p).isWord()) {
                String pl = toks.get(p).lower();
                if ((pl.equals("in")
                                || pl.equals("at")
                                || pl.equals("on")
                                || pl.equals("from")
                                || pl.equals("during")
                                || pl.equals("of") && toks.get(p - 1).nameLike())
                        && p > from) {
                    skipped += k - p + 1;
                    k = p - 1;
                    continue;
                }
            }
            break;
        }
        return k;
    }
}
