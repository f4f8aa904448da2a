package news.verbatim.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Every word list the extraction engine relies on, in one place so that tuning the engine for a new outlet or
 * beat means editing data here rather than logic elsewhere. All entries are lower case; look-ups go through
 * {@link #lower(String)} so curly apostrophes and case do not matter.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** An immutable set that, unlike {@code Set.of}, tolerates a word listed twice. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Lower case with curly apostrophes folded to ASCII, the key every set below is queried with. */
    static String lower(String word) {
        return word.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    /**
     * Verbs (all forms used in copy) that attribute speech or writing to their subject. "according" is handled
     * separately because its speaker follows it.
     */
    static final Set<String> CUE_VERBS = set(
            "said", "says", "say", "saying", "told", "tells", "tell", "telling",
            "stressed", "stresses", "stressing", "explained", "explains", "explaining", "stated", "states",
            "added", "adds", "adding", "warned", "warns", "warning", "wrote", "writes", "writing",
            "asked", "asks", "vowed", "vows", "vowing", "insisted", "insists", "insisting",
            "noted", "notes", "noting", "declared", "declares", "announced", "announces", "argued", "argues",
            "arguing", "claimed", "claims", "admitted", "admits", "acknowledged", "acknowledges", "conceded",
            "concedes", "confirmed", "confirms", "continued", "recalled", "recalls", "remarked", "replied",
            "replies", "responded", "retorted", "shouted", "suggested", "suggests", "urged", "urges", "urging",
            "pledged", "pledges", "promised", "promises", "predicted", "predicts", "reiterated", "reiterates",
            "emphasized", "emphasised", "emphasizes", "emphasises", "maintained", "maintains", "complained",
            "complains", "countered", "cautioned", "cautions", "observed", "posted", "tweeted", "testified",
            "described", "describes", "describing", "called", "calls", "calling", "termed", "dubbed", "branded",
            "labelled", "labeled", "accused", "accuses", "condemned", "condemning", "denounced", "praised",
            "criticised", "criticized", "hailed", "joked", "jokes", "boasted", "revealed", "disclosed", "pleaded",
            "conceding", "recalling", "told", "texted", "messaged", "blasted", "slammed", "lamented", "mused",
            "quipped", "agreed", "agrees", "indicated", "signalled", "signaled", "threatened", "repeated",
            "assured", "assures", "reported", "reports", "explaining", "whispered", "answered", "insisting");

    /** Cue verbs whose object (the person addressed) may stand between the verb and a quote: "told him, “…”". */
    static final Set<String> ADDRESS_VERBS = set("told", "tells", "tell", "telling", "asked", "asks", "assured",
            "assures", "urged", "urges", "warned", "warns", "texted", "messaged", "answered");

    /** Cue verbs that describe or name something rather than report a statement ("called the vote “…”"). */
    static final Set<String> NAMING_VERBS = set("called", "named", "dubbed", "termed", "titled", "entitled",
            "nicknamed", "branded", "labelled", "labeled", "so-called", "known", "renamed", "christened");

    /** Cue verbs in participle form attach to the subject of their main clause ("…,” adding Iran wants …). */
    static final Set<String> PARTICIPLE_CUES = set("saying", "adding", "noting", "telling", "stressing",
            "warning", "insisting", "urging", "calling", "describing", "explaining", "arguing", "condemning",
            "vowing", "conceding", "recalling", "writing");

    /** Words between a subject and its cue verb that do not break the link ("Biden later told", "also said"). */
    static final Set<String> GAP_WORDS = set("later", "also", "earlier", "then", "again", "previously",
            "repeatedly", "recently", "once", "has", "had", "have", "was", "were", "is", "are", "would", "will",
            "had", "did", "does", "do", "has", "in", "on", "at", "during", "his", "her", "their", "its", "a", "an",
            "the", "statement", "interview", "speech", "address", "post", "remarks", "briefing", "conference",
            "news", "press", "today", "yesterday", "tonight", "this", "last", "week", "month", "year", "morning",
            "afternoon", "evening", "night", "separately", "publicly", "privately", "bluntly", "firmly", "flatly",
            "strongly", "simply", "quickly", "immediately", "subsequently", "first", "further", "too", "himself",
            "herself", "themselves", "itself", "written", "televised", "video", "email", "emailed", "letter",
            "message", "statement,", "told", "only", "still", "even", "already", "just", "finally", "afterwards",
            "afterward", "meanwhile", "however", "not", "never", "emotional", "brief", "short", "lengthy", "joint",
            "separate", "written", "recorded", "radio", "tv", "television", "podcast", "court", "hearing", "call",
            "phone", "telephone", "when", "who");

    /** Honorifics: kept in the printed name form but never part of a canonical name ("Sayyed Hassan Nasrallah"). */
    static final Set<String> HONORIFICS = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
            "sir", "dame", "sayyed", "sayyid", "sheikh", "shaikh", "sheik", "haji", "hajji", "prof", "prof.",
            "rev", "rev.", "mx", "mx.", "lord", "lady", "baroness", "baron");

    /** Titles and role words that may stand before a name and are stripped from the canonical name. */
    static final Set<String> TITLE_WORDS = set(
            "president", "vice", "prime", "minister", "ministers", "secretary", "state", "foreign", "defense",
            "defence", "interior", "finance", "health", "education", "justice", "home", "treasury", "chancellor",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "chief",
            "commander", "general", "gen", "gen.", "lt", "lt.", "lieutenant", "colonel", "col", "col.", "major",
            "maj", "maj.", "admiral", "adm", "adm.", "captain", "capt", "capt.", "sergeant", "sgt", "sgt.",
            "mayor", "councillor", "councilor", "councilman", "councilwoman", "cllr", "cllr.", "alderman",
            "sen", "sen.", "senator", "rep", "rep.", "representative", "congressman", "congresswoman", "gov",
            "gov.", "governor", "judge", "magistrate", "recorder", "doctor", "professor", "king", "queen",
            "prince", "princess", "emir", "crown", "ayatollah", "imam", "rabbi", "reverend", "father", "bishop",
            "archbishop", "pope", "cardinal", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair",
            "director", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
            "skipper", "officer", "inspector", "detective", "constable", "superintendent", "commissioner",
            "attorney", "prosecutor", "barrister", "solicitor", "counsel", "founder", "co-founder", "executive",
            "deputy", "acting", "former", "new", "assistant", "senior", "junior", "press", "mp", "mep", "mk",
            "lawmaker", "legislator", "speaker", "member", "party", "opposition", "shadow", "cabinet", "top",
            "military", "national", "security", "adviser", "advisor", "economist", "analyst", "strategist",
            "pastor", "principal", "headteacher", "headmaster", "superintendent", "sheriff", "chief", "official",
            "spokespeople", "boss", "owner", "president-elect", "premier", "counterpart", "diplomat", "sir",
            "associate", "managing", "general", "ombudsman", "regulator", "trustee", "executive", "dean",
            "provost", "vice-chancellor", "whip", "leader", "first", "attorney-general", "solicitor-general",
            "supremo", "hon", "hon.", "right", "rt", "rt.", "honourable", "honorable", "dep.", "dep", "insp.",
            "insp", "det.", "det", "supt.", "supt", "pc", "ds", "dci", "di", "dc");

    /** Words that may join title words ("Secretary of State", "Ambassador to Israel", "head of"). */
    static final Set<String> TITLE_JOINERS = set("of", "to", "for", "and", "the", "on");

    /** Head nouns of unnamed sources ("a senior US official", "two Iranian sources", "a spokesperson for …"). */
    static final Set<String> SOURCE_NOUNS = set("source", "sources", "official", "officials", "spokesman",
            "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "diplomat", "diplomats", "person",
            "people", "insider", "insiders", "adviser", "advisers", "advisor", "advisors", "officer", "officers",
            "lawmaker", "lawmakers", "executive", "executives", "employee", "employees", "resident", "residents",
            "witness", "witnesses", "member", "members", "staffer", "staffers", "negotiator", "negotiators",
            "representative", "representatives", "minister", "ministers", "analyst", "analysts", "neighbour",
            "neighbours", "neighbor", "neighbors", "friend", "friends", "relative", "relatives", "colleague",
            "colleagues", "teammate", "teammates", "fan", "fans", "supporter", "supporters", "insider", "commander",
            "commanders", "investor", "investors", "banker", "bankers", "trader", "traders", "parent", "parents",
            "campaigner", "campaigners", "worker", "workers", "leader", "leaders", "figure", "figures", "partner");

    /** Role nouns a definite description can use to point back at a named person ("the mayor said"). */
    static final Set<String> ROLE_NOUNS = set("mayor", "minister", "president", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "councillor", "councilor", "judge", "coach", "manager", "chairman",
            "chairwoman", "chair", "director", "governor", "senator", "ambassador", "chancellor", "captain",
            "striker", "midfielder", "defender", "goalkeeper", "prosecutor", "executive", "ceo", "leader", "head",
            "chief", "commander", "general", "officer", "inspector", "detective", "founder", "owner", "boss",
            "premier", "king", "queen", "prince", "envoy", "diplomat", "lawmaker", "official", "professor",
            "doctor", "headteacher", "principal", "superintendent", "sheriff", "defendant", "witness", "victim",
            "teenager", "woman", "man", "barrister", "solicitor", "pastor", "skipper", "winger", "forward",
            "recorder", "magistrate", "economist", "analyst", "strategist", "author", "researcher", "scientist");

    /** Lower-case nouns that, after "the", name an institution ("the council said", "the club said"). */
    static final Set<String> ORG_NOUNS = set("council", "company", "club", "ministry", "department", "agency",
            "police", "force", "government", "firm", "bank", "group", "union", "board", "authority", "university",
            "hospital", "school", "court", "army", "military", "committee", "party", "regulator", "commission",
            "administration", "office", "trust", "charity", "airline", "carrier", "insurer", "lender", "retailer",
            "supermarket", "manufacturer", "developer", "operator", "league", "federation", "association",
            "organisation", "organization", "institute", "foundation", "network", "broadcaster", "newspaper",
            "team", "service", "kremlin", "pentagon", "embassy", "consulate", "cabinet", "parliament", "senate",
            "congress", "campaign", "coalition", "alliance", "coroner's", "prosecution", "defence", "defense",
            "inquiry", "watchdog", "body", "startup", "giant", "chain", "brand", "publisher", "studio", "label",
            "utility", "mission", "presidency", "palace", "junta");

    /** Capitalised words that make a name an institution, not a person ("State Department", "Israel Defense Forces"). */
    static final Set<String> ORG_WORDS = set("house", "pentagon", "kremlin", "department", "ministry", "forces",
            "force", "council", "party", "agency", "office", "committee", "court", "police", "service", "services",
            "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "llp", "group", "union",
            "university", "hospital", "bank", "association", "club", "board", "commission", "authority",
            "government", "administration", "institute", "foundation", "trust", "organization", "organisation",
            "federation", "league", "network", "airlines", "airways", "motors", "holdings", "partners", "capital",
            "systems", "technologies", "energy", "reuters", "fc", "united", "city", "county", "borough", "district",
            "school", "college", "academy", "church", "mosque", "synagogue", "army", "navy", "corps", "guard",
            "brigade", "brigades", "front", "movement", "alliance", "coalition", "company", "co", "co.", "media",
            "news", "times", "post", "press", "journal", "telegraph", "guardian", "tribune", "herald", "gazette",
            "mail", "bbc", "cnn", "agency", "assembly", "parliament", "senate", "congress", "cabinet", "embassy",
            "consulate", "centre", "center", "cooperation", "unit", "squad", "team", "rovers", "wanderers",
            "athletic", "albion", "hotspur", "town", "state", "states", "nations", "kingdom", "republic", "fund",
            "secretariat", "council's", "ministry's", "tv", "radio", "broadcasting", "exchange", "reserve",
            "treasury", "watch", "international", "amnesty", "hamas", "hezbollah", "houthis", "taliban", "isis",
            "inquiry", "tribunal", "prison", "station", "airport", "port", "library", "museum", "theatre",
            "theater", "stadium", "park", "street", "road", "avenue", "square", "bridge", "lane", "way", "estate",
            "centre's", "museum's", "industries", "pharmaceuticals", "bancorp", "financial", "insurance", "retail",
            "foods", "labs", "laboratories", "software", "solutions", "consulting", "group's", "council’s");

    /** Places, used so that "Ambassador to Israel Jack Lew" stops the name at "Jack" and "Moscow said" is not a person. */
    static final Set<String> PLACES = set("israel", "iran", "iraq", "syria", "lebanon", "jordan", "egypt", "qatar",
            "saudi", "arabia", "yemen", "oman", "kuwait", "bahrain", "emirates", "uae", "turkey", "russia",
            "ukraine", "china", "japan", "korea", "india", "pakistan", "afghanistan", "gaza", "palestine", "tehran",
            "beirut", "damascus", "baghdad", "jerusalem", "tel", "aviv", "cairo", "doha", "riyadh", "amman",
            "moscow", "kyiv", "kiev", "beijing", "tokyo", "delhi", "washington", "london", "paris", "berlin",
            "brussels", "rome", "madrid", "geneva", "vienna", "ankara", "istanbul", "us", "u.s.", "usa", "uk",
            "u.k.", "britain", "england", "scotland", "wales", "ireland", "france", "germany", "italy", "spain",
            "portugal", "netherlands", "belgium", "switzerland", "austria", "poland", "sweden", "norway",
            "denmark", "finland", "greece", "hungary", "romania", "canada", "mexico", "brazil", "argentina",
            "australia", "zealand", "africa", "nigeria", "kenya", "ethiopia", "sudan", "libya", "tunisia",
            "morocco", "algeria", "europe", "asia", "america", "americas", "maryland", "virginia", "california",
            "texas", "florida", "york", "jeddah", "sanaa", "mosul", "haifa", "ramallah", "rafah", "khan", "younis",
            "sinai", "golan", "crimea", "donbas", "taiwan", "vietnam", "indonesia", "philippines", "singapore",
            "malaysia", "thailand", "venezuela", "colombia", "chile", "peru", "cuba", "edinburgh", "glasgow",
            "cardiff", "belfast", "dublin", "manchester", "liverpool", "birmingham", "leeds", "bristol",
            "chicago", "boston", "atlanta", "seattle", "denver", "ohio", "michigan", "georgia", "arizona",
            "pennsylvania", "carolina", "westminster", "whitehall", "brexit", "nato", "eu", "un", "gulf",
            "mediterranean", "red", "sea", "east", "west", "north", "south", "middle", "central", "strip", "bank");

    /** Nationality and regional adjectives ("Israeli Defense Minister …") that belong to titles, never to names. */
    static final Set<String> DEMONYMS = set("american", "british", "israeli", "iranian", "russian", "chinese",
            "french", "german", "lebanese", "qatari", "saudi", "jordanian", "egyptian", "syrian", "iraqi",
            "turkish", "ukrainian", "palestinian", "arab", "european", "western", "emirati", "yemeni", "omani",
            "kuwaiti", "bahraini", "japanese", "korean", "indian", "pakistani", "afghan", "italian", "spanish",
            "portuguese", "dutch", "belgian", "swiss", "austrian", "polish", "swedish", "norwegian", "danish",
            "finnish", "greek", "hungarian", "canadian", "mexican", "brazilian", "australian", "irish", "scottish",
            "welsh", "english", "nigerian", "kenyan", "african", "asian", "gulf", "us", "u.s.", "uk", "u.k.", "eu",
            "un", "federal", "local", "regional", "national", "international", "foreign", "global", "chinese",
            "north", "south", "libyan", "sudanese", "moroccan", "tunisian", "algerian", "cuban", "venezuelan");

    /** Weekdays, months and other capitalised words that are never names. */
    static final Set<String> CALENDAR = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "jan.", "feb", "feb.", "aug", "aug.", "sept", "sept.", "sep",
            "oct", "oct.", "nov", "nov.", "dec", "dec.", "christmas", "easter", "ramadan", "today");

    /** Capitalised sentence openers and function words that never start a name. */
    static final Set<String> NON_NAME_CAPS = set("the", "a", "an", "in", "on", "at", "as", "while", "with",
            "when", "but", "and", "if", "for", "from", "this", "that", "these", "those", "it", "its", "he", "she",
            "they", "we", "i", "his", "her", "their", "our", "some", "many", "most", "both", "such", "after",
            "before", "since", "until", "just", "almost", "among", "during", "even", "also", "still", "much", "more",
            "one", "two", "three", "four", "five", "meanwhile", "however", "although", "though", "because",
            "under", "over", "across", "despite", "why", "what", "how", "who", "where", "whether", "each", "every",
            "other", "another", "any", "no", "not", "all", "like", "unlike", "last", "next", "here", "there",
            "then", "now", "yes", "so", "or", "nor", "yet", "let", "asked", "by", "to", "of", "about", "into",
            "than", "there's", "it's", "we're", "i'm", "you", "your", "my", "me", "us", "them", "him", "do", "does",
            "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "shall", "according", "having", "being", "without", "within",
            "through", "per", "via", "against", "between", "around", "instead", "rather", "only", "already",
            "again", "later", "earlier", "once", "twice", "several", "few", "less", "least", "very", "well",
            "asked", "speaking", "writing", "following", "ahead", "further", "fellow", "former", "latest", "new",
            "big", "now", "thanks", "sources", "officials", "police", "residents", "critics", "analysts",
            "experts", "people", "nobody", "everyone", "someone", "nothing", "everything", "something", "today",
            "tonight", "yesterday", "tomorrow", "published", "updated", "read", "watch", "see", "related", "photo",
            "image", "video", "by", "mr", "mrs", "ms", "dr");

    /** Subject pronouns a cue verb can take. */
    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    static final Set<String> MALE_WORDS = set("mr", "mr.", "sir", "king", "lord", "prince", "father", "sheikh",
            "sayyed", "sayyid", "ayatollah", "spokesman", "chairman", "congressman", "councilman", "baron",
            "emir", "pope", "imam", "rabbi", "bishop", "archbishop", "cardinal", "headmaster", "brother", "son",
            "husband", "man", "boy", "businessman", "sportsman");
    static final Set<String> FEMALE_WORDS = set("mrs", "mrs.", "ms", "ms.", "miss", "dame", "queen", "lady",
            "princess", "baroness", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "sister",
            "daughter", "wife", "woman", "girl", "mother", "businesswoman", "sportswoman", "headmistress");

    /** Abbreviations whose period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "prof", "rev", "inc", "ltd", "co",
            "corp", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "ft", "mt", "cllr", "det",
            "insp", "supt", "dep", "hon", "rt", "mx", "approx", "est", "etc", "fig", "al");

    /** Abbreviations that may also close a sentence when the next word plainly starts a new one. */
    static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = set("u.s.", "u.k.", "u.n.", "inc.", "ltd.", "co.",
            "jr.", "sr.", "a.m.", "p.m.", "d.c.", "etc.", "corp.", "e.u.");

    /** Particles that may stand inside a personal name ("Osama bin Laden", "Ursula von der Leyen"). */
    static final Set<String> NAME_PARTICLES = set("bin", "bint", "ibn", "al", "al-", "el", "de", "da", "das",
            "dos", "du", "van", "von", "der", "den", "del", "della", "di", "le", "la", "abu", "ben", "ter", "y");

    /** Name suffixes kept in canonical names. */
    static final Set<String> NAME_SUFFIXES = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** Words opening the descriptive part of an anonymous source ("a source close to Hezbollah"). */
    static final Set<String> SOURCE_POSTMODIFIERS = set("close", "familiar", "with", "focused", "briefed",
            "involved", "in", "at", "from", "for", "of", "who", "knowledgeable", "speaking", "based", "inside",
            "within", "on", "to", "near", "working", "granted", "authorized", "authorised", "not", "that");

    /** Determiners that open an anonymous-source noun phrase. */
    static final Set<String> SOURCE_DETERMINERS = set("a", "an", "the", "one", "two", "three", "four", "five",
            "several", "some", "another", "this", "that", "these", "those", "many", "multiple", "other", "both",
            "six", "seven", "eight", "nine", "ten", "dozens", "numerous", "various", "senior");

    /** Sentence openers that may precede a sentence's subject ("But", "However,", "In Lebanon,"). */
    static final Set<String> LEADING_CONNECTIVES = set("but", "and", "so", "yet", "however", "meanwhile",
            "still", "now", "also", "then", "later", "earlier", "separately", "instead", "indeed", "today",
            "tonight", "yesterday");
}
