package news.verbatim.extract;

import java.util.List;
import java.util.Objects;

/**
 * The last pass of {@link QuoteAttributor} over lifted lines (sub-headings, pull quotes and headline quotes
 * repeated from the body; see {@link LiftedLines}): each is given the speaker of the body quote that says the
 * same words, else the person named after a headline's dash. It changes the decisions in place:
 *
 * <pre>{@code
 * new LiftedLineSpeakers(layout, parser, resolver, lifted, candidates).attribute(decided);
 * }</pre>
 */
final class LiftedLineSpeakers {

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SpeakerResolver resolver;
    private final LiftedLines lifted;
    private final List<QuoteCandidate> candidates;

    LiftedLineSpeakers(
            ArticleLayout layout,
            NameParser parser,
            SpeakerResolver resolver,
            LiftedLines lifted,
            List<QuoteCandidate> candidates) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.toks = layout.tokens;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.lifted = Objects.requireNonNull(lifted, "lifted");
        this.candidates = List.copyOf(candidates);
    }

    /**
     * A lifted sub-heading, pull quote or headline quote is spoken by whoever says the same words in the body;
     * failing that, a headline names its speaker after the dash ("'We showed real bottle' - Carrow hails …").
     */
    void attribute(AttributedQuote[] decided) {
        for (int i = 0; i < candidates.size(); i++) {
            if (!candidates.get(i).speech()) {
                continue;
            }
            boolean unknown = !decided[i].speaker().isKnown();
            boolean heading = !lifted.isLifted(i) && lifted.isHeadingQuote(i) && unknown;
            // "Witness tells jury contractor said 'nobody checks' before roof collapse": words quoted inside a
            // headline's own sentence, when no cue there names who said them, and only one speaker in the body did.
            boolean inHeadline = !lifted.isLifted(i)
                    && !heading
                    && !isPerson(decided[i])
                    && !decided[i].speaker().plural()
                    && lifted.isInHeadlineLine(i);
            if (!lifted.isLifted(i) && !heading && !inHeadline) {
                continue;
            }
            AttributedQuote source = inHeadline ? onlyBodySource(i, decided) : bodySource(i, decided);
            // "Coroner says guard rail 'should never have been removed'": a headline's role or body for its speaker
            // gives way to the person the body quotes saying the words, but an unknown one to anyone.
            if (inHeadline && !unknown && source != null && !isPerson(source)) {
                source = null;
            }
            if (source != null) {
                // The body quote's form too: a headline or sub-heading cut from a whole sentence is that sentence.
                decided[i] = new AttributedQuote(
                        source.speaker(),
                        false,
                        // Words quoted inside a headline's sentence keep their own form: a phrase of it is no sentence.
                        inHeadline ? decided[i].form() : source.form(),
                        new AttributionEvidence(
                                AttributionMethod.CONTEXT,
                                source.evidence().cueStart(),
                                source.evidence().cueEnd()));
                continue;
            }
            if (!heading && LiftedLines.isHeadlineDash(lifted.after(i))) {
                decided[i] = headlineSpeaker(i, decided);
            }
        }
    }

    private static boolean isPerson(AttributedQuote q) {
        return q.speaker().kind() == SpeakerType.PERSON;
    }

    /** The decision of the body quote saying the words of quote {@code i}, a later one first; or null. */
    private AttributedQuote bodySource(int i, AttributedQuote[] decided) {
        String words = lifted.paddedWords(i);
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < candidates.size(); j++) {
                boolean later = j > i;
                if (j == i || later != (pass == 0) || !candidates.get(j).speech() || lifted.isLifted(j)) {
                    continue;
                }
                if (decided[j].speaker().isKnown() && lifted.paddedWords(j).contains(words)) {
                    return decided[j];
                }
            }
        }
        return null;
    }

    /**
     * The decision of the body quotes saying the words of quote {@code i} (of two words at least), when they all
     * have one speaker; null when none does, or when two speakers said them.
     */
    private AttributedQuote onlyBodySource(int i, AttributedQuote[] decided) {
        String words = lifted.paddedWords(i);
        boolean oneWord = words.strip().indexOf(' ') < 0;
        AttributedQuote found = null;
        for (int j = 0; j < candidates.size(); j++) {
            if (j == i || !candidates.get(j).speech() || lifted.isLifted(j)) {
                continue;
            }
            if (lifted.paddedWords(j).contains(words)) {
                if (!decided[j].speaker().isKnown()
                        || found != null
                                && !found.speaker()
                                        .name()
                                        .equals(decided[j].speaker().name())) {
                    return null;
                }
                found = found == null ? decided[j] : found;
            }
        }
        // One word is weak evidence ("tonight" is said by many): only when the line names the speaker's role too
        // ("A judge said the pair had shown 'breathtaking' contempt" beside "Judge Helena Crossfield said …").
        return oneWord && (found == null || !lineNamesRoleOf(i, found)) ? null : found;
    }

    /** Whether the line of quote {@code i} holds, outside the quote, a role word of the person {@code q} names. */
    private boolean lineNamesRoleOf(int i, AttributedQuote q) {
        if (!isPerson(q) || q.speaker().entity() == null) {
            return false;
        }
        Paragraph p = layout.paragraphs.get(layout.spans.get(i).paragraph());
        int first = layout.quoteToken(i);
        while (first > 0 && toks.get(first - 1).start() >= p.start()) {
            first--; // the line's tokens, found from the quote's own rather than from the article's start
        }
        for (int k = first; k < toks.size() && toks.get(k).end() <= p.end(); k++) {
            Tok t = toks.get(k);
            if (t.isWord()
                    && !Lexicon.PERSON_NOUNS.contains(t.lower())
                    && q.speaker().entity().hasRole(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The person named right after a headline quote's dash, or the decision as it stands. */
    private AttributedQuote headlineSpeaker(int i, AttributedQuote[] decided) {
        int qt = layout.quoteToken(i);
        int s = layout.sentenceOf(qt);
        int se = layout.sentenceEnd(s);
        int k = qt + 1;
        while (k < se && !toks.get(k).isWord()) {
            k++;
        }
        Mention m = k < se ? parser.parseForward(toks, k, se) : null;
        if (m == null || m.type() != Mention.Type.PERSON_NAME) {
            return decided[i];
        }
        ResolvedSpeaker sp = resolver.resolve(m, s, m.first());
        if (sp.kind() != SpeakerType.PERSON) {
            return decided[i];
        }
        return new AttributedQuote(
                sp,
                false,
                decided[i].form(),
                new AttributionEvidence(
                        AttributionMethod.HEADLINE,
                        toks.get(m.first()).start(),
                        toks.get(m.last()).end()));
    }
}
