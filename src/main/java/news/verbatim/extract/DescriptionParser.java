package news.verbatim.extract;

import java.util.List;

/**
 * Parses the descriptions that can be a speaker: an unnamed source ("a prominent Lebanese source close to
 * Hezbollah", "two Iranian sources", "one of the diplomats") and a definite description that points back at
 * an earlier person or institution ("the mayor", "the 52-year-old", "the council"). Like {@link NameParser},
 * of which it is a part, it reads right to left from the word next to the cue verb.
 */
final class DescriptionParser {

    /** The longest unnamed-source phrase, postmodifier included ("a source close to …"). */
    private static final int MAX_SOURCE_TOKENS = 14;

    /** How many modifiers may stand between an unnamed source's determiner and its noun. */
    private static final int MAX_SOURCE_MODIFIERS = 6;

    /** How many words may stand between "the" and the role or institution noun ("the city council"). */
    private static final int MAX_REF_MODIFIERS = 4;
    /** How many words an institution's name may have before its bracketed abbreviation, "the" included. */
    private static final int MAX_NAME_BEFORE_ABBREVIATION = 7;

    /**
     * An unnamed source: [determiner] [modifiers] SOURCE-NOUN [postmodifier up to {@code last}]. Without a
     * determiner only plural nouns qualify ("Officials said"); a source noun followed by a name is a title
     * ("spokesman John Kirby"), not an anonymous source.
     */
    Mention parseAnonymous(List<Tok> toks, int from, int last) {
        int lo = Math.max(from, last - MAX_SOURCE_TOKENS);
        for (int n = last; n >= lo; n--) {
            Tok x = toks.get(n);
            if (!x.isWord()) {
                return null;
            }
            if (!Lexicon.SOURCE_NOUNS.contains(x.lower())) {
                if (n < last && x.isWord() && Lexicon.CUE_VERBS.contains(x.lower())) {
                    return null;
                }
                continue;
            }
            if (n < last) {
                Tok after = toks.get(n + 1);
                if (!Lexicon.SOURCE_POSTMODIFIERS.contains(after.lower())) {
                    if (after.isCap()) {
                        return null; // "spokesman John Kirby"
                    }
                    continue;
                }
            }
            // modifiers and determiner
            int m = n - 1;
            int mods = 0;
            int det = -1;
            while (m >= from && mods <= MAX_SOURCE_MODIFIERS) {
                Tok y = toks.get(m);
                if (!y.isWord()) {
                    break;
                }
                String yl = y.lower();
                if (Lexicon.SOURCE_DETERMINERS.contains(yl) && !yl.equals("senior") || y.isPossessive() && y.isCap()) {
                    det = m;
                    break;
                }
                boolean insideName = (yl.equals("of") || yl.equals("and") || yl.equals("for"))
                        && m > from
                        && toks.get(m - 1).isCap()
                        && toks.get(m + 1).isCap();
                if (insideName) {
                    m--; // "A Department of Health and Social Care spokesperson"
                    mods++;
                    continue;
                }
                if (Lexicon.CUE_VERBS.contains(yl)
                        || yl.equals("and")
                        || yl.equals("that")
                        || yl.equals("but")
                        || yl.equals("of")
                        || yl.equals("to")
                        || yl.equals("with")
                        || yl.equals("by")) {
                    break;
                }
                m--;
                mods++;
            }
            boolean plural = x.lower().endsWith("s") && !x.lower().endsWith("ss")
                    || x.lower().equals("people");
            int start;
            boolean definite = false;
            if (det >= 0
                    && det >= from + 2
                    && toks.get(det).lower().equals("the")
                    && toks.get(det - 1).lower().equals("of")
                    && Lexicon.SOURCE_DETERMINERS.contains(toks.get(det - 2).lower())) {
                // Partitive "one of the diplomats": one member of a group introduced earlier, described as printed.
                int q = det - 2;
                String words = joined(toks, q, last);
                boolean one = toks.get(q).lower().equals("one");
                return new Mention(
                        Mention.Type.ANON,
                        q,
                        last,
                        words,
                        words,
                        false,
                        Gender.UNKNOWN,
                        false,
                        one ? "one" : x.lower());
            }
            if (det >= 0) {
                String dl = toks.get(det).lower();
                definite = dl.equals("the")
                        || dl.equals("this")
                        || dl.equals("that")
                        || dl.equals("these")
                        || dl.equals("those");
                boolean dropDet =
                        definite || dl.equals("a") || dl.equals("an") || dl.equals("another") || dl.equals("one");
                start = dropDet ? det + 1 : det;
                if (toks.get(det).isPossessive()) {
                    start = det;
                }
            } else if (plural || m + 1 == n && n == from) {
                start = m + 1;
                if (!plural) {
                    return null;
                }
            } else {
                return null;
            }
            // Modifiers that are a name ("Kirby spokesman") are not an anonymous description.
            int first = det >= 0 ? det : start;
            String words = joined(toks, start, last);
            return new Mention(
                    Mention.Type.ANON,
                    first,
                    last,
                    words,
                    words,
                    false,
                    NameShapes.genderOf(x.lower(), Gender.UNKNOWN),
                    definite,
                    x.lower());
        }
        return null;
    }

