package news.verbatim.extract;

import java.util.List;

/**
 * Parses organisation names for {@link NameParser}: the capitalised run ending at a word ("the Israel Defense
 * Forces", "Department of Health and Social Care"), and whether such a run holds an organisation word, which
 * makes it an organisation rather than a personal name. Stateless.
 */
final class OrganisationParser {

    /** How far back a capitalised run is searched for an organisation word. */
    private static final int MAX_ORG_RUN = 8;

    /** A title and a personal name before "of": "Sgt Neil Bramwell", "Dr Ana Maria Ruiz". */
    private static final int MAX_TITLED_NAME = 4;

    /**
     * Whether the capitalised run ending at {@code last} ("Department of Health and Social Care") contains an
     * organisation word, which makes the whole run an organisation rather than a name. The walk stops at a
     * title word, so "White House Press Secretary Katherine Jean-Pierre" stays a person.
     */
    static boolean runHasOrgWord(List<Tok> toks, int from, int last) {
        for (int k = last - 1; k >= from && k >= last - MAX_ORG_RUN; k--) {
            Tok x = toks.get(k);
            String l = x.lower();
            if (x.isCap()) {
                if (Lexicon.TITLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l)) {
                    return false;
                }
                if (Lexicon.ORG_WORDS.contains(l)) {
                    return true;
                }
            } else if (l.equals("of") || l.equals("for")) {
                // "Journal of Population Screening", "Frontiers of Deep-Sea Biology": a personal name never
                // has "of" inside it, only titles do ("Secretary of State", stopped above).
                if (k > from
                        && toks.get(k - 1).isCap()
                        && !Lexicon.TITLE_WORDS.contains(toks.get(k - 1).lower())) {
                    return true;
                }
            } else if (!(l.equals("and") || l.equals("&"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Sgt Neil Bramwell of Devon and Cornwall Police": the capitalised run before the "of" at {@code of} starts
     * with a title or honorific (or stands in apposition to a role), so it is a person and the organisation starts
     * after "of".
     */
    private static boolean titledNameBefore(List<Tok> toks, int from, int of) {
        for (int k = of - 1; k >= from && k >= of - MAX_TITLED_NAME; k--) {
            Tok x = toks.get(k);
            if (!x.isCap()) {
                return false;
            }
            if (k < of - 1 && k >= 2 && toks.get(k - 1).isPunct(",") && isRoleWord(toks.get(k - 2))) {
                // "The family's solicitor, Rhiannon Vale of Garside Law, said": a name in apposition to a role
                // is a person as surely as a title makes one.
                return !Lexicon.ORG_WORDS.contains(toks.get(of - 1).lower());
            }
            String l = x.lower();
            if (Lexicon.HONORIFICS.contains(l) || Lexicon.TITLE_WORDS.contains(l)) {
                return k < of - 1
                        && !Lexicon.ORG_WORDS.contains(toks.get(of - 1).lower());
            }
        }
        return false;
    }

    private static boolean isRoleWord(Tok t) {
        return t.isWord() && (Lexicon.ROLE_NOUNS.contains(t.lower()) || Lexicon.TITLE_WORDS.contains(t.lower()));
    }

    Mention parseOrg(List<Tok> toks, int from, int last) {
        Tok t = toks.get(last);
        String l = t.lower();
        if (Lexicon.CALENDAR.contains(l)
                || Lexicon.NON_NAME_CAPS.contains(l)
                || Lexicon.DEMONYMS.contains(l) && !NameShapes.isAllCaps(t.text())
                || Lexicon.TITLE_WORDS.contains(l)
                || Lexicon.HONORIFICS.contains(l)) {
            return null;
        }
        int k = last - 1;
        int floor = Math.max(from, last - NameShapes.MAX_TITLE_TOKENS);
        while (k >= floor) {
            Tok x = toks.get(k);
            String xl = x.lower();
            // "Tram and Light Rail Workers' Union": a plural possessive right before the organisation word is
            // part of the name.
            boolean ofMembers = k == last - 1 && xl.endsWith("s'") && Lexicon.ORG_WORDS.contains(l);
            if (x.isCap()
                    && (!x.isPossessive() || ofMembers)
                    && !Lexicon.CALENDAR.contains(xl)
                    && !(Lexicon.NON_NAME_CAPS.contains(xl) && !xl.equals("new"))) {
                k--;
            } else if ((xl.equals("of") || xl.equals("for") || xl.equals("and") || xl.equals("&"))
                    && k > from
                    && toks.get(k - 1).isCap()
                    && !(xl.equals("of") && titledNameBefore(toks, from, k))) {
                k--;
            } else {
                break;
            }
        }
        int start = k + 1;
        boolean the = start - 1 >= from && toks.get(start - 1).lower().equals("the");
        String name = NameShapes.text(toks, start, last, t);
        return new Mention(
                Mention.Type.ORG, the ? start - 1 : start, last, name, name, false, Gender.UNKNOWN, the, null);
    }
}
