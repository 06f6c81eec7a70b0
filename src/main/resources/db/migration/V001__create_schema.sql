-- Org units form a tree with validity dates; successions map old units to new ones
-- (2025: districts abolished, communes merged) so that series stay comparable.
create table org_unit (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    type        text not null check (type in ('PROVINCE','CITY','DISTRICT','TOWN','COMMUNE','WARD','SPECIAL_ZONE')),
    parent_id   bigint references org_unit (id),
    valid_from  date,
    valid_to    date,
    check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index org_unit_parent on org_unit (parent_id);

create table succession (
    id              bigint generated always as identity primary key,
    from_unit_id    bigint not null references org_unit (id),
    to_unit_id      bigint not null references org_unit (id),
    weight          numeric not null check (weight > 0 and weight <= 1),
    effective_date  date not null,
    unique (from_unit_id, to_unit_id)
);
create index succession_to on succession (to_unit_id);

create table sector (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    name_en     text,
    sort_order  int not null default 0
);

create table agency (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    org_unit_id bigint not null references org_unit (id)
);

create table indicator (
    id                 bigint generated always as identity primary key,
    code               text not null unique,
    name               text not null,
    name_en            text,
    unit               text not null default '',
    sector_id          bigint references sector (id),
    agency_id          bigint references agency (id),
    kind               text not null check (kind in ('RAW','COMPUTED')),
    formula            text,
    time_aggregation   text not null check (time_aggregation in ('SUM','LAST','AVERAGE')),
    space_aggregation  text not null check (space_aggregation in ('SUM','AVERAGE','NONE')),
    polarity           text not null check (polarity in ('HIGHER','LOWER')),
    decimals           int not null default 0 check (decimals between 0 and 6),
    tolerance          numeric not null default 0 check (tolerance >= 0 and tolerance < 1),
    sort_order         int not null default 0,
    check ((kind = 'COMPUTED') = (formula is not null))
);

-- A plan is issued by a named resolution for one org unit and year; each import makes a new version.
create table plan (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    org_unit_id bigint not null references org_unit (id),
    year        int not null check (year between 1900 and 2200),
    resolution  text,
    version     int not null default 1,
    unique (org_unit_id, year)
);

create table target (
    id            bigint generated always as identity primary key,
    plan_id       bigint not null references plan (id) on delete cascade,
    indicator_id  bigint not null references indicator (id),
    value         numeric not null,
    schedule      text check (schedule in ('EVEN','SEASONAL','CUSTOM','LINEAR','FLAT')),
    planned       jsonb,
    sort_order    int not null default 0,
    unique (plan_id, indicator_id)
);

create table data_value (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references indicator (id),
    org_unit_id   bigint not null references org_unit (id),
    year          int not null,
    month         int not null check (month between 1 and 12),
    value         numeric not null,
    comment       text,
    status        text not null check (status in ('DRAFT','SUBMITTED','APPROVED','RETURNED')),
    return_reason text,
    updated_by    text not null,
    updated_at    timestamptz not null,
    unique (indicator_id, org_unit_id, year, month)
);
create index data_value_unit_year on data_value (org_unit_id, year);

-- Every change to a data value, append-only: the trigger below refuses updates and deletes.
create table data_value_history (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references indicator (id),
    org_unit_id   bigint not null references org_unit (id),
    year          int not null,
    month         int not null,
    old_value     numeric,
    new_value     numeric,
    old_status    text,
    new_status    text not null,
    comment       text,
    changed_by    text not null,
    changed_at    timestamptz not null
);
create index data_value_history_key on data_value_history (indicator_id, org_unit_id, year);

create function refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'data_value_history is append-only';
end $$;
create trigger data_value_history_append_only before update or delete on data_value_history
    for each row execute function refuse_history_change();

create table period_lock (
    org_unit_id bigint not null references org_unit (id),
    year        int not null,
    month       int not null check (month between 1 and 12),
    locked_by   text not null,
    locked_at   timestamptz not null,
    primary key (org_unit_id, year, month)
);

create table app_user (
    id             bigint generated always as identity primary key,
    username       text not null unique,
    password_hash  text not null,
    display_name   text not null,
    role           text not null check (role in ('ADMIN','LEADER','OFFICE','AGENCY_HEAD','REPORTER')),
    org_unit_id    bigint references org_unit (id),
    agency_id      bigint references agency (id),
    enabled        boolean not null default true,
    check (role = 'ADMIN' or org_unit_id is not null),
    check (role not in ('AGENCY_HEAD','REPORTER') or agency_id is not null)
);

-- Bearer tokens for the API; only a hash is kept.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    token_hash   text not null unique,
    name         text not null,
    created_at   timestamptz not null
);

-- Spring Session's tables (from spring-session-jdbc's schema-postgresql.sql): sessions live in the
-- database so that any node behind the load balancer can serve any request.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
