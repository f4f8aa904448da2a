package news.verbatim.bench.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The word lists of the generated corpus: nouns drawn by a Zipf law (a few very common, most rare), modal verbs,
 * actions, and the parts from which thousands of speaker names and hundreds of outlet names are composed.
 *
 * <pre>{@code
 * Vocabulary v = new Vocabulary();
 * String noun = v.zipfNoun(random);   // "council" often, "lighthouse" seldom
 * }</pre>
 */
final class Vocabulary {

    private static final List<String> NOUNS =
            List.of(("council budget harbour school road plan vote police court river "
                            + "bridge housing rail hospital market price water power job family city town village board report "
                            + "future summer winter spring money tax law deal team match season fans players coach result "
                            + "evidence government company number group problem people year week case point minister party "
                            + "election campaign border army treaty trade tariff energy climate flood storm drought farm harvest "
                            + "factory union strike wage pension doctor nurse patient clinic vaccine teacher pupil university "
                            + "library museum theatre festival stadium airport port ferry station tram bus lane traffic parking "
                            + "tower district suburb estate landlord tenant rent mortgage bank loan debt deficit surplus inflation "
                            + "growth export import supplier contract tender audit inquiry committee mayor governor senator judge "
                            + "jury verdict appeal prison sentence officer crime fraud scandal reform policy strategy programme "
                            + "scheme grant fund charity volunteer church mosque temple community neighbourhood street square park "
                            + "garden forest coast beach island mountain valley lake canal dam pipeline reservoir sewer waste "
                            + "recycling plastic carbon emission turbine solar grid battery engine vehicle fleet pilot crew "
                            + "passenger ticket fare timetable network signal cable broadband phone app data privacy security "
                            + "defence navy missile drone ceasefire talks summit alliance partner neighbour region province "
                            + "county parish chamber assembly parliament cabinet office agency regulator watchdog inspector "
                            + "standard safety warning alarm rescue shelter refugee migrant visa permit licence fee fine penalty "
                            + "lighthouse orchard vineyard quarry mill foundry shipyard warehouse depot terminal")
                    .split(" "));
    private static final List<String> MODALS = List.of("will", "must", "should", "cannot", "could", "would", "may");
    private static final List<String> ACTIONS = List.of(("protect fund close open delay review support oppose rebuild "
                    + "improve replace cut raise finish start change defend explain accept expand reduce secure "
                    + "restore approve reject extend suspend investigate publish sell buy hire train build repair "
                    + "modernise simplify")
            .split(" "));
    private static final List<String> FIRST_NAMES = List.of(("Ada Ben Cara Dev Ema Finn Gita Hugo Iris Jon Kira Liam "
                    + "Mona Nils Omar Pia Quin Rosa Sami Tova Uma Vik Wren Yara Zeno Alba Bram Cleo Dario Edda Farah "
                    + "Gideon Hana Ivo Jana Kofi Lena Marek Nadia Otto Priya Rafael Selma Tariq Ulla Vera Wim Xenia Yusuf "
                    + "Zora Anouk Bruno Chiara Dmitri Elif Felix Greta Hassan Ines Jonas")
            .split(" "));
    private static final List<String> SURNAMES =
            List.of(("Okafor Lindqvist Moreau Tanaka Brennan Castillo Novak Haddad "
                            + "Petrov Osei Varga Keller Duarte Nakamura Fitzroy Abara Holm Quist Reyes Strand Torres Ulrich "
                            + "Vance Whitlow Yilmaz Zeller Ashby Boone Carver Dunmore Ellery Farrow Galloway Hartmann Iqbal "
                            + "Jansen Kowalski Larsen Mendes Nilsson Oyelaran Pereira Quinlan Rossi Sandoval Thorne Usman "
                            + "Valdez Weber Xu Yamada Zimmer Achebe Bianchi Costa Dahl Eriksen Fontaine Gruber Horvath")
                    .split(" "));
    private static final List<String> PLACES = List.of(("North South East West Harbour Valley River Coast Upland Lake "
                    + "Bay Forest Hill Marsh Iron Stone Oak Pine Silver Granite Cedar Willow Bridge Mill Port")
            .split(" "));
    private static final List<String> MASTHEADS =
            List.of("Gazette", "Herald", "Courier", "Post", "Echo", "Ledger", "Times", "Chronicle", "Observer", "Mail");

    /** Every "First Surname" pair, in a fixed order: several thousand people. */
    List<String> speakers() {
        List<String> names = new ArrayList<>();
        for (String first : FIRST_NAMES) {
            for (String last : SURNAMES) {
                names.add(first + " " + last);
            }
        }
        return names;
    }

    /** Every "Place Masthead" pair, in a fixed order: a few hundred outlets. */
    List<String> outlets() {
        List<String> names = new ArrayList<>();
        for (String place : PLACES) {
            for (String masthead : MASTHEADS) {
                names.add(place + " " + masthead);
            }
        }
        return names;
    }

    List<String> surnames() {
        return SURNAMES;
    }

    /** A noun of rank r drawn with weight 1/r (Zipf's law with exponent 1, as word frequencies roughly follow). */
    String zipfNoun(Random random) {
        return NOUNS.get(zipfRank(random, NOUNS.size()));
    }

    String modal(Random random) {
        return MODALS.get(random.nextInt(MODALS.size()));
    }

    String action(Random random) {
        return ACTIONS.get(random.nextInt(ACTIONS.size()));
    }

    /** A noun other than {@code word}, for an altered quote. */
    String otherNoun(Random random, String word) {
        String other;
        do {
            other = zipfNoun(random);
        } while (other.equals(word));
        return other;
    }

    /** A rank in [0, size) with weight 1/(rank+1): size^u for uniform u is log-uniform, which is that law. */
    static int zipfRank(Random random, int size) {
        return Math.min((int) Math.pow(size, random.nextDouble()) - 1, size - 1);
    }
}
