package news.verbatim.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides who said each quote of one article, quote after quote in order, and whether it continues the one
 * before; the stage of {@link QuoteExtractor} after attributions are found and speech is told from names.
 *
 * <p>Precedence when a quote has several candidate attributions: the cue clause right after the quote
 * ("“…,” the White House said") beats the cue verb before it in the sentence ("Biden … assured … of “…”"),
 * which beats "according to X" (a source reporting what the subject said), which beats the attribution of
 * another quote in the same sentence and a cue clause ending the sentence. A quote with none of these
 * continues the previous quote only when nothing but that quote's attribution stands between them; otherwise
 * its speaker comes from its context ({@link ContextSpeakers}) or is UNKNOWN rather than guessed.
 */
final class QuoteAttributor {

    /** What a speaker calls a relation in a quote ("my mum") and the word the article introduces them with. */
    private static final Map<String, String> RELATION_FORMS =
            Map.of("mum", "mother", "mam", "mother", "mom", "mother", "dad", "father", "da", "father");

    /** What separates the words of a quote when looking for "my mother": anything but letters and apostrophes. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");

    /** How many sentences before a quote an introduction "Her mother, X" may stand to rule X out by "my mother". */
    private static final int RELATION_INTRODUCED_SENTENCES = 2;

    /** How many later quotes of the same sentence may lend theirs to a quote without attribution. */
    private static final int SHARED_ATTRIBUTION_REACH = 4;

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SubjectFinder subjects;
    private final SpeakerResolver resolver;
    private final ContextSpeakers context;
    private final FormClassifier forms;
    private final LiftedLines lifted;
    private final CueEvidence cues;
    private final List<QuoteCandidate> candidates;
    /** Per quote span, what was decided; null for spans that are not speech. */
    private final AttributedQuote[] decided;

