-- How far a long import has come, for a page's progress bar. Written outside the import's own transaction,
-- so that any app node can read it while the import runs; keyed by an id the client chose.
create table import_progress (
    id          text primary key check (length(id) between 8 and 64),
    username    text not null,
    phase       text not null check (phase in ('READING','CHECKING','WRITING','DONE','REFUSED')),
    rows_done   int not null default 0,
    rows_total  int,
    updated_at  timestamptz not null
);
create index import_progress_updated on import_progress (updated_at);
