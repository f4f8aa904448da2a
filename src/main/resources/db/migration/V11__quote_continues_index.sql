-- Verification asks of every candidate quote whether a later part continues it (a remark split around its
-- attribution). H2 indexes a foreign key by itself; PostgreSQL does not, so there that question read every quote.
create index ix_quote_continues on quote (continues_quote_id);
