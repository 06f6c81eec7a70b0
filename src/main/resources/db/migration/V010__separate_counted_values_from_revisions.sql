-- The life of a figure: data_value keeps only the counted value (approved, or the first submission of a
-- figure that has none approved yet); a new value waits beside it in data_value_revision (a draft, a
-- submission, or a returned one with its reason) until it is approved. Every existing figure is kept.
create table data_value_revision (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references indicator (id),
    org_unit_id   bigint not null references org_unit (id),
    year          int not null,
    month         int not null check (month between 1 and 12),
    value         numeric(24, 6),  -- null: the revision deletes the figure
    comment       text,
    status        text not null check (status in ('DRAFT','SUBMITTED','RETURNED')),
    return_reason text,
    updated_by    text not null,
    updated_at    timestamptz not null,
    unique (indicator_id, org_unit_id, year, month),
    check ((status = 'RETURNED') = (return_reason is not null))
);
create index data_value_revision_unit_year on data_value_revision (org_unit_id, year);

insert into data_value_revision (indicator_id, org_unit_id, year, month, value, comment, status, return_reason,
                                 updated_by, updated_at)
select indicator_id, org_unit_id, year, month, value, comment, status,
       case when status = 'RETURNED' then coalesce(return_reason, '') end, updated_by, updated_at
from data_value where status in ('DRAFT','RETURNED');
delete from data_value where status in ('DRAFT','RETURNED');

alter table data_value drop column return_reason;
alter table data_value add constraint data_value_counted check (status in ('SUBMITTED','APPROVED'));
-- 18 digits before the point and 6 after (the most decimals an indicator keeps): a figure beyond that is refused
alter table data_value alter column value type numeric(24, 6);
alter table data_value_history alter column old_value type numeric(24, 6);
alter table data_value_history alter column new_value type numeric(24, 6);

-- Closing and reopening a month are recorded acts; reopening needs a reason.
create table period_lock_event (
    id          bigint generated always as identity primary key,
    org_unit_id bigint not null references org_unit (id),
    year        int not null,
    month       int not null check (month between 1 and 12),
    action      text not null check (action in ('CLOSE','REOPEN')),
    reason      text,
    acted_by    text not null,
    acted_at    timestamptz not null,
    check (action = 'CLOSE' or reason is not null)
);
create index period_lock_event_unit on period_lock_event (org_unit_id, year);
insert into period_lock_event (org_unit_id, year, month, action, acted_by, acted_at)
select org_unit_id, year, month, 'CLOSE', locked_by, locked_at from period_lock;

-- Entry checks of an indicator: bounds, whole numbers, negatives, and the unit types that enter it
-- (a comma-separated list of org unit types; null: any).
alter table indicator add column min_value numeric(24, 6);
alter table indicator add column max_value numeric(24, 6);
alter table indicator add column whole_number boolean not null default false;
alter table indicator add column negative_allowed boolean not null default false;
alter table indicator add column entered_at text;

-- A returned figure leaves a notice in the reporter's inbox.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('ASSIGNED','DUE_SOON','OVERDUE','OBSTACLE','ANSWER','RETURNED'));
