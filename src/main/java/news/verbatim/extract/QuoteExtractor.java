package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import news.verbatim.extract.AttributionFinder.Attribution;
import news.verbatim.extract.SpeakerResolver.Speaker;

/**
 * Extracts attributed quotations from one news article: cleans the text ({@link TextCleaner}), finds quoted
 * spans ({@link QuoteSpanScanner}), drops quoted names that are not speech, finds each quote's attribution
 * ({@link AttributionFinder}) and resolves it to a speaker ({@link SpeakerResolver}).
 *
 * <p>Precedence when a quote has several candidate attributions: the cue clause right after the quote
 * ("“…,” the White House said") beats the cue verb before it in the sentence ("Biden … assured … of “…”"),
 * which beats "according to X" (a source reporting what the subject said), which beats the attribution of
 * another quote in the same sentence and a cue clause ending the sentence. A quote with none of these
 * continues the previous quote only when nothing but that quote's attribution stands between them; otherwise
 * its speaker is UNKNOWN rather than guessed.
 *
 * <p>Stateless and thread-safe: all per-article state lives in objects created inside {@link #extract}.
 */
public final class QuoteExtractor {

    private final TextCleaner cleaner = new TextCleaner();
    private final QuoteSpanScanner scanner = new QuoteSpanScanner();
    private final NameParser parser = new NameParser();

    /** Extracts the quotations of {@code rawArticleText}; offsets point into the returned cleaned text. */
    public ExtractionResult extract(String rawArticleText) {
        String text = cleaner.clean(rawArticleText);
        ArticleLayout layout = new ArticleLayout(text, scanner);
        return new Run(layout, parser).run();
    }

    /** The work on one article. */
    private static final class Run {
        private final ArticleLayout layout;
        private final List<Tok> toks;
        private final NameParser parser;
        private final AttributionFinder finder;
        private final SpeakerResolver resolver;
        private final int n;
        private final Attribution[] after;
        private final Attribution[] before;
        private final Attribution[] according;
        private final Attribution[] sentenceEnd;
        private final Speaker[] speakers;
        private final boolean[] kept;
        private final boolean[] continues;
        private final QuoteForm[] kinds;

        Run(ArticleLayout layout, NameParser parser) {
            this.layout = layout;
            this.toks = layout.tokens;
            this.parser = parser;
            this.finder = new AttributionFinder(layout, parser);
            this.resolver = new SpeakerResolver(layout, parser, finder);
            this.n = layout.spans.size();
            after = new Attribution[n];
            before = new Attribution[n];
            according = new Attribution[n];
            sentenceEnd = new Attribution[n];
            speakers = new Speaker[n];
            kept = new boolean[n];
            continues = new boolean[n];
            kinds = new QuoteForm[n];
        }

        ExtractionResult run() {
            for (int i = 0; i < n; i++) {
                int qt = layout.quoteToken[i];
                after[i] = finder.after(qt);
                before[i] = finder.before(qt);
                according[i] = finder.accordingTo(qt);
                sentenceEnd[i] = finder.sentenceEnd(qt);
                kept[i] = isSpeech(i);
            }
            int prev = -1;
            for (int i = 0; i < n; i++) {
                if (!kept[i]) {
                    continue;
                }
                attribute(i, prev);
                prev = i;
            }
            unifyParagraphChains();
            return build();
        }

