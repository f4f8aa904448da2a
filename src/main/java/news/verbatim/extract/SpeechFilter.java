package news.verbatim.extract;

import java.util.Set;

/**
 * Tells quoted speech from quoted names: the stage of the extractor that drops "The “National Management
 * Center,” a bunker …", "he termed the “Abraham Alliance.”", "the so-called “axis of resistance”" and strings
 * without letters, and keeps everything that has an attribution or reads like words somebody said.
 */
final class SpeechFilter {

    /** A quoted phrase longer than this is speech, however capitalised. */
    private static final int MAX_NAME_WORDS = 7;

    /** A phrase the article names something by ("the long-delayed ‘10-year plan’") is at most this long. */
    private static final int MAX_NAMING_WORDS = 4;

    /** A paragraph holding nothing but the quote and its closing punctuation has at most this many tokens. */
    private static final int MAX_QUOTE_PARAGRAPH_TOKENS = 2;

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it");

    private final ArticleLayout layout;
    private final SubjectFinder subjects;

    SpeechFilter(ArticleLayout layout, SubjectFinder subjects) {
        this.layout = layout;
        this.subjects = subjects;
    }

    /**
     * False for quoted names that are not speech: a short run of capitalised words with no attribution of
     * its own, and strings without letters.
     *
     * @param i     the index of the quote span
     * @param found the attributions found around it
     */
    boolean isSpeech(int i, QuoteAttributions found) {
        QuoteSpan span = layout.spans.get(i);
        String content = layout.text.substring(span.contentStart(), span.contentEnd());
        boolean letter = false;
        for (int k = 0; k < content.length() && !letter; k++) {
            letter = Character.isLetter(content.charAt(k));
        }
        if (!letter) {
            return false;
        }
        int qt = layout.quoteToken(i);
        if (isInsideAName(qt) && NameShapes.isNicknameShape(WordGaps.words(content.trim()))) {
            return false; // "Tomás “Tank” Ó Riain": a nickname, whatever cue follows the name
        }
        if (found.after().found()) {
            return true;
        }
        int s = layout.sentenceOf(qt);
        boolean wholeParagraph = qt == layout.sentenceStart(s)
                && (s == 0 || layout.sentenceParagraph(s - 1) != span.paragraph())
                && layout.sentenceEnd(s) - layout.sentenceStart(s) <= MAX_QUOTE_PARAGRAPH_TOKENS;
        if (wholeParagraph || span.continuesFromPrevious() || span.continuesToNext()) {
            return true;
        }
        if (namedByTheArticle(qt, s, content) || isRating(qt, content)) {
            return false;
        }
        String trimmed = content.endsWith(".") ? content.substring(0, content.length() - 1) : content;
        if (trimmed.indexOf(',') >= 0 || trimmed.endsWith("?") || trimmed.endsWith("!") || trimmed.contains(". ")) {
            return true;
        }
        String[] words = WordGaps.words(trimmed.trim());
        if (words.length > MAX_NAME_WORDS) {
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
        // One capitalised word is a name only when introduced as one ("the “Squad”", "dubbed “Lazarus”", "have
        // called him “Deacon”").
        Tok prevTok = qt > 0 ? layout.tokens.get(qt - 1) : null;
        return !(prevTok != null
                && prevTok.isWord()
                && (prevTok.lower().equals("the")
                        || Lexicon.NAMING_VERBS.contains(prevTok.lower())
                        || isNamingVerbAndObject(qt)));
    }

    /** "have called him “Deacon”", "nicknamed her ‘Biscuit’": a naming verb and its object before the quote. */
    private boolean isNamingVerbAndObject(int qt) {
        if (qt < 2) {
            return false;
        }
        Tok object = layout.tokens.get(qt - 1);
        Tok verb = layout.tokens.get(qt - 2);
        return OBJECT_PRONOUNS.contains(object.lower()) && verb.isWord() && Lexicon.NAMING_VERBS.contains(verb.lower());
    }

    /** "Tomás “Tank” Ó Riain": a name word right before the quote and right after it. */
    private boolean isInsideAName(int qt) {
        if (qt < 1 || qt + 1 >= layout.tokens.size()) {
            return false;
        }
        Tok before = layout.tokens.get(qt - 1);
        Tok after = layout.tokens.get(qt + 1);
        return NameShapes.isNameToken(before) && !before.isPossessive() && NameShapes.isNameToken(after);
    }

    /**
     * "was rated “requires improvement”", "had been rated ‘satisfactory’": a short grade right after a rating verb
     * (or "rated as") is an inspector's label, not speech.
     */
    private boolean isRating(int qt, String content) {
        if (WordGaps.count(content) > MAX_NAMING_WORDS || qt == 0) {
            return false;
        }
        Tok prev = layout.tokens.get(qt - 1);
        if (prev.isWord() && prev.lower().equals("as") && qt >= 2) {
            prev = layout.tokens.get(qt - 2);
        }
        return prev.isWord() && Lexicon.RATING_VERBS.contains(prev.lower());
    }

    /**
     * "the long-delayed ‘10-year plan’", "the so-called “axis of resistance”": a short quoted phrase used as
     * a name after "the" or "so-called", in a sentence with no cue verb, is the article naming something,
     * not anybody's words.
     */
    private boolean namedByTheArticle(int qt, int s, String content) {
        if (WordGaps.count(content) > MAX_NAMING_WORDS) {
            return false;
        }
        int ss = layout.sentenceStart(s);
        boolean named = false;
        for (int k = qt - 1; k >= Math.max(ss, qt - 2); k--) {
            Tok t = layout.tokens.get(k);
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
        return !subjects.hasCue(ss, layout.sentenceEnd(s));
    }
}
