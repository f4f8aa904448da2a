-- Statement linking now finds a speaker's shorter quotes through the search index's head field (index format 6):
-- nothing reads quote.head_words any more, and every insert paid for the column and its index.
drop index ix_quote_speaker_head;
alter table quote drop column head_words;
