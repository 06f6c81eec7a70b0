-- Wrong passwords per account and per client address, shared by every node of one deployment so that a
-- second node gives an attacker no fresh attempts. Rows older than an hour are forgotten by the application.
create table sign_in_failure (
    key           text primary key,
    failures      int not null check (failures > 0),
    last_failure  timestamptz not null,
    locked_until  timestamptz not null
);
create index sign_in_failure_last on sign_in_failure (last_failure);