    QuoteAttributor(
            ArticleLayout layout,
            NameParser parser,
            SubjectFinder subjects,
            SpeakerResolver resolver,
            List<QuoteCandidate> candidates) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.subjects = subjects;
        this.resolver = resolver;
        this.context = new ContextSpeakers(layout, parser, subjects, resolver);
        this.forms = new FormClassifier(layout, subjects);
        this.lifted = new LiftedLines(layout);
        this.cues = new CueEvidence(layout.tokens);
        this.candidates = List.copyOf(candidates);
        this.decided = new AttributedQuote[candidates.size()];
    }

    /** Decides every quote that is speech; the list has one entry per candidate, null where it is not speech. */
    List<AttributedQuote> attributeAll() {
        int prev = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (!candidates.get(i).speech()) {
                continue;
            }
            attribute(i, prev);
            prev = i;
        }
        ParagraphChains.unify(layout, candidates, decided);
        new LiftedLineSpeakers(layout, parser, resolver, lifted, candidates).attribute(decided);
        return Arrays.asList(decided.clone());
    }

    private QuoteAttributions found(int i) {
        return candidates.get(i).found();
    }

    private void attribute(int i, int prev) {
        QuoteSpan span = layout.spans.get(i);
        int qt = layout.quoteToken(i);
        int s = layout.sentenceOf(qt);
        QuoteAttributions found = found(i);
        boolean samePara = prev >= 0 && layout.spans.get(prev).paragraph() == span.paragraph();
        if (span.continuesFromPrevious() && prev >= 0 && layout.spans.get(prev).continuesToNext()) {
            // Multi-paragraph quote: the paragraph re-opens the quote left open by the previous one. Its own cue
            // ("“…,” the analyst adds.") names the speaker when the parts before it had none; ParagraphChains
            // then gives that speaker to the whole quote.
            QuoteAttribution after = found.after();
            if (!decided[prev].speaker().isKnown() && after.found()) {
                ResolvedSpeaker sp = resolver.orIdentified(
                        resolver.resolve(after.subject(), s, after.subject().first()));
                set(i, sp, true, QuoteForm.FULL, s, cues.evidence(after, sp));
                return;
            }
            set(i, decided[prev].speaker(), true, QuoteForm.FULL, s, continuation(prev));
            return;
        }
        if (lifted.isLifted(i)) {
            // A sub-heading or headline lifted from a quote: not the previous speaker's; decided at the end.
            set(i, ResolvedSpeaker.UNKNOWN, false, formOf(i, false), s, AttributionEvidence.NONE);
            return;
        }
        QuoteAttribution own = null;
        if (found.after().found()) {
            own = found.after();
        } else if (found.before().found() && found.before().subject() != null) {
            own = found.before();
        }
        if (own != null
                && own.method() == QuoteAttribution.Method.BEFORE
                && samePara
                && found(prev).after().found()
                && found(prev).after().cue() == own.cue()) {
            // "“A,” she said, “B.”": the cue belongs to the first part.
            set(i, decided[prev].speaker(), true, formOf(i, true), s, continuation(prev));
            return;
        }
        if (own == null && found.accordingTo().found()) {
            own = found.accordingTo();
        }
        if (own != null) {
            ResolvedSpeaker sp =
                    resolver.resolve(own.subject(), s, own.subject().first());
            if (sp.kind() == SpeakerType.ANONYMOUS) {
                ResolvedSpeaker named = resolver.identifyLede(own.subject(), s);
                sp = named != null ? named : sp;
            }
            if (sp.kind() == SpeakerType.PERSON && speaksOfThemAsRelative(i, s, sp.entity())) {
                // "Her mother, Rosaleen Galligan, was …. “…,” she says. “My mother would be …”": whoever says
                // "my mother" is not the woman introduced as the mother; the chain of reference goes on past her.
                sp = resolver.resolvePronounExcluding(
                        own.subject(), s, own.subject().first(), sp.entity());
            }
            if (sp.kind() == SpeakerType.PERSON
                    && opensOnTheCuesPronoun(i, own.subject())
                    && !reportedJustBefore(sp, s, Gender.ofPronoun(own.subject().core()))) {
                // "“She wants the pressure on us,” she says": the quote is about a woman, so the nearest woman
                // before it may be the one it talks about rather than the speaker; abstain — unless the sentence
                // before has her speaking about another woman ("His sister, Sian Morgan, said she had spoken to
                // their mother …"), whom the quote's "She" then means.
                sp = ResolvedSpeaker.UNKNOWN;
            }
            ResolvedSpeaker decidedSpeaker = resolver.orIdentified(sp);
            set(i, decidedSpeaker, false, formOf(i, false), s, cues.evidence(own, decidedSpeaker));
            resolver.noteSentenceSpeaker(s, decided[i].speaker());
            return;
        }
        if (samePara && isSplitContinuation(prev, i)) {
            set(i, decided[prev].speaker(), true, formOf(i, true), s, continuation(prev));
            return;
        }
        // Another quote of the same sentence carries the attribution ("“…” and “…” he told local media").
        for (int j = i + 1;
                j < candidates.size()
                        && j <= i + SHARED_ATTRIBUTION_REACH
                        && layout.sentenceOf(layout.quoteToken(j)) == s;
                j++) {
            QuoteAttribution after = found(j).after();
            if (after.found()) {
                ResolvedSpeaker sp = resolver.orIdentified(
                        resolver.resolve(after.subject(), s, after.subject().first()));
                set(i, sp, false, formOf(i, false), s, cues.evidence(after, sp));
                return;
            }
        }
        if (prev >= 0 && layout.sentenceOf(layout.quoteToken(prev)) == s) {
            set(i, decided[prev].speaker(), false, formOf(i, false), s, sameSentence(prev));
            return;
        }
        QuoteAttribution before = found.before();
        if (before.found() && before.subject() == null) {
            // A participle ("…, adding Iran wants …") or passive: the subject of the main clause.
            int ss = layout.sentenceStart(s);
            Mention m = parser.parseForward(toks, subjects.subjectStart(ss, before.cue()), before.cue());
            if (m != null && m.type() != Mention.Type.PRONOUN) {
                ResolvedSpeaker sp = resolver.orIdentified(resolver.resolve(m, s, m.first()));
                set(i, sp, false, formOf(i, false), s, cues.cueEvidence(AttributionMethod.CUE_BEFORE, m, before.cue()));
                return;
            }
        }
        QuoteAttribution sentenceEnd = found.sentenceEnd();
        if (sentenceEnd.found()) {
            ResolvedSpeaker sp = resolver.orIdentified(resolver.resolve(
                    sentenceEnd.subject(), s, sentenceEnd.subject().first()));
            set(i, sp, false, formOf(i, false), s, cues.evidence(sentenceEnd, sp));
            resolver.noteSentenceSpeaker(s, decided[i].speaker());
            return;
        }
        ResolvedSpeaker byContext = context.introducedByPossessive(i, s);
        if (byContext == null) {
            byContext = context.fromPreviousSentence(i, s);
        }
        if (byContext == null) {
            byContext = context.fromPreviousParagraph(i, candidates, decided);
        }
        if (!byContext.isKnown()) {
            ResolvedSpeaker named = context.fromNextParagraph(i, s);
            byContext = named != null ? named : byContext;
        }
        set(i, byContext, false, formOf(i, false), s, AttributionEvidence.withoutCue(AttributionMethod.CONTEXT));
    }

    private QuoteForm formOf(int i, boolean continuation) {
        return forms.formOf(i, found(i).after().found(), continuation);
    }

    private void set(
            int i, ResolvedSpeaker sp, boolean continues, QuoteForm form, int s, AttributionEvidence evidence) {
        decided[i] = new AttributedQuote(sp == null ? ResolvedSpeaker.UNKNOWN : sp, continues, form, evidence);
        resolver.noteSentenceSpeaker(s, decided[i].speaker());
    }

    /** A later part of the quote {@code prev}: its cue is the evidence. */
    private AttributionEvidence continuation(int prev) {
        AttributionEvidence e = decided[prev].evidence();
        return new AttributionEvidence(AttributionMethod.CONTINUATION, e.cueStart(), e.cueEnd());
    }

    /** Another quote of the same sentence carries the attribution: its cue, by the same method. */
    private AttributionEvidence sameSentence(int prev) {
        return decided[prev].evidence();
    }

    /**
     * "“A,” Blinken said on Tuesday. “B.”": between the two quotes there is nothing but the first quote's
     * attribution, and the second has none of its own.
     */
    private boolean isSplitContinuation(int prev, int i) {
        int pt = layout.quoteToken(prev);
        int qt = layout.quoteToken(i);
        int ps = layout.sentenceOf(pt);
        int qs = layout.sentenceOf(qt);
        if (found(i).before().found()) {
            return false;
        }
        boolean startsSentence = qt == layout.sentenceStart(qs);
        if (!(qs == ps + 1 && startsSentence || qs == ps && toks.get(qt - 1).isPunct(","))) {
            return false;
        }
        QuoteAttribution after = found(prev).after();
        int last = after.found() ? after.lastTok() : pt;
        for (int k = pt + 1; k < qt; k++) {
            if (k <= last) {
                continue;
            }
            if (toks.get(k).kind() != Tok.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quotes of quote {@code i}'s paragraph (in sentence {@code s}) say "my mother" (or another
     * relation) of {@code person}, a he/she's candidate whom the sentences just before introduced as that relation
     * ("Her mother, Rosaleen Galligan, was …"): then the quote is about them, not theirs. An introduction further
     * back does not count: the mother of a grown daughter may speak of her own mother.
     */
    private boolean speaksOfThemAsRelative(int i, int s, PersonEntity person) {
        if (person == null || !person.introducedAsRelative() || !isPronoun(found(i))) {
            return false;
        }
        int from = layout.sentenceStart(Math.max(0, s - RELATION_INTRODUCED_SENTENCES));
        int para = layout.spans.get(i).paragraph();
        for (QuoteSpan q : layout.spans) {
            if (q.paragraph() != para) {
                continue;
            }
            String[] w = NOT_WORD.split(Lexicon.lower(q.contentOf(layout.text)));
            for (int k = 0; k + 1 < w.length; k++) {
                if (w[k].equals("my") && person.introducedAs(RELATION_FORMS.getOrDefault(w[k + 1], w[k + 1]), from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPronoun(QuoteAttributions found) {
        QuoteAttribution a = found.after().found() ? found.after() : found.before();
        return a.subject() != null && a.subject().type() == Mention.Type.PRONOUN;
    }

    /** Whether quote {@code i} opens on the very he/she that is its cue's subject ("“He was …,” he said"). */
    /** Whether the sentence before {@code s} has the person {@code sp} names speaking, quoting only them. */
    private boolean reportedJustBefore(ResolvedSpeaker sp, int s, Gender g) {
        return resolver.reportsSpeechJustBefore(sp.entity(), s, g, q -> spokenBy(q, sp));
    }

    /** Whether quote span {@code q} was decided before and given to the person {@code sp} names. */
    private boolean spokenBy(int q, ResolvedSpeaker sp) {
        return q >= 0
                && q < decided.length
                && decided[q] != null
                && decided[q].speaker().kind() == SpeakerType.PERSON
                && decided[q].speaker().entity() == sp.entity();
    }

    private boolean opensOnTheCuesPronoun(int i, Mention subject) {
        if (subject == null
                || subject.type() != Mention.Type.PRONOUN
                || !Gender.ofPronoun(subject.core()).isKnown()) {
            return false;
        }
        String words = layout.spans.get(i).contentOf(layout.text).strip();
        int end = 0;
        while (end < words.length() && Character.isLetter(words.charAt(end))) {
            end++;
        }
        return words.substring(0, end).equalsIgnoreCase(subject.core());
    }
}