        private void attribute(int i, int prev) {
            QuoteSpan span = layout.spans.get(i);
            int qt = layout.quoteToken[i];
            int s = layout.sentenceOf[qt];
            boolean samePara = prev >= 0 && layout.spans.get(prev).paragraph() == span.paragraph();
            if (span.continuesFromPrevious()
                    && prev >= 0
                    && layout.spans.get(prev).continuesToNext()) {
                // Multi-paragraph quote: the paragraph re-opens the quote left open by the previous one.
                set(i, speakers[prev], true, QuoteForm.FULL, s);
                return;
            }
            Attribution own = null;
            if (after[i].found()) {
                own = after[i];
            } else if (before[i].found() && before[i].subject() != null) {
                own = before[i];
            }
            if (own != null
                    && own.method() == AttributionFinder.Method.BEFORE
                    && samePara
                    && after[prev].found()
                    && after[prev].cue() == own.cue()) {
                // "“A,” she said, “B.”": the cue belongs to the first part.
                set(i, speakers[prev], true, kindOf(i, true), s);
                return;
            }
            if (own == null && according[i].found()) {
                own = according[i];
            }
            if (own != null) {
                Speaker sp = resolver.resolve(own.subject(), s, own.subject().first());
                if (sp.kind() == SpeakerType.ANONYMOUS) {
                    Speaker named = resolver.identifyLede(own.subject(), s);
                    sp = named != null ? named : sp;
                }
                set(i, identified(sp), false, kindOf(i, false), s);
                resolver.noteSentenceSpeaker(s, speakers[i]);
                return;
            }
            if (samePara && isSplitContinuation(prev, i)) {
                set(i, speakers[prev], true, kindOf(i, true), s);
                return;
            }
            // Another quote of the same sentence carries the attribution ("“…” and “…” he told local media").
            for (int j = i + 1; j < n && j <= i + 4 && layout.sentenceOf[layout.quoteToken[j]] == s; j++) {
                if (after[j].found()) {
                    Speaker sp = resolver.resolve(
                            after[j].subject(), s, after[j].subject().first());
                    set(i, identified(sp), false, kindOf(i, false), s);
                    return;
                }
            }
            if (prev >= 0 && layout.sentenceOf[layout.quoteToken[prev]] == s) {
                set(i, speakers[prev], false, kindOf(i, false), s);
                return;
            }
            if (before[i].found() && before[i].subject() == null) {
                // A participle ("…, adding Iran wants …") or passive: the subject of the main clause.
                int ss = layout.sentenceStart(s);
                Mention m = parser.parseForward(toks, finder.subjectStart(ss, before[i].cue()), before[i].cue());
                if (m != null && m.type() != Mention.Type.PRONOUN) {
                    set(i, identified(resolver.resolve(m, s, m.first())), false, kindOf(i, false), s);
                    return;
                }
            }
            if (sentenceEnd[i].found()) {
                Speaker sp = resolver.resolve(
                        sentenceEnd[i].subject(), s, sentenceEnd[i].subject().first());
                set(i, identified(sp), false, kindOf(i, false), s);
                resolver.noteSentenceSpeaker(s, speakers[i]);
                return;
            }
            Speaker byContext = introducedByPossessive(i, s);
            if (byContext == null) {
                byContext = fromPreviousSentence(i, s);
            }
            if (byContext == null) {
                byContext = fromPreviousParagraph(i);
            }
            set(i, byContext, false, kindOf(i, false), s);
        }

        /** "Her answer was immediate: “…”": a colon introduction whose subject is his/her or X's. */
        private Speaker introducedByPossessive(int i, int s) {
            int qt = layout.quoteToken[i];
            int ss = layout.sentenceStart(s);
            if (qt == ss || !toks.get(qt - 1).isPunct(":")) {
                return null;
            }
            int st = finder.subjectStart(ss, qt);
            Tok t = toks.get(st);
            if (t.lower().equals("his") || t.lower().equals("her")) {
                String p = t.lower().equals("his") ? "he" : "she";
                Mention m = new Mention(
                        Mention.Type.PRONOUN, st, st, p, t.text(), false, p.equals("he") ? 'm' : 'f', false, p);
                Speaker sp = resolver.resolve(m, s, st);
                return sp.kind() == SpeakerType.UNKNOWN ? null : sp;
            }
            if (t.isPossessive() && NameParser.isNameToken(t)) {
                Mention m = parser.parseName(toks, ss, st);
                Speaker sp = m == null ? null : resolver.resolve(m, s, st);
                return sp != null && sp.kind() == SpeakerType.PERSON ? sp : null;
            }
            // "Asked whether …, Castellanos was blunt: “No. …”": the subject of the introducing clause.
            Mention subj = finder.sentenceSubject(ss, qt);
            if (subj != null && (subj.type() == Mention.Type.PERSON_NAME || subj.type() == Mention.Type.PRONOUN)) {
                Speaker sp = resolver.resolve(subj, s, subj.first());
                return sp.kind() == SpeakerType.PERSON ? sp : null;
            }
            return null;
        }

