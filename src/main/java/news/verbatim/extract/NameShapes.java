package news.verbatim.extract;

import java.util.List;
import java.util.Set;

/**
 * The word-shape tests behind name parsing, shared by every stage that reads names: whether a token can be part
 * of a personal name ("Blinken" yes, "NATO", "Tuesday", "Minister" no), whether a word names a role ("forester",
 * "campaigner"), the gender a title gives ("Mrs", "spokesman"), and the text of a run of tokens. Stateless.
 *
 * <pre>{@code
 * if (NameShapes.isNameToken(tok) && !NameShapes.followedByWhich(toks, t)) { ... }
 * }</pre>
 */
final class NameShapes {

    /** Titles and organisation names are never longer than this; bounds the walks back. */
    static final int MAX_TITLE_TOKENS = 12;

    /** Most words of a nickname printed in quotes ("Tank", "The Cat"). */
    private static final int MAX_NICKNAME_WORDS = 3;

    private NameShapes() {}

    /** A capitalised word that can be part of a personal name. */
    static boolean isNameToken(Tok t) {
        return t.nameLike();
    }

    /** Month names that are also first names; a name only where {@link #isPairedFirstName} says so. */
    private static final Set<String> MONTH_FIRST_NAMES = Set.of("april", "may", "june", "august");

    /**
     * Whether the token at {@code k} can be part of a personal name here: a name token, or a month that is also a
     * first name where only a name fits ({@link #isPairedFirstName}).
     */
    static boolean isNameTokenAt(List<Tok> toks, int k) {
        return isNameToken(toks.get(k)) || isPairedFirstName(toks, k);
    }

    /**
     * "Bill and June Harcourt": a month that is also a first name, right after "and" and right before a name, is
     * the first name (a date is never followed by a surname there).
     */
    static boolean isPairedFirstName(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        return t.isCap()
                && MONTH_FIRST_NAMES.contains(t.lower())
                && k > 0
                && k + 1 < toks.size()
                && (toks.get(k - 1).lower().equals("and")
                        || toks.get(k - 1).lower().equals("&"))
                && isNameToken(toks.get(k + 1));
    }

    /** The rule behind {@link #isNameToken}, applied once per token by {@link Tok#of}. */
    static boolean nameLike(String word, String lw) {
        if (!Character.isUpperCase(word.charAt(0))
                && !lw.startsWith("al-")
                && !lw.startsWith("el-")
                && !lw.startsWith("bin-")) {
            return false;
        }
        String text = lw.endsWith("'s")
                ? word.substring(0, word.length() - 2)
                : lw.endsWith("s'") ? word.substring(0, word.length() - 1) : word;
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        if (!Character.isUpperCase(cp)) {
            return text.startsWith("al-") || text.startsWith("el-") || text.startsWith("bin-");
        }
        String l = Lexicon.lower(text);
        if (Lexicon.TITLE_WORDS.contains(l)
                || Lexicon.HONORIFICS.contains(l)
                || Lexicon.DEMONYMS.contains(l)
                || Lexicon.CALENDAR.contains(l)
                || Lexicon.NON_NAME_CAPS.contains(l)
                || Lexicon.ORG_WORDS.contains(l)
                || Lexicon.PLACES.contains(l)
                || Lexicon.CUE_VERBS.contains(l)
                || Lexicon.GROUP_NOUNS.contains(l) // "Parents Mere and Tane Walker said"
                || isPluralRole(l)) {
            return false;
        }
        if (text.length() >= 2 && isAllCaps(text) && !Lexicon.NAME_SUFFIXES.contains(l)) {
            return false; // IDF, NATO, CNN
        }
        return Character.isLetter(cp);
    }

