/*
 * Who said it: how the claimed speaker was resolved, and who was printed as saying the words.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=speaker-resolution]; [data-testid=attested-speakers] > li > a (speaker page
 * link; text = the speaker's name); [data-testid=unnamed-sources] with [data-testid=source-descriptions]
 * > li (how the sources describe an unnamed speaker).
 */
import { h, joinWith } from '../dom.js';
import { speakerLink } from './link.js';

/** "Speaker: “Blinken” is Antony Blinken (matched alias “Blinken”)." — null when no speaker was given. */
export function renderSpeakerResolution(data, links) {
  const r = data.speakerResolution;
  if (!r && !data.claimedSpeaker) return null;
  const claimed = (r && r.claimed) || data.claimedSpeaker;
  const p = h('p', { class: 'verdict__speaker muted', 'data-testid': 'speaker-resolution' });
  if (r && r.speakerId != null && r.speaker) {
    p.append('Speaker: ', h('q', null, claimed), ' is ', speakerLink(links, r.speakerId, r.speaker));
    if (r.nearName) p.append(` (${nearKind(r.nearName)})`);
    else if (r.matchedAlias && r.matchedAlias !== r.speaker) p.append(` (matched alias “${r.matchedAlias}”)`);
    p.append('.');
    const others = Array.isArray(r.alternatives) ? r.alternatives : [];
    if (others.length) p.append(' The name could also mean ', joinWith(others.map((o) => speakerLink(links, o.speakerId, o.name)), ', '), '.');
  } else {
    p.append('Speaker: ', h('q', null, claimed), r && r.nearName && r.nearName.ambiguous
      ? ` is close to ${r.nearName.near.join(' and ')}, so it is read as neither.`
      : ' matches no known speaker.');
  }
  return p;
}

/** "a near spelling" or "another transliteration": how a claimed name was nearly a known one. */
function nearKind(near) {
  return near.kind === 'TRANSLITERATION' ? 'another transliteration' : 'a near spelling';
}

/** The speakers the words were printed as said by (falling back to the best match's speaker). */
export function renderAttestedSpeakers(data, best, links) {
  const speakers = Array.isArray(data.attestedSpeakers) ? data.attestedSpeakers : [];
  const fallback = best && best.speaker ? [{ speakerId: best.speakerId, name: best.speaker }] : [];
  const list = speakers.length ? speakers : fallback;
  return h('div', { class: 'callout callout--danger attested' },
    h('p', null, h('strong', null, 'Printed as said by:'),
      data.claimedSpeaker ? h('span', { class: 'muted' }, ` (not ${data.claimedSpeaker})`) : null),
    h('ul', { class: 'attested__list', 'data-testid': 'attested-speakers' },
      list.map((s) => h('li', null, speakerLink(links, s.speakerId, s.name)))));
}

/** The stored name of a speaker no source identifies (SpeakerService.UNKNOWN_NAME on the server). */
const UNKNOWN_SPEAKER = 'unknown';

/**
 * For words printed without a named speaker: a note, not an accusation — the claim is neither confirmed
 * nor refuted — and how the sources describe the speaker ("senior board official"), when they do.
 */
export function renderUnnamedSources(data, best) {
  const speakers = Array.isArray(data.attestedSpeakers) && data.attestedSpeakers.length
    ? data.attestedSpeakers
    : (best && best.speaker ? [{ name: best.speaker }] : []);
  const described = speakers.map((s) => s.name).filter((n) => n && n !== UNKNOWN_SPEAKER);
  return h('div', { class: 'callout callout--neutral unnamed', 'data-testid': 'unnamed-sources', role: 'note' },
    h('p', null, h('strong', null, 'Speaker not established. '),
      'These words are printed, but no source names who said them',
      data.claimedSpeaker ? [', so this neither confirms nor refutes ', h('q', null, data.claimedSpeaker)] : null, '.'),
    described.length
      ? [h('p', null, 'The sources describe the speaker as:'),
        h('ul', { class: 'unnamed__list', 'data-testid': 'source-descriptions' }, described.map((n) => h('li', null, h('q', null, n))))]
      : null);
}
