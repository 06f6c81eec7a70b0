-- Administrative acts (users, plans, catalogue), append-only like the history of figures.
create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    actor        text not null,
    action       text not null,
    org_unit_id  bigint references org_unit (id),
    subject      text not null,
    detail       text
);
create index audit_event_at on audit_event (at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();

-- The audit page reads administrative acts and every change of a figure as one trail.
create view audit_trail as
select 'ADMIN' as kind, e.at, e.actor, e.action, e.org_unit_id, null::bigint as indicator_id, e.subject,
       e.detail, null::numeric as old_value, null::numeric as new_value
from audit_event e
union all
select 'FIGURE', h.changed_at, h.changed_by, 'figure.' || lower(h.new_status), h.org_unit_id, h.indicator_id,
       h.year || '-' || lpad(h.month::text, 2, '0'), h.comment, h.old_value, h.new_value
from data_value_history h;

-- An administrator's reset gives a one-time password, changed at the next sign-in.
alter table app_user add column email text;
alter table app_user add column must_change_password boolean not null default false;
