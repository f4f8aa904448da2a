package news.verbatim.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import news.verbatim.extract.AttributionMethod;
import news.verbatim.extract.ClaimedName;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;

/**
 * Whether a source leaves a claimed speaker open although the engine gave its words to someone else: the source
 * names the claimed person too, and its cue could fit them — a pronoun ("she said") of their gender, an epithet
 * ("the manager said"), a carried-over paragraph, or a surname the claimed person shares ("Villanueva said" with
 * two Villanuevas in the story). The engine may then have picked the wrong one of the two, and a wrong accusation
 * is worse than none, so such a source does not refute the claim.
 *
 * <pre>{@code
 * ClaimInSource.names("… Rosa Villanueva, 81, and her granddaughter …", "Mrs Rosa Villanueva"); // true
 * ClaimInSource.leavesOpen(byShe, source, "Rosa Villanueva", List.of());                    // true
 * ClaimInSource.leavesOpen(byHe, source, "Okafor", List.of("Linda Okafor"));                // false
 * }</pre>
 *
 * <p>A source names the claimed person when every word of the claimed personal name (titles and honorifics
 * dropped, as for printed names) is in its text as a capitalised word; a claim that is not a personal name (an
 * organisation) is never found, so it keeps today's answer.
 */
public final class ClaimInSource {

    private ClaimInSource() {}

    /**
     * Whether {@code quote}, printed in {@code sourceText}, leaves open that the claimed person said it.
     *
     * @param claimedName the name as typed ("Okafor", "Mrs Patel")
     * @param knownNames  the full names of the speakers the claim resolved to ("Linda Okafor"); may be empty
     */
    public static boolean leavesOpen(
            AttestedQuote quote, String sourceText, String claimedName, List<String> knownNames) {
        return cueFits(quote, claimedName, knownNames) && names(sourceText, claimedName);
    }

    /**
     * Whether the cue of {@code quote} could fit the claimed person as well as the speaker the engine chose: the
     * half of {@link #leavesOpen} that needs no article text, so a caller reads only the articles it must.
     */
    public static boolean cueFits(AttestedQuote quote, String claimedName, List<String> knownNames) {
        if (!quote.cueMayFitOthers()) {
            return false;
        }
        if (quote.method() == AttributionMethod.PRONOUN) {
            // "she said" does not fit Tom Hale, nor an "Okafor" the corpus knows as Linda Okafor. (A pronoun can
            // reach far back: a feature's "she says" points at its subject wherever she was last named.)
            return cueWords(quote)
                    .allMatch(p -> ClaimedName.mayBeCalled(claimedName, p)
                            && (knownNames.isEmpty()
                                    || knownNames.stream().anyMatch(n -> ClaimedName.mayBeCalled(n, p))));
        }
        if (quote.method() != AttributionMethod.SURNAME) {
            return true;
        }
        // "Villanueva said" fits Rosa Villanueva as well as Isabel; "Okafor said" does not fit Rosa Villanueva.
        List<Token> name = nameWords(claimedName);
        if (name.isEmpty()) {
            return false; // not a personal name: no source names it either
        }
        String surname = name.get(name.size() - 1).norm();
        return cueWords(quote).anyMatch(surname::equals);
    }

    /** Whether {@code sourceText} names the person {@code claimedName} refers to. */
    public static boolean names(String sourceText, String claimedName) {
        return sourceText != null && namedAmong(capitalisedWords(sourceText), claimedName);
    }

    /**
     * Whether a source whose {@link #capitalisedWords} are {@code capitalised} names the person {@code
     * claimedName} refers to: every word of the personal name is among them.
     */
    public static boolean namedAmong(Set<String> capitalised, String claimedName) {
        if (capitalised.isEmpty()) {
            return false;
        }
        List<Token> nameWords = nameWords(claimedName);
        return !nameWords.isEmpty() && nameWords.stream().allMatch(w -> capitalised.contains(w.norm()));
    }

    /** The normalised capitalised words of a source text, a possessive's "'s" dropped: what {@link #names} reads. */
    public static Set<String> capitalisedWords(String sourceText) {
        Set<String> capitalised = new HashSet<>();
        for (Token t : TextNormalizer.tokenize(sourceText)) {
            if (Character.isUpperCase(t.surface().codePointAt(0))) {
                // "Kai Maitland's strike" names Kai Maitland
                capitalised.add(
                        t.norm().endsWith("'s") ? t.norm().substring(0, t.norm().length() - 2) : t.norm());
            }
        }
        return Set.copyOf(capitalised);
    }

    /** The normalised words of the quote's cue ("she said"); none when no cue was recorded. */
    private static Stream<String> cueWords(AttestedQuote quote) {
        return quote.attributedBy() == null
                ? Stream.empty()
                : TextNormalizer.tokenize(quote.attributedBy()).stream().map(Token::norm);
    }

    /** The words of the personal name in {@code claimedName}, titles dropped; empty when it is not one. */
    private static List<Token> nameWords(String claimedName) {
        return ClaimedName.personalName(claimedName)
                .map(TextNormalizer::tokenize)
                .orElse(List.of());
    }
}
