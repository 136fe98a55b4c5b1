-- Bevan indexer schema, version 4: the change feed that GraphQL read replicas (`bevan graphql`) follow. On PostgreSQL
-- the indexer appends one row per commit (kind 'commit': the batch's blocks and the events subscriptions report, as
-- JSON) and per reorg rollback (kind 'rollback': the checkpoint it went back to), in the same transaction, and sends
-- NOTIFY bevan_changes with the row's seq. seq is dense and in commit order (one writer). Old rows are pruned.
-- SQLite stores have the table but leave it empty.

CREATE TABLE change_feed (
    seq        BIGINT PRIMARY KEY,
    kind       TEXT NOT NULL,
    from_block BIGINT NOT NULL,
    to_block   BIGINT NOT NULL,
    to_hash    TEXT NOT NULL,
    events     TEXT NOT NULL
);