    /** "the mayor", "the city council", "the club": a definite description pointing at an earlier entity. */
    Mention parseDefiniteRef(List<Tok> toks, int from, int last) {
        Tok t = toks.get(last);
        String l = t.lower();
        if (!t.isCap() && Lexicon.DOCUMENT_NOUNS.contains(l)) {
            return parseDocumentRef(toks, from, last);
        }
        if (l.equals("counsel")
                && !t.isCap()
                && (last == from || !toks.get(last - 1).isWord())) {
            // "“…,” counsel said": court copy's bare "counsel" points back at the barrister just heard
            return new Mention(Mention.Type.ROLE_REF, last, last, l, l, false, Gender.UNKNOWN, true, l);
        }
        // "the Italian said", "the Bulgarian added": a nationality in the singular points back like a role noun
        boolean demonym = t.isCap() && !l.endsWith("s") && Lexicon.DEMONYMS.contains(l);
        // "the 52-year-old" points back like a role noun, at the person the article gave that age if it did
        boolean role = Lexicon.ROLE_NOUNS.contains(l) || Ages.isEpithet(l) || NameShapes.isRoleNoun(l) || demonym;
        boolean org = Lexicon.ORG_NOUNS.contains(l);
        if (!role && !org || t.isCap() && last > from && !demonym) {
            return null;
        }
        int m = last - 1;
        int abbreviation = org && !role ? abbreviationBefore(toks, from, last) : -1;
        int reach = MAX_REF_MODIFIERS;
        if (abbreviation >= 0) {
            // "the 44-member Least Developed Countries (LDC) group": the name before the letters in brackets
            m = abbreviation - 1;
            reach = last - abbreviation + MAX_NAME_BEFORE_ABBREVIATION;
        }
        while (m >= from && last - m <= reach) {
            Tok y = toks.get(m);
            if (!y.isWord()) {
                return null;
            }
            String yl = y.lower();
            if (yl.equals("the")
                    || yl.equals("its")
                    || yl.equals("this")
                    || org && !role && (yl.equals("his") || yl.equals("her") || yl.equals("their"))) {
                String words = org && !role ? institutionWords(toks, m + 1, last) : joined(toks, m + 1, last);
                return new Mention(
                        org && !role ? Mention.Type.ORG_REF : Mention.Type.ROLE_REF,
                        m,
                        last,
                        words,
                        words,
                        false,
                        NameShapes.genderOf(l, Gender.UNKNOWN),
                        true,
                        l);
            }
            // a capitalised cue verb is a word of a name ("the Small Island Developing States group")
            boolean cue = Lexicon.CUE_VERBS.contains(yl) && !y.isCap();
            if (cue || yl.equals("and") || yl.equals("a") || yl.equals("an")) {
                return null;
            }
            m--;
        }
        return null;
    }