    /**
     * "Owners" in a caption opening "Owners Nina and Alex Farrow at …", "MPs Rebecca Nkemelu and Owen
     * Prothero": the plural of a listed role noun or title describes people and is never part of their name
     * (a singular "Steward" can be a surname).
     */
    private static boolean isPluralRole(String l) {
        if (l.length() < 3 || !l.endsWith("s")) {
            return false;
        }
        String one = l.substring(0, l.length() - 1);
        return Lexicon.ROLE_NOUNS.contains(one) || Lexicon.TITLE_WORDS.contains(one) && one.length() >= 2;
    }

    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** A noun naming what a person is or does ("forester", "campaigner", "pharmacist", "volunteer"). */
    static boolean isRoleNoun(String l) {
        if (Lexicon.ROLE_NOUNS.contains(l) || Lexicon.PERSON_NOUNS.contains(l)) {
            return true;
        }
        if (l.length() < 5
                || Lexicon.NOT_ROLE_WORDS.contains(l)
                || Lexicon.DEMONYMS.contains(l)
                || Character.isDigit(l.charAt(0))) {
            return false; // a count is no trade: "the 27-member bloc" is no "member"
        }
        // "-man" makes trades ("postman", "fisherman", "linesman"); shorter words ending so are not ("woman",
        // "human"), nor is a team's count ("ten-man"), nor are the demonyms and names the lists above rule out.
        boolean trade = l.length() >= 6 && l.endsWith("man") && l.indexOf('-') < 0;
        return l.endsWith("er")
                || l.endsWith("or")
                || l.endsWith("ist")
                || l.endsWith("ian")
                || l.endsWith("eer")
                || trade;
    }

    /** Whether {@code lower} is a listed role noun or title ("coach", "mayor", "judge"), not a shaped one. */
    static boolean isListedRoleOrTitle(String lower) {
        return Lexicon.ROLE_NOUNS.contains(lower) || Lexicon.TITLE_WORDS.contains(lower);
    }

    static boolean isCapitalisedRole(Tok t) {
        String l = t.lower();
        return isRoleNoun(l) && !Lexicon.isFirstName(l);
    }

    static boolean isLowerWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLowerCase(c) || c == '-' && i > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name ending at {@code last} is followed by ", which": an institution, since people take "who". */
    static boolean followedByWhich(List<Tok> toks, int last) {
        return last + 2 < toks.size()
                && toks.get(last + 1).isPunct(",")
                && toks.get(last + 2).lower().equals("which");
    }

    /** Whether {@code words} are one to three words, each capitalised ("Tank", "The Cat"): a nickname's shape. */
    static boolean isNicknameShape(String[] words) {
        if (words.length == 0 || words.length > MAX_NICKNAME_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The capitalised words (possessives included) ending at {@code last}: "Patients' Voice Shropshire". */
    static String capitalisedRun(List<Tok> toks, int last) {
        int k = last;
        while (k > 0 && toks.get(k - 1).isWord() && toks.get(k - 1).isCap() && last - k < MAX_TITLE_TOKENS) {
            k--;
        }
        return text(toks, k, last, toks.get(last));
    }

    /** The gender a title or role word gives ("Mrs", "spokesman"), else {@code current}. */
    static Gender genderOf(String word, Gender current) {
        if (Lexicon.MALE_WORDS.contains(word)) {
            return Gender.MALE;
        }
        if (Lexicon.FEMALE_WORDS.contains(word)) {
            return Gender.FEMALE;
        }
        return current;
    }

    /** The text from token a to token b, without the possessive ending of {@code lastTok}. */
    static String text(List<Tok> toks, int a, int b, Tok lastTok) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) {
                sb.append(' ');
            }
            Tok x = toks.get(i);
            sb.append(i == b ? x.withoutPossessive() : x.text());
        }
        return sb.toString();
    }

    /** Printed text from token a to token b exactly as in the article (keeps no-break spaces). */
    static String printed(String article, List<Tok> toks, int a, int b) {
        Tok last = toks.get(b);
        int end = last.start() + last.withoutPossessive().length();
        return article.substring(toks.get(a).start(), end);
    }
}