        /**
         * A quote sentence without attribution right after a sentence about a person in the same paragraph
         * ("Ridley said he would not be speaking to the referee. “What’s the point?”", "…, he laughed. “…”"):
         * news copy lets the previous sentence's subject speak.
         */
        private Speaker fromPreviousSentence(int i, int s) {
            int qt = layout.quoteToken[i];
            int para = layout.spans.get(i).paragraph();
            if (qt != layout.sentenceStart(s)
                    || s == 0
                    || layout.sentenceParagraph(s - 1) != para
                    || !restIsPunctuation(qt, s)) {
                return null;
            }
            for (int k = layout.sentenceStart(s - 1); k < layout.sentenceEnd(s - 1); k++) {
                if (toks.get(k).isQuote()) {
                    return null; // a quote of someone else in between: handled as continuation or not at all
                }
            }
            Speaker subj = resolver.resolvedSubject(s - 1);
            return subj != null && subj.kind() == SpeakerType.PERSON ? subj : null;
        }

        private boolean restIsPunctuation(int qt, int s) {
            for (int k = qt + 1; k < layout.sentenceEnd(s); k++) {
                if (toks.get(k).kind() != Tok.Kind.PUNCT) {
                    return false;
                }
            }
            return true;
        }

        private Speaker identified(Speaker sp) {
            Speaker named = resolver.identify(sp);
            return named != null ? named : sp;
        }

        private void set(int i, Speaker sp, boolean cont, QuoteForm kind, int s) {
            speakers[i] = sp == null ? Speaker.UNKNOWN : sp;
            continues[i] = cont;
            kinds[i] = kind;
            resolver.noteSentenceSpeaker(s, speakers[i]);
        }

