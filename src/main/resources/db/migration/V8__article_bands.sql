-- Copy detection finds the stored articles a new one may copy through locality-sensitive keys of its MinHash
-- signature (news.verbatim.copies.CopyBands): an indexed look-up, whatever the size of the corpus, instead of the
-- articles sharing a quotation with it. Keys are derived from the article's stored text; V9 computes them for the
-- articles stored before this table existed. Manual one-quote articles have none: they are never copies.
create table article_band (
    band_key    bigint not null,
    article_id  bigint not null,
    primary key (band_key, article_id),
    constraint fk_article_band_article foreign key (article_id) references article (id) on delete cascade
);
create index ix_article_band_article on article_band (article_id);
