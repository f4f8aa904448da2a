package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resolves speakers that are groups of named people: "Paul and Denise Brennan said" (each member named as the
 * article introduced them), and the group that "the couple" or "they" points back to, whether a recent sentence
 * is about it or it was named in the last paragraphs. Part of {@link SpeakerResolver}, for one article.
 */
final class GroupSpeakers {

    private final ArticleLayout layout;
    private final ArticleEntities entities;
    private final GroupFinder groups;
    private final SentenceSubjects sentences;

    GroupSpeakers(ArticleLayout layout, ArticleEntities entities, GroupFinder groups, SentenceSubjects sentences) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** A group of named people: each member resolved to the person the article introduced. */
    ResolvedSpeaker group(Mention m) {
        List<String> names = new ArrayList<>();
        for (Mention member : groups.members(m)) {
            PersonEntity e = entities.personEntity(member, member.last());
            String name = e != null && e.isFullName() ? e.canonical() : ArticleEntities.canonical(member.core());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() < 2) {
            return ResolvedSpeaker.UNKNOWN;
        }
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return ResolvedSpeaker.group(joined);
    }

    /**
     * The group of named people that a recent sentence (this one included) is about, or that was named most
     * recently anywhere in the last paragraphs, whichever is nearer; null when there is none.
     */
    ResolvedSpeaker latestGroup(int s) {
        ResolvedSpeaker quoted = sentences.quoteSpeaker(s);
        if (quoted != null && quoted.kind() == SpeakerType.GROUP) {
            return quoted;
        }
        Mention named = namedGroupMention(s);
        int para = layout.sentenceParagraph(s);
        for (int k = s - 1; k >= 0 && k >= s - SpeakerResolver.PRONOUN_SENTENCES; k--) {
            if (para - layout.sentenceParagraph(k) > SpeakerResolver.PRONOUN_PARAGRAPHS
                    || named != null && named.first() >= layout.sentenceEnd(k)) {
                break; // the group named later is nearer
            }
            ResolvedSpeaker subj = sentences.subjectOf(k);
            if (subj != null && subj.kind() == SpeakerType.GROUP) {
                return subj;
            }
        }
        return knownGroup(named);
    }

    /** A group of named people printed after sentence {@code k} and before sentence {@code s}, or null. */
    ResolvedSpeaker groupNamedBetween(int k, int s) {
        return knownGroup(entities.groupBefore(layout.sentenceStart(s), layout.sentenceEnd(k)));
    }

    /** A group named anywhere in the last few paragraphs ("Steve and Lorraine Garbutt have run …"), or null. */
    ResolvedSpeaker namedGroupBefore(int s) {
        return knownGroup(namedGroupMention(s));
    }

    /**
     * The group named nearest before sentence {@code s} anywhere earlier in the article, or null: "the couple
     * said" points back at "run by the married couple Nina and Alex Farrow" however many paragraphs of other
     * quotes came between, where a bare "they" would not.
     */
    ResolvedSpeaker namedGroupEarlier(int s) {
        return knownGroup(entities.groupBefore(layout.sentenceStart(s), 0));
    }

    /** The group a group mention names, or null when the mention is null or its members cannot be named. */
    private ResolvedSpeaker knownGroup(Mention g) {
        if (g == null) {
            return null;
        }
        ResolvedSpeaker group = group(g);
        return group.isKnown() ? group : null;
    }

    private Mention namedGroupMention(int s) {
        int para = layout.sentenceParagraph(s);
        int k = s;
        while (k > 0 && para - layout.sentenceParagraph(k - 1) <= SpeakerResolver.PRONOUN_PARAGRAPHS) {
            k--;
        }
        return entities.groupBefore(layout.sentenceStart(s), layout.sentenceStart(k));
    }
}
