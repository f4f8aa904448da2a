package news.verbatim.speaker;

/** How a name somebody typed resolved to a known speaker: which alias matched, and whether exactly. */
public record SpeakerMatch(long speakerId, String speakerName, SpeakerKind kind, String matchedAlias, boolean exact) {}
