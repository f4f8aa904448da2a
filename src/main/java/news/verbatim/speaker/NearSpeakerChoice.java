package news.verbatim.speaker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.verbatim.text.NameKeys;
import news.verbatim.text.NearName;

/**
 * Chooses what a nearly typed name is read as among the persons whose names it is near: each person counts by
 * their nearest name form; the name is read as them when all are near by the same words, and is ambiguous when
 * the words differ. A near name never beats an exact one: callers ask only when no alias matched.
 *
 * <pre>{@code
 * NearSpeakers near = NearSpeakerChoice.choose(new NearName("Blinkin"), candidates); // Antony Blinken
 * }</pre>
 */
final class NearSpeakerChoice {

    private NearSpeakerChoice() {}

    /** One person's nearest name form. */
    private record Candidate(Speaker speaker, String alias, String lined, NearName.Nearness nearness) {}

    static NearSpeakers choose(NearName typed, Collection<Speaker> persons) {
        List<Candidate> near = new ArrayList<>();
        for (Speaker s : persons) {
            Candidate best = nearest(typed, s);
            if (best != null) {
                near.add(best);
            }
        }
        if (near.isEmpty()) {
            return NearSpeakers.NONE;
        }
        near.sort(Comparator.comparing(Candidate::nearness).thenComparing(c -> c.speaker().id));
        List<SpeakerMatch> matches = near.stream()
                .map(c -> new SpeakerMatch(c.speaker().id, c.speaker().name, c.speaker().kind, c.alias(), false))
                .toList();
        Set<String> names = near.stream().map(Candidate::lined).collect(Collectors.toSet());
        // Two different names equally or less near are false friends: which one was meant cannot be told.
        return new NearSpeakers(matches, near.get(0).nearness().kind(), names.size() > 1);
    }

    /** The person's name form the typed name is nearest, or null when it is near none of them. */
    private static Candidate nearest(NearName typed, Speaker s) {
        Candidate best = consider(typed, s, s.name, null);
        for (SpeakerAlias a : s.aliases) {
            best = consider(typed, s, a.alias, best);
        }
        return best;
    }

    private static Candidate consider(NearName typed, Speaker s, String form, Candidate best) {
        NearName.Nearness n = typed.to(form);
        if (n.kind() == NearName.Kind.NONE || best != null && n.compareTo(best.nearness()) >= 0) {
            return best;
        }
        return new Candidate(
                s, form, lastWords(NameKeys.speaker(form), typed.words().size()), n);
    }

    /** The last {@code count} words of a key: the words the typed ones were lined up with. */
    private static String lastWords(String key, int count) {
        String[] words = key.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - count, words.length));
    }
}
