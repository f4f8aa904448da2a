-- Copy detection compared a new article with each candidate by computing the candidate's MinHash signature from
-- its whole text again (most of an import's time at 20,000 quotes). The signature is now kept with the article,
-- 4 bytes per bucket; articles stored before this have none until they are first compared (then it is kept).
alter table article add column copy_signature bytea;