        /**
         * "“A,” Blinken said on Tuesday. “B.”": between the two quotes there is nothing but the first quote's
         * attribution, and the second has none of its own.
         */
        private boolean isSplitContinuation(int prev, int i) {
            int pt = layout.quoteToken[prev];
            int qt = layout.quoteToken[i];
            int ps = layout.sentenceOf[pt];
            int qs = layout.sentenceOf[qt];
            if (before[i].found()) {
                return false;
            }
            boolean startsSentence = qt == layout.sentenceStart(qs);
            if (!(qs == ps + 1 && startsSentence || qs == ps && toks.get(qt - 1).isPunct(","))) {
                return false;
            }
            int last = after[prev].found() ? after[prev].lastTok() : pt;
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
         * A paragraph that is nothing but a quote, with no attribution: it continues the speaker of the previous
         * paragraph only when that paragraph ended with a colon introduction ("Smith said:") or with a quote of
         * that speaker and its attribution. Anything else is UNKNOWN.
         */
        private Speaker fromPreviousParagraph(int i) {
            int qt = layout.quoteToken[i];
            int para = layout.spans.get(i).paragraph();
            int s = layout.sentenceOf[qt];
            if (qt != layout.sentenceStart(s)
                    || layout.sentenceParagraph(s) != para
                    || s > 0 && layout.sentenceParagraph(s - 1) == para
                    || s == 0) {
                return Speaker.UNKNOWN;
            }
            for (int k = qt + 1; k < layout.sentenceEnd(s); k++) {
                if (toks.get(k).kind() != Tok.Kind.PUNCT) {
                    return Speaker.UNKNOWN;
                }
            }
            int ps = s - 1;
            int pEnd = layout.sentenceEnd(ps) - 1;
            int pStart = layout.sentenceStart(ps);
            if (toks.get(pEnd).isPunct(":")) {
                for (int v = pEnd - 1; v >= pStart; v--) {
                    if (finder.isCue(v)) {
                        Mention m = finder.subjectBefore(pStart, v);
                        return m == null ? Speaker.UNKNOWN : identified(resolver.resolve(m, ps, m.first()));
                    }
                }
                return Speaker.UNKNOWN;
            }
            // Reported speech of a person closing the previous paragraph ("The 52-year-old … admitted his team
            // had been poor before the break."): the quote paragraph gives his words.
            boolean quoteInLast = false;
            for (int k = pStart; k <= pEnd; k++) {
                quoteInLast |= toks.get(k).isQuote();
            }
            if (!quoteInLast && resolver.hasCue(ps)) {
                Speaker subj = resolver.resolvedSubject(ps);
                return subj != null && subj.kind() == SpeakerType.PERSON ? subj : Speaker.UNKNOWN;
            }
            // The previous paragraph's last quote and, after it, only its attribution.
            for (int k = pEnd; k >= pStart; k--) {
                Tok t = toks.get(k);
                if (t.isQuote()) {
                    int pq = t.quote();
                    if (!kept[pq] || speakers[pq] == null) {
                        return Speaker.UNKNOWN;
                    }
                    int last = after[pq].found() ? after[pq].lastTok() : k;
                    for (int j = k + 1; j <= pEnd; j++) {
                        if (j > last && toks.get(j).kind() != Tok.Kind.PUNCT) {
                            return Speaker.UNKNOWN;
                        }
                    }
                    return speakers[pq];
                }
            }
            return Speaker.UNKNOWN;
        }

        /** In a quote that runs over several paragraphs, a speaker found in any part applies to all parts. */
        private void unifyParagraphChains() {
            int i = 0;
            while (i < n) {
                if (!kept[i]) {
                    i++;
                    continue;
                }
                int j = i;
                List<Integer> chain = new ArrayList<>();
                chain.add(i);
                while (layout.spans.get(j).continuesToNext()
                        && j + 1 < n
                        && kept[j + 1]
                        && layout.spans.get(j + 1).continuesFromPrevious()) {
                    j++;
                    chain.add(j);
                }
                if (chain.size() > 1) {
                    Speaker known = null;
                    for (int k : chain) {
                        if (speakers[k].kind() != SpeakerType.UNKNOWN) {
                            known = speakers[k];
                            break;
                        }
                    }
                    if (known != null) {
                        for (int k : chain) {
                            speakers[k] = known;
                        }
                    }
                }
                i = j + 1;
            }
        }

        /**
         * FULL when the quote stands as a sentence of its own (nothing before it in its sentence, and after it
         * only an attribution or the end), or when a cue introduces it directly ("said:", "told him,",
         * "said that “…”"); FRAGMENT when it is embedded in reported speech.
         */
        private QuoteForm kindOf(int i, boolean continuation) {
            if (continuation) {
                return QuoteForm.FULL;
            }
            int qt = layout.quoteToken[i];
            int s = layout.sentenceOf[qt];
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            QuoteSpan span = layout.spans.get(i);
            int words = wordCount(span);
            boolean leftEmpty = true;
            for (int k = ss; k < qt; k++) {
                Tok t = toks.get(k);
                if (t.isQuote() || t.isWord() && !Lexicon.LEADING_CONNECTIVES.contains(t.lower())) {
                    leftEmpty = false;
                    break;
                }
            }
            if (leftEmpty) {
                if (after[i].found()) {
                    return QuoteForm.FULL;
                }
                boolean rightEmpty = true;
                for (int k = qt + 1; k < se; k++) {
                    if (toks.get(k).kind() != Tok.Kind.PUNCT) {
                        rightEmpty = false;
                        break;
                    }
                }
                return rightEmpty && words >= 3 ? QuoteForm.FULL : QuoteForm.FRAGMENT;
            }
            if (words >= 3 && introducedByCue(qt, ss)) {
                return QuoteForm.FULL;
            }
            return QuoteForm.FRAGMENT;
        }

        /** "said:", "said,", "said that", "told him,", "told reporters:", "added:" right before the quote. */
        private boolean introducedByCue(int qt, int ss) {
            int k = qt - 1;
            if (k < ss) {
                return false;
            }
            if (toks.get(k).isPunct(":")) {
                return true;
            }
            boolean separator = toks.get(k).isPunct(",")
                    || toks.get(k).isWord() && toks.get(k).lower().equals("that");
            if (separator) {
                k--;
            }
            if (k < ss) {
                return false;
            }
            if (finder.isCue(k)) {
                return true;
            }
            if (!separator) {
                return false; // "assured Israel of “…”": the quote is the object of a preposition
            }
            for (int j = k - 1; j >= Math.max(ss, k - 3); j--) {
                Tok t = toks.get(j);
                if (!t.isWord()) {
                    return false;
                }
                if (finder.isCue(j)) {
                    return Lexicon.ADDRESS_VERBS.contains(t.lower());
                }
            }
            return false;
        }

        private int wordCount(QuoteSpan span) {
            int words = 0;
            boolean in = false;
            for (int k = span.contentStart(); k < span.contentEnd(); k++) {
                boolean w = Character.isLetterOrDigit(layout.text.charAt(k));
                if (w && !in) {
                    words++;
                }
                in = w
                        || in
                                && (layout.text.charAt(k) == '\''
                                        || layout.text.charAt(k) == '\u2019'
                                        || layout.text.charAt(k) == '-');
            }
            return words;
        }

        /**
         * False for quoted names that are not speech: a short run of capitalised words with no attribution of
         * its own ("The “National Management Center,” a bunker …", "he termed the “Abraham Alliance.”"), and
         * strings without letters.
         */
        private boolean isSpeech(int i) {
            QuoteSpan span = layout.spans.get(i);
            String content = layout.text.substring(span.contentStart(), span.contentEnd());
            boolean letter = false;
            for (int k = 0; k < content.length() && !letter; k++) {
                letter = Character.isLetter(content.charAt(k));
            }
            if (!letter) {
                return false;
            }
            if (after[i].found()) {
                return true;
            }
            int qt = layout.quoteToken[i];
            int s = layout.sentenceOf[qt];
            boolean wholeParagraph = qt == layout.sentenceStart(s)
                    && (s == 0 || layout.sentenceParagraph(s - 1) != span.paragraph())
                    && layout.sentenceEnd(s) - layout.sentenceStart(s) <= 2;
            if (wholeParagraph || span.continuesFromPrevious() || span.continuesToNext()) {
                return true;
            }
            if (namedByTheArticle(qt, s, content)) {
                return false;
            }
            String trimmed = content.endsWith(".") ? content.substring(0, content.length() - 1) : content;
            if (trimmed.indexOf(',') >= 0 || trimmed.endsWith("?") || trimmed.endsWith("!") || trimmed.contains(". ")) {
                return true;
            }
            String[] words = trimmed.trim().split("[\\s\u00A0]+");
            if (words.length > 7) {
                return true;
            }
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                if (Lexicon.TITLE_FUNCTION_WORDS.contains(Lexicon.lower(w))) {
                    continue;
                }
                if (!Character.isUpperCase(w.codePointAt(0))) {
                    return true;
                }
            }
            String first = Lexicon.lower(words[0]);
            if (first.equals("i")
                    || first.equals("we")
                    || first.equals("you")
                    || first.equals("he")
                    || first.equals("she")
                    || first.equals("they")
                    || first.equals("it")
                    || first.equals("no")
                    || first.equals("yes")) {
                return true;
            }
            if (words.length >= 2) {
                return false;
            }
            // One capitalised word is a name only when introduced as one ("the “Squad”", "dubbed “Lazarus”").
            Tok prevTok = qt > 0 ? toks.get(qt - 1) : null;
            return !(prevTok != null
                    && prevTok.isWord()
                    && (prevTok.lower().equals("the") || Lexicon.NAMING_VERBS.contains(prevTok.lower())));
        }

