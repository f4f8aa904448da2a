package news.verbatim.extract;

import java.util.List;

/**
 * The speaker of a quote with no attribution of its own, from its context, or null (then UNKNOWN): a colon
 * introduction whose subject is "his"/"her" or a name ("Her answer was immediate: “…”"), the person the
 * previous sentence of the paragraph is about ("Ridley said he would not be speaking to the referee. “What’s
 * the point?”"), or, for a paragraph that is nothing but the quote, the speaker the previous paragraph ends
 * with; in a round-up that prints the quote first, the person the next paragraph is about.
 */
final class ContextSpeakers {

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SubjectFinder subjects;
    private final SpeakerResolver resolver;

    ContextSpeakers(ArticleLayout layout, NameParser parser, SubjectFinder subjects, SpeakerResolver resolver) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.subjects = subjects;
        this.resolver = resolver;
    }

    /** "Her answer was immediate: “…”": a colon introduction whose subject is his/her or X's. */
    ResolvedSpeaker introducedByPossessive(int i, int s) {
        int qt = layout.quoteToken(i);
        int ss = layout.sentenceStart(s);
        if (qt == ss || !toks.get(qt - 1).isPunct(":")) {
            return null;
        }
        int st = subjects.subjectStart(ss, qt);
        Tok t = toks.get(st);
        if (t.lower().equals("his") || t.lower().equals("her")) {
            String p = t.lower().equals("his") ? "he" : "she";
            Mention m = new Mention(Mention.Type.PRONOUN, st, st, p, t.text(), false, Gender.ofPronoun(p), false, p);
            ResolvedSpeaker sp = resolver.resolve(m, s, st);
            return sp.isKnown() ? sp : null;
        }
        if (t.isPossessive()
                && NameShapes.isNameToken(t)
                && st + 1 < qt - 1
                && NameShapes.isNameToken(toks.get(st + 1))) {
            // "Redwoods' Ellery: 'We're not a finished team'": the possessive is the team or firm of the person
            // named after it, who speaks; never the team itself.
            return namedRightBeforeColon(st + 1, qt - 1, s);
        }
        if (t.isPossessive() && NameShapes.isNameToken(t)) {
            Mention m = parser.parseName(toks, ss, st);
            ResolvedSpeaker sp = m == null ? null : resolver.resolve(m, s, st);
            return sp != null && sp.kind() == SpeakerType.PERSON ? sp : null;
        }
        // "Asked whether …, Castellanos was blunt: “No. …”": the subject of the introducing clause.
        Mention subj = subjects.sentenceSubject(ss, qt);
        if (subj != null && (subj.type() == Mention.Type.PERSON_NAME || subj.type() == Mention.Type.PRONOUN)) {
            ResolvedSpeaker sp = resolver.resolve(subj, s, subj.first());
            return sp.kind() == SpeakerType.PERSON && !namedOnlyIn(sp.entity(), s) ? sp : null;
        }
        return null;
    }

    /**
     * Whether the words from {@code j} to {@code end} are "and" and a verb phrase of the subject before them ("and
     * refused to blame the referee"): a lower-case word after "and" that opens no noun phrase or new subject ("and
     * the developer withdrew it"), and no name or other capitalised word before the end.
     */
    private boolean sameSubjectGoesOn(int j, int end) {
        if (j + 1 > end || !toks.get(j).lower().equals("and")) {
            return false;
        }
        Tok verb = toks.get(j + 1);
        if (!verb.isWord()
                || verb.isCap()
                || Lexicon.NOUN_DETERMINERS.contains(verb.lower())
                || Lexicon.PRONOUNS.contains(verb.lower())) {
            return false;
        }
        for (int k = j + 2; k <= end; k++) {
            Tok t = toks.get(k);
            if (t.isCap() || t.isQuote()) {
                return false;
            }
        }
        return true;
    }

    /** The person named by the name words from {@code from} up to the colon at {@code colon}, or null. */
    private ResolvedSpeaker namedRightBeforeColon(int from, int colon, int s) {
        for (int k = from; k < colon; k++) {
            if (!NameShapes.isNameToken(toks.get(k)) || toks.get(k).isPossessive()) {
                return null;
            }
        }
        Mention m = parser.parseName(toks, from, colon - 1);
        ResolvedSpeaker sp = m == null ? null : resolver.resolve(m, s, m.first());
        return sp != null && sp.kind() == SpeakerType.PERSON ? sp : null;
    }

    /**
     * "Lib Dems: ‘cruel’ cut to winter fuel top-up": a capitalised pair named nowhere but in this one line is a
     * party, team or label, not evidence of a person.
     */
    private boolean namedOnlyIn(PersonEntity e, int s) {
        if (e == null) {
            return false;
        }
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        return e.mentions().stream().allMatch(m -> m >= ss && m < se);
    }

    /**
     * A quote sentence without attribution right after a sentence about a person in the same paragraph
     * ("Ridley said he would not be speaking to the referee. “What’s the point?”", "…, he laughed. “…”"):
     * news copy lets the previous sentence's subject speak.
     */
    ResolvedSpeaker fromPreviousSentence(int i, int s) {
        int qt = layout.quoteToken(i);
        int para = layout.spans.get(i).paragraph();
        if (qt != layout.sentenceStart(s)
                || s == 0
                || layout.sentenceParagraph(s - 1) != para
                || !onlyPunctuationAfter(qt, s)) {
            return null;
        }
        for (int k = layout.sentenceStart(s - 1); k < layout.sentenceEnd(s - 1); k++) {
            if (toks.get(k).isQuote()) {
                return null; // a quote of someone else in between: handled as continuation or not at all
            }
        }
        ResolvedSpeaker subj = resolver.resolvedSubject(s - 1);
        return subj != null && subj.kind() == SpeakerType.PERSON ? subj : null;
    }

    /**
     * A paragraph that is nothing but a quote, with no attribution: it continues the speaker of the previous
     * paragraph only when that paragraph ended with a colon introduction ("Smith said:") or with a quote of
     * that speaker and its attribution. Anything else is UNKNOWN.
     *
     * @param candidates every quote span of the article
     * @param decided    what was decided for the quotes before {@code i} (null for quotes that are not speech)
     */
    ResolvedSpeaker fromPreviousParagraph(int i, List<QuoteCandidate> candidates, AttributedQuote[] decided) {
        int qt = layout.quoteToken(i);
        int para = layout.spans.get(i).paragraph();
        int s = layout.sentenceOf(qt);
        if (qt != layout.sentenceStart(s)
                || layout.sentenceParagraph(s) != para
                || s > 0 && layout.sentenceParagraph(s - 1) == para
                || s == 0) {
            return ResolvedSpeaker.UNKNOWN;
        }
        if (!onlyPunctuationAfter(qt, s)) {
            return ResolvedSpeaker.UNKNOWN;
        }
        int ps = s - 1;
        int pEnd = layout.sentenceEnd(ps) - 1;
        int pStart = layout.sentenceStart(ps);
        if (toks.get(pEnd).isPunct(":")) {
            for (int v = pEnd - 1; v >= pStart; v--) {
                if (subjects.isCue(v)) {
                    Mention m = subjects.subjectBefore(pStart, v);
                    return m == null
                            ? ResolvedSpeaker.UNKNOWN
                            : resolver.orIdentified(resolver.resolve(m, ps, m.first()));
                }
            }
            // "She is blunter about the product:" with no speech verb: the colon hands the paragraph to the
            // person the sentence is about ("The report lists three problems:" hands it to no one).
            ResolvedSpeaker subj = resolver.resolvedSubject(ps);
            return subj != null && subj.kind() == SpeakerType.PERSON ? subj : ResolvedSpeaker.UNKNOWN;
        }
        // Reported speech of a person closing the previous paragraph ("The 52-year-old … admitted his team
        // had been poor before the break."): the quote paragraph gives his words.
        boolean quoteInLast = false;
        for (int k = pStart; k <= pEnd; k++) {
            quoteInLast |= toks.get(k).isQuote();
        }
        if (!quoteInLast && subjects.hasCue(pStart, layout.sentenceEnd(ps))) {
            ResolvedSpeaker subj = resolver.resolvedSubject(ps);
            return subj != null && subj.kind() == SpeakerType.PERSON ? subj : ResolvedSpeaker.UNKNOWN;
        }
        // The previous paragraph's last quote and, after it, only its attribution.
        for (int k = pEnd; k >= pStart; k--) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                int pq = t.quote();
                if (!candidates.get(pq).speech() || decided[pq] == null) {
                    return ResolvedSpeaker.UNKNOWN;
                }
                QuoteAttribution after = candidates.get(pq).found().after();
                int last = after.found() ? after.lastTok() : k;
                for (int j = last + 1; j <= pEnd; j++) {
                    if (toks.get(j).kind() != Tok.Kind.PUNCT) {
                        ResolvedSpeaker sp = decided[pq].speaker();
                        // "… called his defence's display 'amateur hour' and refused to blame the referee.": a
                        // second verb of the same subject still ends the paragraph on that person's words.
                        return sp.kind() == SpeakerType.PERSON && sameSubjectGoesOn(j, pEnd)
                                ? sp
                                : ResolvedSpeaker.UNKNOWN;
                    }
                }
                return decided[pq].speaker();
            }
        }
        return ResolvedSpeaker.UNKNOWN;
    }

    /**
     * A paragraph that is nothing but a quote, with no attribution and no speaker from before, followed by a
     * paragraph about a person with no quote and no speech verb of its own: the "What they said" round-up, which prints the quote
     * first and then "Declan Furlong could barely get the words out after …" or "Wexbridge boss Pádraig Nolan
     * after his side's defeat". That person is the speaker; null otherwise.
     */
    ResolvedSpeaker fromNextParagraph(int i, int s) {
        int qt = layout.quoteToken(i);
        int para = layout.spans.get(i).paragraph();
        int next = s + 1;
        if (qt != layout.sentenceStart(s)
                || !onlyPunctuationAfter(qt, s)
                || s > 0 && layout.sentenceParagraph(s - 1) == para
                || next >= layout.sentenceCount()
                || layout.sentenceParagraph(next) != para + 1
                || layout.namesNoSource(para + 1)) {
            return null; // a caption or credit line ("Image source, Getty Images") names no speaker
        }
        int end = next;
        while (end < layout.sentenceCount() && layout.sentenceParagraph(end) == para + 1) {
            end++;
        }
        for (int k = layout.sentenceStart(next); k < layout.sentenceEnd(end - 1); k++) {
            if (toks.get(k).isQuote()) {
                return null; // a quote of its own: the paragraph is not about this one's speaker
            }
        }
        if (!toks.get(layout.sentenceEnd(end - 1) - 1).isPunct(".")) {
            return null; // a line with no full stop is page furniture ("Image source, Getty Images"), not copy
        }
        if (subjects.hasCue(layout.sentenceStart(next), layout.sentenceEnd(next))) {
            return null; // "Ms Tindall said the group's next aim was …": reported speech on another point
        }
        ResolvedSpeaker subj = resolver.resolvedSubject(next);
        return subj != null && subj.kind() == SpeakerType.PERSON ? subj : null;
    }

    /** Whether nothing but punctuation follows quote token {@code qt} in sentence {@code s}. */
    private boolean onlyPunctuationAfter(int qt, int s) {
        for (int k = qt + 1; k < layout.sentenceEnd(s); k++) {
            if (toks.get(k).kind() != Tok.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }
}
