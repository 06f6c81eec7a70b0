-- How an org unit's monthly report is signed and sent (Decree 30/2020/NĐ-CP), edited by the office.
create table report_settings (
    org_unit_id        bigint primary key references org_unit (id),
    place_name         text not null,
    signer             text not null check (signer in ('CHAIRMAN','VICE_CHAIRMAN','ACTING_CHAIRMAN')),
    signer_name        text not null default '',
    recipients         jsonb not null default '[]',
    period_convention  text not null check (period_convention in ('CALENDAR','DECREE_09'))
);

-- What changes with each month's report: its number, its date, and the tasks for the next month,
-- typed by the office until directives exist.
create table report_issue (
    org_unit_id  bigint not null references org_unit (id),
    year         int not null,
    month        int not null check (month between 1 and 12),
    number       text not null default '',
    report_date  date not null,
    tasks        jsonb not null default '[]',
    primary key (org_unit_id, year, month)
);
