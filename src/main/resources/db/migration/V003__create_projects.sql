-- Projects (công trình, dự án): capital plan by year and source, monthly reports by the investor
-- agency, milestones and obstacles; and indicators that take their values from project reports.
create table project (
    id                bigint generated always as identity primary key,
    code              text not null unique,
    name              text not null,
    type              text not null check (type in ('CAPITAL_WORK','KEY_PROJECT','BREAKTHROUGH_PROGRAMME',
                                                    'INDUSTRIAL_CLUSTER','RESETTLEMENT_AREA','SITE_CLEARANCE')),
    investor_id       bigint not null references agency (id),
    org_unit_id       bigint not null references org_unit (id),
    start_year        int check (start_year between 1900 and 2200),
    end_year          int check (end_year between 1900 and 2200),
    total_investment  numeric check (total_investment >= 0),
    stage             text not null check (stage in ('PREPARATION','CONSTRUCTION','COMPLETED','SUSPENDED')),
    check (end_year is null or start_year is null or start_year <= end_year)
);
create index project_investor on project (investor_id);

create table project_group (
    id       bigint generated always as identity primary key,
    code     text not null unique,
    name     text not null,
    name_en  text
);

create table project_group_member (
    group_id    bigint not null references project_group (id) on delete cascade,
    project_id  bigint not null references project (id) on delete cascade,
    primary key (group_id, project_id)
);

-- The year's capital plan (kế hoạch vốn) of a project, by source (ngân sách tỉnh, ngân sách huyện, ...).
create table project_capital_plan (
    project_id  bigint not null references project (id) on delete cascade,
    year        int not null check (year between 1900 and 2200),
    source      text not null,
    amount      numeric not null check (amount >= 0),
    primary key (project_id, year, source)
);

-- How the year's capital plan is phased over the months; without a row the plan is phased evenly.
create table project_schedule (
    project_id  bigint not null references project (id) on delete cascade,
    year        int not null,
    schedule    text not null check (schedule in ('EVEN','CUSTOM')),
    planned     jsonb,
    primary key (project_id, year)
);

-- A monthly report by the investor agency; amounts in tỷ đồng, compensation cumulative.
create table project_report (
    id                      bigint generated always as identity primary key,
    project_id              bigint not null references project (id) on delete cascade,
    year                    int not null,
    month                   int not null check (month between 1 and 12),
    disbursed               numeric check (disbursed >= 0),
    physical_progress       numeric check (physical_progress between 0 and 100),
    affected_households     int check (affected_households >= 0),
    area_ha                 numeric check (area_ha >= 0),
    compensation_approved   numeric check (compensation_approved >= 0),
    compensation_paid       numeric check (compensation_paid >= 0),
    handed_over_households  int check (handed_over_households >= 0),
    comment                 text,
    status                  text not null check (status in ('DRAFT','SUBMITTED','APPROVED','RETURNED')),
    return_reason           text,
    updated_by              text not null,
    updated_at              timestamptz not null,
    unique (project_id, year, month)
);

-- Every change to a report, append-only like data_value_history.
create table project_report_history (
    id          bigint generated always as identity primary key,
    project_id  bigint not null references project (id) on delete cascade,
    year        int not null,
    month       int not null,
    old_status  text,
    new_status  text not null,
    figures     jsonb not null,
    comment     text,
    changed_by  text not null,
    changed_at  timestamptz not null
);
create index project_report_history_key on project_report_history (project_id, year, month);

create function refuse_project_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'project_report_history is append-only';
end $$;
-- deletes cascade from a deleted project; rows are never edited
create trigger project_report_history_append_only before update on project_report_history
    for each row execute function refuse_project_history_change();

create table project_milestone (
    id            bigint generated always as identity primary key,
    project_id    bigint not null references project (id) on delete cascade,
    code          text not null,
    name          text not null,
    planned_date  date not null,
    actual_date   date,
    note          text,
    unique (project_id, code)
);

-- Khó khăn, vướng mắc: who owns it, what is needed from whom, and when it was raised, escalated, resolved.
create table project_obstacle (
    id               bigint generated always as identity primary key,
    project_id       bigint not null references project (id) on delete cascade,
    description      text not null,
    owner_agency_id  bigint references agency (id),
    needed_from      text,
    status           text not null check (status in ('OPEN','ESCALATED','RESOLVED')),
    raised_on        date not null,
    escalated_on     date,
    resolved_on      date,
    resolution       text
);
create index project_obstacle_project on project_obstacle (project_id);

-- An indicator whose monthly values come from project reports: a field summed over a group's projects.
create table indicator_project_source (
    indicator_id  bigint primary key references indicator (id) on delete cascade,
    group_id      bigint not null references project_group (id),
    field         text not null check (field in ('DISBURSED','CAPITAL_PLAN','COMPENSATION_APPROVED',
                                                 'COMPENSATION_PAID','AFFECTED_HOUSEHOLDS','AREA_HA',
                                                 'HANDED_OVER_HOUSEHOLDS'))
);
