package news.verbatim.extract;

import java.util.List;
import java.util.Optional;

/**
 * Whose words a document speaks: "In a statement on Monday, board chair Wendy Ashgrove said …", then "“…,” the
 * statement said" are Wendy Ashgrove's. The sentence that introduced the document ("in a statement", "issued a
 * joint statement", "her written statement was read to the court", "a statement from the club") names its author
 * as the one it has speaking, or after "from" or "by". Abstains when no sentence near introduces the document,
 * when the introduction has no established author, or when it belongs to someone named only in a possessive
 * ("the union's statement", which the sentence may be disputing).
 *
 * <pre>{@code
 * DocumentAuthors documents = new DocumentAuthors(layout, parser, sentences, this::resolve);
 * ResolvedSpeaker author = documents.authorOf(theStatement, s);
 * }</pre>
 */
final class DocumentAuthors {

    /** How many sentences back "the statement" may find the sentence that introduced it. */
    private static final int MAX_SENTENCES_BACK = 6;
    /** How many words may stand between the document noun and "from" or "by" ("a statement issued by"). */
    private static final int MAX_WORDS_TO_AUTHOR = 3;

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SentenceSubjects sentences;
    private final SentenceSubjects.MentionResolver resolver;

    DocumentAuthors(
            ArticleLayout layout,
            NameParser parser,
            SentenceSubjects sentences,
            SentenceSubjects.MentionResolver resolver) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.sentences = sentences;
        this.resolver = resolver;
    }

    /** The author of the document {@code ref} (a DOCUMENT_REF subject in sentence {@code s}), or unknown. */
    ResolvedSpeaker authorOf(Mention ref, int s) {
        Optional<ResolvedSpeaker> named = authorNamedAfter(s, ref.last());
        if (named.isPresent()) {
            return named.get();
        }
        for (int k = s; k >= 0 && k >= s - MAX_SENTENCES_BACK; k--) {
            int ss = layout.sentenceStart(k);
            int end = k == s ? ref.first() : layout.sentenceEnd(k);
            for (int t = end - 1; t > ss; t--) {
                Tok noun = toks.get(t);
                if (!noun.isWord() || noun.isCap() || !noun.lower().equals(ref.head())) {
                    continue;
                }
                if (DescriptionParser.parseDocumentRef(toks, ss, t) != null) {
                    // an earlier "the statement said": the author found for it, if that sentence quoted it
                    ResolvedSpeaker earlier = sentences.quoteSpeaker(k);
                    if (earlier != null) {
                        return earlier;
                    }
                    continue;
                }
                return introducedBy(k, t);
            }
        }
        return ResolvedSpeaker.UNKNOWN;
    }

    /** The author the sentence {@code k} gives the document it introduces at {@code t}. */
    private ResolvedSpeaker introducedBy(int k, int t) {
        Optional<ResolvedSpeaker> named = authorNamedAfter(k, t);
        if (named.isPresent()) {
            return named.get();
        }
        for (int m = t - 1; m > layout.sentenceStart(k) && t - m <= 3; m--) {
            Tok y = toks.get(m);
            if (y.isPossessive()) {
                return ResolvedSpeaker.UNKNOWN; // "the union's statement": its owner, whom the sentence may dispute
            }
            if (!y.isWord() || y.isCap()) {
                break;
            }
        }
        return known(sentences.namedActorOf(k));
    }

    /**
     * "a statement from the club", "The letter, signed by 41 MPs,": the author printed after "from" or "by" right
     * after the document noun at {@code t}; empty when none is. "a statement by its spokesperson" is the sentence's
     * actor's, whom "its" points at.
     */
    private Optional<ResolvedSpeaker> authorNamedAfter(int k, int t) {
        int se = layout.sentenceEnd(k);
        for (int a = t + 1; a < se - 1 && a <= t + MAX_WORDS_TO_AUTHOR; a++) {
            Tok x = toks.get(a);
            String l = x.lower();
            if (l.equals("by") && toks.get(a - 1).lower().equals("read")) {
                return Optional.empty(); // "the statement, read by Garda Niamh Colfer,": whoever read it out
            }
            if (l.equals("from") || l.equals("by")) {
                if (Lexicon.POSSESSIVE_DETERMINERS.contains(toks.get(a + 1).lower())) {
                    return Optional.of(known(sentences.namedActorOf(k)));
                }
                Mention author = parser.parseForward(toks, a + 1, se);
                return Optional.of(
                        author == null ? ResolvedSpeaker.UNKNOWN : known(resolver.resolve(author, k, a + 1)));
            }
            if (!x.isWord() && !x.isPunct(",")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static ResolvedSpeaker known(ResolvedSpeaker sp) {
        return sp == null || sp.isPronounMarker() || sp.kind() == SpeakerType.UNKNOWN ? ResolvedSpeaker.UNKNOWN : sp;
    }
}
