-- The change log (a transactional outbox) that every search index follows, the one-statement-per-remark key,
-- and check constraints rewritten without IN lists.

-- H2 2.4.240 closes the whole database when a CHECK (x IN (...)) constraint created by one session is evaluated
-- by another (h2database issues 4302 and 4308). The same rules as equalities joined by OR never take that path.
alter table quote drop constraint ck_quote_kind;
alter table quote add constraint ck_quote_kind check (kind = 'FULL' or kind = 'FRAGMENT');
alter table speaker drop constraint ck_speaker_kind;
alter table speaker add constraint ck_speaker_kind
    check (kind = 'PERSON' or kind = 'ANONYMOUS' or kind = 'ORGANISATION' or kind = 'UNKNOWN');

-- The last sequence number handed out. A writing transaction takes this row's lock at commit time and numbers
-- its changes from it, so sequence numbers follow commit order without gaps: a reader that has seen change N
-- has seen every change before N. A rolled-back transaction rolls its numbers back too.
create table change_log_head (
    id        integer primary key,
    last_seq  bigint not null,
    -- a random identity given on first start: an index built from another database (a restored backup, a
    -- recreated schema) does not match it and is rebuilt rather than trusted
    log_id    varchar(36),
    constraint ck_change_log_head_single check (id = 1)
);
insert into change_log_head (id, last_seq) values (1, 0);

-- One row per quote a committed transaction stored, changed or deleted. Readers apply the quote's current state,
-- so applying a row twice is harmless.
create table quote_change (
    seq         bigint primary key,
    quote_id    bigint not null,
    op          varchar(10) not null,
    changed_at  timestamp not null,
    constraint ck_quote_change_op check (op = 'UPSERT' or op = 'DELETE')
);

-- Every instance that keeps an index: how far it has applied the log, and when it last said so. Rows older than
-- the oldest live instance's position are pruned.
create table index_node (
    node_id       varchar(64) primary key,
    applied_seq   bigint not null,
    heartbeat_at  timestamp not null,
    started_at    timestamp not null
);

-- One remark, one statement: the linking key of a wording (its normalised SHA-256, with the speaker for
-- quotes too short to link across speakers) names its statement. The primary key serialises concurrent
-- ingestion of the same remark: the second writer fails on the key and retries, finding the first one's
-- statement.
create table statement_key (
    link_key      varchar(100) primary key,
    statement_id  bigint not null references statement (id)
);
create index ix_statement_key_statement on statement_key (statement_id);

insert into statement_key (link_key, statement_id)
select k.link_key, min(k.statement_id)
from (select case when q.word_count >= 3 then q.norm_sha256
                  else q.norm_sha256 || ':' || cast(q.speaker_id as varchar(20)) end as link_key,
             q.statement_id as statement_id
      from quote q) k
group by k.link_key;
