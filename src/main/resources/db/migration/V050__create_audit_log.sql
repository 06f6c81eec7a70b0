-- What the security of the deployment must be able to show afterwards: sign-in lockouts, for a start.
-- Any feature may write here through org.chitieu.security.AuditLog.
create table audit_log (
    id        bigint generated always as identity primary key,
    at        timestamptz not null,
    kind      text not null,
    username  text,
    client    text,
    detail    text not null default ''
);
create index audit_log_at on audit_log (at desc);
