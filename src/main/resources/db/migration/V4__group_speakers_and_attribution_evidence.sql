-- Speakers that are several identified people speaking together ("the two governors said"), and for every quote
-- how its speaker was decided and where that cue stands in the article text.

alter table speaker drop constraint ck_speaker_kind;
alter table speaker add constraint ck_speaker_kind
    check (kind = 'PERSON' or kind = 'ANONYMOUS' or kind = 'ORGANISATION' or kind = 'GROUP' or kind = 'UNKNOWN');

-- AttributionMethod of the engine (CUE_AFTER, PRONOUN, ...); null for quotes stored before it was recorded
alter table quote add column attribution varchar(30);
-- offsets of the cue ("Blinken said") in the article text, null when there is none
alter table quote add column cue_start integer;
alter table quote add column cue_end integer;
-- the cue as printed, at most 300 characters, so lists need not read the article text
alter table quote add column cue_text varchar(300);
