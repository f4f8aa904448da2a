package news.verbatim.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Every word list the engine relies on, one immutable set per concept, read by every component that needs
 * the concept (extraction and verification alike) so that no component keeps a second copy. The words are
 * data: {@code src/main/resources/news/verbatim/extract/lexicon/*.txt}, loaded once by {@link WordLists};
 * tuning the engine for a new outlet or beat means editing those files rather than logic.
 *
 * <p>All entries are lower case; look-ups go through {@link #lower(String)} so curly apostrophes and case do
 * not matter:
 *
 * <pre>{@code
 * boolean cue = Lexicon.CUE_VERBS.contains(Lexicon.lower("Said")); // true
 * }</pre>
 */
public final class Lexicon {

    private Lexicon() {}

    /** Lower case with curly apostrophes folded to ASCII, the key every set below is queried with. */
    public static String lower(String word) {
        // One pass; most words are plain lower-case ASCII and come back as they are.
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '\u2019' || c == '\u2018' || c > 127) {
                return word.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }

    /**
     * Verbs (all forms used in copy) that attribute speech or writing to their subject. "according" is handled
     * separately because its speaker follows it.
     */
    public static final Set<String> CUE_VERBS = WordLists.load("cue-verbs.txt");

    /** Cue verbs whose object (the person addressed) may stand between the verb and a quote: "told him, “…”". */
    public static final Set<String> ADDRESS_VERBS = WordLists.load("address-verbs.txt");

    /** Cue verbs that describe or name something rather than report a statement ("called the vote “…”"). */
    public static final Set<String> NAMING_VERBS = WordLists.load("naming-verbs.txt");

    /** Cue verbs in participle form attach to the subject of their main clause ("…,” adding Iran wants …). */
    public static final Set<String> PARTICIPLE_CUES = WordLists.load("participle-cues.txt");

    /** Words between a subject and its cue verb that do not break the link ("Biden later told", "also said"). */
    public static final Set<String> GAP_WORDS = WordLists.load("gap-words.txt");

    /** Honorifics: kept in the printed name form but never part of a canonical name ("Sayyed Hassan Nasrallah"). */
    public static final Set<String> HONORIFICS = WordLists.load("honorifics.txt");

    /** Titles and role words that may stand before a name and are stripped from the canonical name. */
    public static final Set<String> TITLE_WORDS = WordLists.load("title-words.txt");

    /** Lower-case words that never describe the person named after them; a role phrase before a name stops at them. */
    public static final Set<String> NOT_ROLE_WORDS = WordLists.load("not-role-words.txt");

    /** Words that may join title words ("Secretary of State", "Ambassador to Israel", "head of"). */
    public static final Set<String> TITLE_JOINERS = WordLists.load("title-joiners.txt");

    /** Head nouns of unnamed sources ("a senior US official", "two Iranian sources", "a spokesperson for …"). */
    public static final Set<String> SOURCE_NOUNS = WordLists.load("source-nouns.txt");

    /** Unnamed people a lede introduces before naming them ("A blind woman … has said"). */
    public static final Set<String> PERSON_NOUNS = WordLists.load("person-nouns.txt");

    /** Role nouns a definite description can use to point back at a named person ("the mayor said"). */
    public static final Set<String> ROLE_NOUNS = WordLists.load("role-nouns.txt");

    /** Nouns that, after "the" or "both", point back at several people named together ("the couple said"). */
    public static final Set<String> GROUP_NOUNS = WordLists.load("group-nouns.txt");

    /** Verbs before a grade printed in quotes ("rated ‘requires improvement’"), which is no one's words. */
    public static final Set<String> RATING_VERBS = WordLists.load("rating-verbs.txt");

    /** The people close to someone who speak for them together ("the family of X said", "her family said"). */
    public static final Set<String> KIN_GROUPS = Set.of("family", "relatives", "friends", "parents", "children");

    /** Family words that introduce a relative by first name, who shares the surname ("her son Aled"). */
    public static final Set<String> RELATION_NOUNS = WordLists.load("relation-nouns.txt");

    /** Role nouns of people who run a team or an organisation, told apart from those who play or work in it. */
    public static final Set<String> STAFF_ROLES = WordLists.load("staff-roles.txt");

    /** Lower-case nouns that, after "the", name an institution ("the council said", "the club said"). */
    public static final Set<String> ORG_NOUNS = WordLists.load("org-nouns.txt");

    /** Capitalised words that make a name an institution, not a person ("State Department", "Israel Defense Forces"). */
    public static final Set<String> ORG_WORDS = WordLists.load("org-words.txt");

    /** Places, used so that "Ambassador to Israel Jack Lew" stops the name at "Jack" and "Moscow said" is not a person. */
    public static final Set<String> PLACES = WordLists.load("places.txt");

    /** Letters after a name for a rank, office or honour ("Barra Ó Fearghail SC", "Ann Roe MP", "Tom Hale OBE"). */
    public static final Set<String> POST_NOMINALS = WordLists.load("post-nominals.txt");

    /** The post-nominals of senior counsel ("Aoife Lenehan SC", "Tom Hale KC"), whom court copy calls "counsel". */
    public static final Set<String> COUNSEL_POST_NOMINALS = Set.of("sc", "kc", "qc");

    /** Landform nouns that end a place's name, never a person's ("the Eyre Peninsula", "the Goulburn Valley"). */
    public static final Set<String> LANDFORM_WORDS = WordLists.load("landform-words.txt");

    /** Nationality and regional adjectives ("Israeli Defense Minister …") that belong to titles, never to names. */
    public static final Set<String> DEMONYMS = WordLists.load("demonyms.txt");

    /** Weekdays, months and other capitalised words that are never names. */
    public static final Set<String> CALENDAR = WordLists.load("calendar.txt");

    /** Capitalised sentence openers and function words that never start a name. */
    public static final Set<String> NON_NAME_CAPS = WordLists.load("non-name-caps.txt");

    /** Words that open an introductory adverbial before a sentence's subject ("In Lebanon, …"). */
    public static final Set<String> INTRO_WORDS = WordLists.load("intro-words.txt");

    /** Words that may stand inside a capitalised title of a work or a name ("Department of Health and Social Care"). */
    public static final Set<String> TITLE_FUNCTION_WORDS = WordLists.load("title-function-words.txt");

    /** Determiners and possessives before a noun: a cue word after them is a noun ("the claims", "his calls"). */
    public static final Set<String> NOUN_DETERMINERS = WordLists.load("noun-determiners.txt");

    /** Words that with a number name an electoral area before a title ("said Ward 7 Coun. Priya Mahal"). */
    public static final Set<String> CONSTITUENCY_WORDS = WordLists.load("constituency-words.txt");

    /** Works whose title stands in apposition like a name ("her memoir, Cold Ledger (2014), …"). */
    public static final Set<String> WORK_NOUNS = WordLists.load("work-nouns.txt");

    /** Third-person possessive determiners ("his statement", "a statement by its spokesperson"). */
    public static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its");

    /** Documents whose author speaks through them ("a statement from the ministry said"). */
    public static final Set<String> DOCUMENT_NOUNS = WordLists.load("document-nouns.txt");

    /** Third-person subject pronouns a cue verb can take ("he said"); verification reads only these. */
    public static final Set<String> THIRD_PERSON_PRONOUNS = WordLists.load("third-person-pronouns.txt");

    /** Subject pronouns a cue verb can take: the third-person ones, "we" and "i". */
    public static final Set<String> PRONOUNS =
            WordLists.union(THIRD_PERSON_PRONOUNS, WordLists.load("first-person-pronouns.txt"));

    /** Titles and nouns that make a person male ("Mr", "spokesman", "father"). */
    public static final Set<String> MALE_WORDS = WordLists.load("male-words.txt");

    /** Titles and nouns that make a person female ("Mrs", "spokeswoman", "mother"). */
    public static final Set<String> FEMALE_WORDS = WordLists.load("female-words.txt");

    /**
     * Common first names with a strong gender association, used only to tell "he" from "she" when the article
     * gives no title or pronoun for a person; anything not listed stays unknown (compatible with both).
     */
    public static final Set<String> MALE_FIRST_NAMES = WordLists.load("male-first-names.txt");

    /** Common female first names, used like {@link #MALE_FIRST_NAMES}. */
    public static final Set<String> FEMALE_FIRST_NAMES = WordLists.load("female-first-names.txt");

    /** Whether {@code lower} (a word in lower case) is one of the common first names, male or female. */
    static boolean isFirstName(String lower) {
        return MALE_FIRST_NAMES.contains(lower) || FEMALE_FIRST_NAMES.contains(lower);
    }

    /** Abbreviations whose period does not end a sentence. */
    public static final Set<String> ABBREVIATIONS = WordLists.load("abbreviations.txt");

    /** Abbreviations that may also close a sentence when the next word plainly starts a new one. */
    public static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = WordLists.load("sentence-final-abbreviations.txt");

    /** Particles that may stand inside a personal name ("Osama bin Laden", "Ursula von der Leyen"). */
    public static final Set<String> NAME_PARTICLES = WordLists.load("name-particles.txt");

    /** Name suffixes kept in canonical names. */
    public static final Set<String> NAME_SUFFIXES = WordLists.load("name-suffixes.txt");

    /** Words opening the descriptive part of an anonymous source ("a source close to Hezbollah"). */
    public static final Set<String> SOURCE_POSTMODIFIERS = WordLists.load("source-postmodifiers.txt");

    /** Determiners that open an anonymous-source noun phrase. */
    public static final Set<String> SOURCE_DETERMINERS = WordLists.load("source-determiners.txt");

    /** Sentence openers that may precede a sentence's subject ("But", "However,", "In Lebanon,"). */
    public static final Set<String> LEADING_CONNECTIVES = WordLists.load("leading-connectives.txt");
}
