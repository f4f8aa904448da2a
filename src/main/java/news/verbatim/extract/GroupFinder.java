package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a subject made of several named people joined by "and" ("Idaho Gov. Marlene Ostrowski, Nevada Gov.
 * Curtis Abernathy and Wyoming Gov. Helen Tadesse said", "the LDU’s general secretary, Niamh Corrigan, and the
 * RWF’s general secretary, Derek Amoako-Hale, said", "his parents, Paul and Denise Brennan, said"): the words
 * belong to all of them, so the speaker is the group, never the last name alone.
 *
 * <pre>{@code
 * Mention group = groups.groupIn(subjectStart, lastTokenBeforeVerb); // null when it is not a group
 * List<Mention> members = groups.members(group);
 * }</pre>
 */
final class GroupFinder {

    /** A group subject never runs longer than this; bounds the work per cue. */
    private static final int MAX_GROUP_TOKENS = 40;

    /** A description segment between the names ("the RWF’s general secretary") has at most this many words. */
    private static final int MAX_DESCRIPTION_WORDS = 6;

    private final List<Tok> toks;
    private final NameParser parser;

    GroupFinder(List<Tok> toks, NameParser parser) {
        this.toks = toks;
        this.parser = parser;
    }

    /**
     * The group of two or more named people filling the tokens [{@code first}, {@code last}], as a
     * {@link Mention.Type#GROUP} mention, or null when the phrase is anything else.
     */
    Mention groupIn(int first, int last) {
        if (first < 0 || last < first || last - first > MAX_GROUP_TOKENS || last >= toks.size()) {
            return null;
        }
        boolean joined = false;
        for (int k = first; k <= last; k++) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                return null;
            }
            joined |= t.isWord() && (t.lower().equals("and") || t.lower().equals("&"));
        }
        if (!joined) {
            return null;
        }
        List<Mention> members = members(first, last);
        if (members.size() < 2) {
            return null;
        }
        StringBuilder printed = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && toks.get(k).isWord()) {
                printed.append(' ');
            }
            printed.append(toks.get(k).text());
        }
        return new Mention(
                Mention.Type.GROUP,
                first,
                last,
                printed.toString(),
                printed.toString(),
                false,
                Gender.UNKNOWN,
                false,
                null);
    }

    /** The named members of a group mention, in order. */
    List<Mention> members(Mention group) {
        if (group.type() != Mention.Type.GROUP) {
            throw new IllegalArgumentException("not a group: " + group.type());
        }
        return members(group.first(), group.last());
    }

    /**
     * Splits [first, last] at commas and "and": every segment must be a personal name, or a short description
     * of the next name ("her Faroese counterpart", "his parents"); otherwise the phrase is not a group and the
     * list is empty. A lone name before "and" and a full name is a first name sharing the surname after it ("Paul and Denise Brennan").
     */
    private List<Mention> members(int first, int last) {
        List<int[]> segments = new ArrayList<>();
        int start = first;
        for (int k = first; k <= last + 1; k++) {
            boolean cut = k > last
                    || toks.get(k).isPunct(",")
                    || toks.get(k).isWord()
                            && (toks.get(k).lower().equals("and")
                                    || toks.get(k).lower().equals("&"));
            if (cut) {
                if (k > start) {
                    segments.add(new int[] {start, k - 1});
                }
                start = k + 1;
            }
        }
        List<Mention> names = new ArrayList<>();
        List<Boolean> lone = new ArrayList<>();
        boolean lastWasName = false;
        for (int s = 0; s < segments.size(); s++) {
            int[] seg = segments.get(s);
            Mention m = parser.parseForward(toks, seg[0], seg[1] + 1);
            boolean described = false;
            if (m == null || m.type() != Mention.Type.PERSON_NAME || m.last() != seg[1]) {
                // "Labour rebels Rebecca Nkemelu"; first of all, "Retired teachers Bill and June Harcourt", where
                // the described first name shares the surname after it.
                m = describedName(seg[0], seg[1], s == 0 && segments.size() > 1 ? 1 : 2);
                described = m != null;
            }
            if (m != null && m.type() == Mention.Type.PERSON_NAME && m.last() == seg[1]) {
                names.add(m);
                lone.add(m.coreWords() == 1 && (m.first() == seg[0] || described));
                lastWasName = true;
            } else if (isDescription(seg[0], seg[1])) {
                lastWasName = false;
            } else {
                return List.of();
            }
        }
        if (!lastWasName) {
            return List.of(); // "A and her counterpart said": the second person is not named
        }
        if (names.size() >= 2
                && names.get(names.size() - 1).coreWords() == 1
                && names.get(names.size() - 2).coreWords() >= 2) {
            return List.of(); // "Kelby Fire and Rescue": a lone word after a full name is the rest of an institution
        }
        List<Mention> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Mention m = names.get(i);
            if (lone.get(i) && i + 1 < names.size() && names.get(i + 1).titled()) {
                // "Work and Pensions Secretary Claire Huxtable-Moore": the lone word is the start of her title.
                return List.of();
            }
            if (lone.get(i) && i + 1 < names.size() && names.get(i + 1).coreWords() >= 2) {
                String surname = names.get(i + 1)
                        .core()
                        .substring(names.get(i + 1).core().lastIndexOf(' ') + 1);
                String core = m.core() + " " + surname;
                m = new Mention(
                        Mention.Type.PERSON_NAME, m.first(), m.last(), core, core, m.titled(), m.gender(), false, null);
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A name of {@code minWords} words or more ending the segment [a, b] after a few words describing the person
     * ("Labour rebels Rebecca Nkemelu"), or null; a one-word name must follow a whole description ("Retired
     * teachers Bill").
     */
    private Mention describedName(int a, int b, int minWords) {
        for (int k = a + 1; k <= b && k <= a + MAX_DESCRIPTION_WORDS; k++) {
            Tok t = toks.get(k);
            if (!t.isWord() || Lexicon.CUE_VERBS.contains(t.lower())) {
                return null;
            }
            if (NameShapes.isNameToken(t)) {
                Mention m = parser.parseForward(toks, k, b + 1);
                if (m != null
                        && m.type() == Mention.Type.PERSON_NAME
                        && m.last() == b
                        && (m.coreWords() >= 2 || m.coreWords() >= minWords && isDescription(a, k - 1))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A short phrase of role words, determiners and possessives ("the RWF’s general secretary", "his parents"). */
    private boolean isDescription(int a, int b) {
        if (b - a + 1 > MAX_DESCRIPTION_WORDS) {
            return false;
        }
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                return false;
            }
            String l = t.lower();
            if (Lexicon.CUE_VERBS.contains(l) || l.equals("who") || l.equals("which") || l.equals("that")) {
                return false;
            }
            boolean ok = t.isPossessive()
                    || t.isCap()
                    || Lexicon.NOUN_DETERMINERS.contains(l)
                    || Lexicon.SOURCE_DETERMINERS.contains(l)
                    || Lexicon.DEMONYMS.contains(l)
                    || NameShapes.isRoleNoun(l)
                    || isPluralRole(l)
                    || l.equals("the")
                    || k < b; // a word qualifying the role noun that ends the description
            if (!ok) {
                return false;
            }
        }
        String head = toks.get(b).lower();
        return toks.get(b).isPossessive()
                || NameShapes.isRoleNoun(head)
                || Lexicon.ROLE_NOUNS.contains(head)
                || isPluralRole(head)
                || Lexicon.TITLE_WORDS.contains(head);
    }

    /** "teachers", "parents": the plural of a role noun. */
    private static boolean isPluralRole(String l) {
        return l.endsWith("s") && NameShapes.isRoleNoun(l.substring(0, l.length() - 1));
    }
}
