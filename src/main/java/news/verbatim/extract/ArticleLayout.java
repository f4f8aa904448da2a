package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The structure of one cleaned article that attribution works on: paragraphs, the quote spans in them, the
 * tokens outside quotations (each quote collapsed into one token) and sentences as token ranges.
 *
 * <p>Sentences are split on the text outside quotations only, so a period inside a quote never ends the
 * surrounding sentence unless the quote itself ends a sentence ("…Israel.” He said" vs "…fire.” he told").
 */
final class ArticleLayout {

    final String text;
    final List<Paragraph> paragraphs;
    final List<QuoteSpan> spans;
    /** All tokens of the article, paragraph after paragraph. */
    final List<Tok> tokens = new ArrayList<>();

    private final List<Sentence> sentences = new ArrayList<>();
    /** For every quote span, the index of its token. */
    private final int[] quoteToken;
    /** For every token, the index of its sentence. */
    private int[] sentenceOf;

    ArticleLayout(String text, QuoteSpanScanner scanner) {
        this.text = Objects.requireNonNull(text, "text");
        this.paragraphs = splitParagraphs(text);
        this.spans = scanner.scan(text, paragraphs);
        this.quoteToken = new int[spans.size()];
        tokenize();
        splitSentences();
    }

    private static List<Paragraph> splitParagraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            if (end > i) {
                out.add(new Paragraph(i, end));
            }
            i = end + 1;
        }
        return List.copyOf(out);
    }

    private void tokenize() {
        int q = 0;
        for (Paragraph paragraph : paragraphs) {
            int i = paragraph.start();
            int end = paragraph.end();
            while (i < end) {
                while (q < spans.size() && spans.get(q).open() < i) {
                    q++;
                }
                if (q < spans.size() && spans.get(q).open() == i) {
                    QuoteSpan s = spans.get(q);
                    quoteToken[q] = tokens.size();
                    tokens.add(Tok.of(Tok.Kind.QUOTE, text.substring(s.open(), s.end()), "", s.open(), s.end(), q));
                    i = s.end();
                    q++;
                    continue;
                }
                char c = text.charAt(i);
                if (TextCleaner.isSpace(c)) {
                    i++;
                } else if (Character.isLetterOrDigit(c)) {
                    i = word(i, end);
                } else {
                    i = punct(i, end);
                }
            }
        }
    }

    private int word(int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '&')
                    && i + 1 < end
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++; // don't, Sa’ar, Jean-Pierre, AT&T
            } else if ((c == '.' || c == ',')
                    && i + 1 < end
                    && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i - 1))) {
                i++; // 1,400 and 2.5
            } else {
                break;
            }
        }
        String w = text.substring(start, i);
        if (i < end && text.charAt(i) == '.') {
            String lw = w.toLowerCase();
            int dash = w.lastIndexOf('-');
            // "U.S.", "a.m.", and AP party tags such as "D-N.M.": a single letter followed by letter-dot pairs
            boolean single = w.length() - dash - 1 == 1 && Character.isLetter(w.charAt(w.length() - 1));
            if (single) {
                int j = i;
                while (j + 2 < end
                        && text.charAt(j) == '.'
                        && Character.isLetter(text.charAt(j + 1))
                        && text.charAt(j + 2) == '.') {
                    j += 2;
                }
                i = j < end && text.charAt(j) == '.' ? j + 1 : j;
            } else if (Lexicon.ABBREVIATIONS.contains(lw)) {
                i++;
            }
        } else if (i < end
                && (text.charAt(i) == '\u2019' || text.charAt(i) == '\'')
                && i > start
                && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
                && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
            i++; // Hamas’ (possessive of a word ending in s)
        }
        String t = text.substring(start, i);
        tokens.add(Tok.of(Tok.Kind.WORD, t, Lexicon.lower(t), start, i, -1));
        return i;
    }

    private int punct(int start, int end) {
        char c = text.charAt(start);
        int i = start + 1;
        if (c == '.' || c == '-') {
            while (i < end && text.charAt(i) == c) {
                i++;
            }
        }
        String t = text.substring(start, i);
        if (t.equals("..") || t.equals("...")) {
            t = "...";
        }
        tokens.add(Tok.of(Tok.Kind.PUNCT, t, t, start, i, -1));
        return i;
    }

    private void splitSentences() {
        sentenceOf = new int[tokens.size()];
        int sStart = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Tok tok = tokens.get(t);
            int para = paragraphOf(tok.start());
            Tok next = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
            boolean paraEnd = next == null || paragraphOf(next.start()) != para;
            if (paraEnd || endsSentence(t, tok, next)) {
                sentences.add(new Sentence(sStart, t + 1, para));
                sStart = t + 1;
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            for (int t = sentenceStart(s); t < sentenceEnd(s); t++) {
                sentenceOf[t] = s;
            }
        }
    }

    private boolean endsSentence(int t, Tok tok, Tok next) {
        if (tok.kind() == Tok.Kind.PUNCT) {
            String x = tok.text();
            if (x.equals(".") || x.equals("!") || x.equals("?") || x.equals("...") || x.equals("\u2026")) {
                return startsSentence(next);
            }
            return false;
        }
        if (tok.isQuote()) {
            QuoteSpan s = spans.get(tok.quote());
            char last = text.charAt(s.contentEnd() - 1);
            if (!s.closed() || (last != '.' && last != '!' && last != '?' && last != '\u2026')) {
                return false;
            }
            if (!startsSentence(next)) {
                return false;
            }
            // “….” Blinken said — the attribution still belongs to the quote.
            return !(next.isCap() && cueWithin(t + 1, 4));
        }
        if (tok.isWord()
                && Lexicon.SENTENCE_FINAL_ABBREVIATIONS.contains(tok.lower())
                && next != null
                && next.isCap()) {
            return Lexicon.NON_NAME_CAPS.contains(next.lower());
        }
        return false;
    }

    private boolean cueWithin(int from, int n) {
        for (int k = from; k < Math.min(tokens.size(), from + n); k++) {
            Tok x = tokens.get(k);
            if (x.kind() == Tok.Kind.PUNCT && !x.text().equals(",") || x.isQuote()) {
                return false;
            }
            if (x.isWord() && Lexicon.CUE_VERBS.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(Tok next) {
        if (next == null) {
            return true;
        }
        if (next.isQuote()) {
            return true;
        }
        if (next.kind() == Tok.Kind.PUNCT) {
            return next.text().equals("(")
                    || next.text().equals("\u2014")
                    || next.text().equals("--");
        }
        int cp = next.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp);
    }

    /** Index of the paragraph holding offset {@code pos}. */
    int paragraphOf(int pos) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphs.get(mid).start() <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The number of sentences. */
    int sentenceCount() {
        return sentences.size();
    }

    /** The index of the sentence holding token {@code token}. */
    int sentenceOf(int token) {
        return sentenceOf[token];
    }

    /** The index of the token of quote span {@code quote}. */
    int quoteToken(int quote) {
        return quoteToken[quote];
    }

    int sentenceStart(int s) {
        return sentences.get(s).firstToken();
    }

    int sentenceEnd(int s) {
        return sentences.get(s).endToken();
    }

    /** A byline ("By Hannah Corrie", "By Kirsty Mallender, Consumer Reporter"): its names never speak. */
    private static final Pattern BYLINE = Pattern.compile("^By \\p{Lu}[^.!?\"“”]{1,80}$");

    /**
     * A line that opens as a photo caption or credit, or as a link to another story ("Photo: …", "Credit: Valley
     * Courier", "Read more: …", "You may also like …", "Topics: Drought, Sheep Production"): the names in it are photographers, outlets and other
     * stories' people, not sources. A caption that only ends with a credit ("… says Bev. (Photo: Rushworth
     * family)") is not one: it may quote the article's people.
     */
    private static final Pattern CAPTION_OR_LINK =
            Pattern.compile("(?i)(photo(graph)?s?|pictures?|pictured|image|credit|read more|read also|also read"
                    + "|related( articles?| stories)?|more on this( story)?|watch( now)?|listen|topics|tags)"
                    + "\\s*[:|\u2013\u2014-].*"
                    + "|(read more|also read|you may also like|related( articles?| stories)?|more on this story"
                    + "|watch now|recommended( for you)?)\\s*:?");

    /** Bylines, captions and link lines are short; longer paragraphs are not looked at. */
    private static final int MAX_FURNITURE_CHARS = 200;

    /**
     * Whether paragraph {@code p} names no source: a byline (its people are the reporters), a photo caption or
     * credit, or a link line to another story. Its names are not the article's speakers.
     */
    boolean namesNoSource(int p) {
        if (furniture == null) {
            furniture = new boolean[paragraphs.size()];
            for (int i = 0; i < furniture.length; i++) {
                Paragraph para = paragraphs.get(i);
                // The byline may share its paragraph with the date line under it: only its first line counts.
                int lineEnd = text.indexOf('\n', para.start());
                int end = lineEnd < 0 || lineEnd > para.end() ? para.end() : lineEnd;
                String line = text.substring(para.start(), end).strip();
                furniture[i] = line.length() < MAX_FURNITURE_CHARS
                        && (BYLINE.matcher(line).matches()
                                || CAPTION_OR_LINK.matcher(line).matches());
            }
        }
        return furniture[p];
    }

    /** Per paragraph, whether it names no source; computed on first use. */
    private boolean[] furniture;

    int sentenceParagraph(int s) {
        return sentences.get(s).paragraph();
    }

    Tok tok(int i) {
        return tokens.get(i);
    }
}