        /**
         * "the long-delayed ‘10-year plan’", "the so-called “axis of resistance”": a short quoted phrase used as
         * a name after "the" or "so-called", in a sentence with no cue verb, is the article naming something,
         * not anybody's words.
         */
        private boolean namedByTheArticle(int qt, int s, String content) {
            if (content.split("[\\s\u00A0]+").length > 4) {
                return false;
            }
            int ss = layout.sentenceStart(s);
            boolean named = false;
            for (int k = qt - 1; k >= Math.max(ss, qt - 2); k--) {
                Tok t = toks.get(k);
                if (!t.isWord()) {
                    break;
                }
                if (t.lower().equals("the") || t.lower().equals("so-called")) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                return false;
            }
            for (int k = ss; k < layout.sentenceEnd(s); k++) {
                if (finder.isCue(k)) {
                    return false;
                }
            }
            return true;
        }

        private ExtractionResult build() {
            List<ExtractedQuote> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!kept[i]) {
                    continue;
                }
                QuoteSpan span = layout.spans.get(i);
                String t = layout.text.substring(span.contentStart(), span.contentEnd());
                out.add(new ExtractedQuote(
                        t, span.contentStart(), span.contentEnd(), kinds[i], toPublic(speakers[i]), continues[i]));
            }
            return new ExtractionResult(layout.text, out);
        }

        private static ExtractedSpeaker toPublic(Speaker sp) {
            if (sp == null || sp.kind() == SpeakerType.UNKNOWN) {
                return ExtractedSpeaker.UNKNOWN;
            }
            return switch (sp.kind()) {
                case PERSON ->
                    new ExtractedSpeaker(
                            sp.name(),
                            SpeakerType.PERSON,
                            sp.entity() == null ? List.of() : sp.entity().nameForms());
                case ORGANISATION -> new ExtractedSpeaker(sp.name(), SpeakerType.ORGANISATION, List.of(sp.name()));
                default -> new ExtractedSpeaker(sp.name(), sp.kind(), List.of());
            };
        }
    }
}
