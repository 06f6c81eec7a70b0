-- Moving on: the recorded act that moved an ended unit's users, agencies and open tasks to its successor.
create table org_unit_move (
    id            bigint generated always as identity primary key,
    from_unit_id  bigint not null references org_unit (id),
    to_unit_id    bigint not null references org_unit (id),
    moved         jsonb not null,
    moved_by      text not null,
    moved_at      timestamptz not null
);
create index org_unit_move_from on org_unit_move (from_unit_id);
