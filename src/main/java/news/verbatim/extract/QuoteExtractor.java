package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts attributed quotations from one news article, as a pipeline of explicit stages:
 *
 * <ol>
 *   <li>{@link TextCleaner} cleans the copy (page furniture, script code, markdown);
 *   <li>{@link ArticleLayout} splits it into paragraphs, quoted spans ({@link QuoteSpanScanner}), tokens and
 *       sentences;
 *   <li>{@link AttributionFinder} finds each quote's candidate attributions, with {@link SubjectFinder} for
 *       the subjects of cue verbs;
 *   <li>{@link SpeechFilter} drops quoted names that are not speech;
 *   <li>{@link QuoteAttributor} decides each quote's speaker by precedence, resolving subject phrases with
 *       {@link SpeakerResolver} (over the {@link ArticleEntities} of an {@link EntityScanner} pre-pass) and
 *       its form with {@link FormClassifier}.
 * </ol>
 *
 * <pre>{@code
 * ExtractionResult r = new QuoteExtractor().extract(rawArticleText);
 * for (ExtractedQuote q : r.quotes()) {
 *     String same = r.text().substring(q.start(), q.end()); // equals q.text()
 * }
 * }</pre>
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
        SubjectFinder subjects = new SubjectFinder(layout, parser);
        AttributionFinder finder = new AttributionFinder(layout, parser, subjects);
        SpeechFilter speech = new SpeechFilter(layout, subjects);
        List<QuoteCandidate> candidates = new ArrayList<>(layout.spans.size());
        for (int i = 0; i < layout.spans.size(); i++) {
            int qt = layout.quoteToken(i);
            QuoteAttributions found = finder.find(qt);
            candidates.add(new QuoteCandidate(i, layout.spans.get(i), qt, found, speech.isSpeech(i, found)));
        }
        SpeakerResolver resolver = new SpeakerResolver(layout, parser, subjects);
        List<AttributedQuote> decided =
                new QuoteAttributor(layout, parser, subjects, resolver, candidates).attributeAll();
        List<ExtractedQuote> out = new ArrayList<>();
        for (QuoteCandidate c : candidates) {
            if (!c.speech()) {
                continue;
            }
            AttributedQuote d = decided.get(c.index());
            QuoteSpan span = c.span();
            out.add(new ExtractedQuote(
                    text.substring(span.contentStart(), span.contentEnd()),
                    span.contentStart(),
                    span.contentEnd(),
                    d.form(),
                    toPublic(d.speaker()),
                    d.continuesPrevious(),
                    d.evidence()));
        }
        return new ExtractionResult(text, out);
    }

    private static ExtractedSpeaker toPublic(ResolvedSpeaker sp) {
        return switch (sp.kind()) {
            case UNKNOWN -> ExtractedSpeaker.UNKNOWN;
            case PERSON ->
                new ExtractedSpeaker(sp.name(), SpeakerType.PERSON, sp.entity().nameForms());
            case ORGANISATION -> new ExtractedSpeaker(sp.name(), SpeakerType.ORGANISATION, List.of(sp.name()));
            case ANONYMOUS -> new ExtractedSpeaker(sp.name(), SpeakerType.ANONYMOUS, List.of());
            case GROUP -> new ExtractedSpeaker(sp.name(), SpeakerType.GROUP, List.of());
        };
    }
}