    /**
     * "the statement", "the joint statement", "the written statement": a document the article introduced before,
     * as a DOCUMENT_REF mention whose head is the noun (the resolver looks for whose document it is); null for
     * anything else before the noun ("a statement", "her statement" are introductions, not references).
     */
    static Mention parseDocumentRef(List<Tok> toks, int from, int last) {
        for (int m = last - 1; m >= from && last - m <= MAX_REF_MODIFIERS; m--) {
            Tok y = toks.get(m);
            if (y.isWord() && y.lower().equals("the")) {
                String words = joined(toks, m + 1, last);
                String head = toks.get(last).lower();
                return new Mention(Mention.Type.DOCUMENT_REF, m, last, words, words, false, Gender.UNKNOWN, true, head);
            }
            // a name ("the Keogh family's statement") or a verb ("issued the statement") is no plain reference
            if (!y.isWord() || y.isCap() || y.isPossessive() || Lexicon.CUE_VERBS.contains(y.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "the governors", "the two ministers", "the couple", "both men": a definite plural description that points
     * back at a group of named people, as an ANON mention whose head is the noun (the resolver looks for the
     * group).
     */
    Mention parseGroupRef(List<Tok> toks, int from, int last) {
        Tok t = toks.get(last);
        String l = t.lower();
        boolean pluralRole = l.length() > 3
                && l.endsWith("s")
                && !l.endsWith("ss")
                && (Lexicon.ROLE_NOUNS.contains(l.substring(0, l.length() - 1))
                        || Lexicon.TITLE_WORDS.contains(l.substring(0, l.length() - 1)));
        if (t.isCap() || !pluralRole && !Lexicon.GROUP_NOUNS.contains(l)) {
            return null;
        }
        for (int m = last - 1; m >= from && last - m <= MAX_REF_MODIFIERS; m--) {
            Tok y = toks.get(m);
            if (!y.isWord()) {
                return null;
            }
            String yl = y.lower();
            if (yl.equals("the") || yl.equals("both")) {
                String words = joined(toks, m + 1, last);
                return new Mention(Mention.Type.ANON, m, last, words, words, false, Gender.UNKNOWN, true, l);
            }
            if (Lexicon.CUE_VERBS.contains(yl) || yl.equals("and") || yl.equals("a") || yl.equals("an") || y.isCap()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The opening bracket of "(LDC)" or "(ECOWAS)" right before the institution noun at {@code last}: an
     * abbreviation of the name before it; -1 when there is none.
     */
    private static int abbreviationBefore(List<Tok> toks, int from, int last) {
        int open = last - 3;
        boolean bracketed = open > from
                && toks.get(open).isPunct("(")
                && toks.get(last - 1).isPunct(")")
                && toks.get(last - 2).isWord()
                && NameShapes.isAllCaps(toks.get(last - 2).text());
        return bracketed ? open : -1;
    }

    /**
     * An institution's words from {@code a} to {@code b}, without a bracketed abbreviation or a count before its
     * name ("the 44-member Least Developed Countries (LDC) group" is the "Least Developed Countries group").
     */
    private static String institutionWords(List<Tok> toks, int a, int b) {
        StringBuilder sb = new StringBuilder();
        boolean bracket = false;
        for (int i = a; i <= b; i++) {
            Tok t = toks.get(i);
            bracket |= t.isPunct("(");
            boolean skip = bracket || Character.isDigit(t.text().charAt(0));
            bracket &= !t.isPunct(")");
            if (!skip) {
                sb.append(sb.length() > 0 ? " " : "").append(t.text());
            }
        }
        return sb.toString();
    }

    /** The printed words of tokens {@code a} to {@code b} (inclusive), joined by single spaces. */
    private static String joined(List<Tok> toks, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) {
                sb.append(' ');
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }
}
