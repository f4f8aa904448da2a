package news.verbatim.extract;

import java.util.Objects;

/**
 * Names a speaker the article first described without a name: an unnamed source whose description a named
 * person's apposition repeats later, and the "delayed lede" whose person the next paragraph names in full.
 * Part of {@link SpeakerResolver}, for one article:
 *
 * <pre>{@code
 * LateIdentification late = new LateIdentification(layout, subjects, entities);
 * ResolvedSpeaker who = late.orIdentified(resolvedSpeaker);
 * }</pre>
 */
final class LateIdentification {

    /** A delayed lede ("A blind woman … has said") is only in the opening paragraphs. */
    private static final int LAST_LEDE_PARAGRAPH = 2;

    private final ArticleLayout layout;
    private final SubjectFinder subjects;
    private final ArticleEntities entities;

    LateIdentification(ArticleLayout layout, SubjectFinder subjects, ArticleEntities entities) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /**
     * An unnamed source later identified by name ("a spokesperson for Iran’s foreign ministry" … "Nasser
     * Kanaani, the spokesperson for Iran’s foreign ministry"): the one person whose apposition or title says
     * exactly the same thing, or null.
     */
    ResolvedSpeaker identify(ResolvedSpeaker anon) {
        if (anon.kind() != SpeakerType.ANONYMOUS || anon.plural()) {
            return null;
        }
        PersonEntity found = entities.byApposition(anon.name());
        return found == null ? null : ResolvedSpeaker.person(found);
    }

    /**
     * {@code sp}, or the person it turns out to be when it is an unnamed source identified later (see
     * {@link #identify}).
     */
    ResolvedSpeaker orIdentified(ResolvedSpeaker sp) {
        ResolvedSpeaker named = identify(sp);
        return named != null ? named : sp;
    }

    /**
     * The delayed lede: "A blind woman whose guide dog was taken … has said …" in the opening paragraph, and
     * the next paragraph opens with the person's full name ("Margaret Dunn, 67, had let …"). Only for a
     * singular, indefinite description of a private person (not a source or official).
     */
    ResolvedSpeaker identifyLede(Mention m, int s) {
        if (m.type() != Mention.Type.ANON || m.definite() || m.plural() || !Lexicon.PERSON_NOUNS.contains(m.head())) {
            return null;
        }
        int para = layout.sentenceParagraph(s);
        if (para > LAST_LEDE_PARAGRAPH) {
            return null;
        }
        for (int k = s + 1; k < layout.sentenceCount(); k++) {
            int p = layout.sentenceParagraph(k);
            if (p == para) {
                continue;
            }
            if (p > para + 1) {
                return null;
            }
            Mention subj = subjects.sentenceSubject(layout.sentenceStart(k), layout.sentenceEnd(k));
            if (subj != null && subj.type() == Mention.Type.PERSON_NAME && subj.coreWords() >= 2) {
                PersonEntity e = entities.personEntity(subj, subj.last());
                if (e != null
                        && e.mentions().stream()
                                        .mapToInt(Integer::intValue)
                                        .min()
                                        .orElse(-1)
                                == subj.last()) {
                    return ResolvedSpeaker.person(e); // the first time this person is named
                }
            }
            return null;
        }
        return null;
    }
}
