-- Originals and reprints: an article that copies another outlet's article (a wire story, a syndicated column)
-- points at its original, and ingestion is idempotent per outlet, so the same text posted by a second outlet is
-- stored as a source of its own (a copy) instead of being answered as a repeat of the first.

-- the original this article copies (itself never a copy); null for an original. Deleting the original leaves
-- the copy standing, unlinked.
alter table article add column copy_of_article_id bigint;
alter table article add constraint fk_article_copy_of
    foreign key (copy_of_article_id) references article (id) on delete set null;
create index ix_article_copy_of on article (copy_of_article_id);

-- the outlet a wire credit line names ("(Reuters)", "— Associated Press", "© 2024 Bloomberg L.P."), as printed
-- in the raw copy; null when the copy credits nobody
alter table article add column credited_outlet varchar(200);
-- true when that outlet only distributed the story ("via Tribune Content Agency"): an uncredited copy of it may
-- then be the author's own original
alter table article add column credited_distributor boolean default false not null;

-- the text key identifies an article within its outlet, not across outlets
alter table article drop constraint uk_article_sha;
alter table article add constraint uk_article_outlet_sha unique (outlet_id, text_sha256);
create index ix_article_sha on article (text_sha256);
