-- A plan is revised by a new resolution: each version keeps its own resolution, effective date and
-- targets, and an earlier version never changes. Progress at month m reads the issued version in force
-- at the end of m. A DRAFT version (next year's plan being prepared) counts nowhere until it is issued.
create table plan_version (
    id              bigint generated always as identity primary key,
    plan_id         bigint not null references plan (id) on delete cascade,
    version         int not null check (version >= 1),
    resolution      text,
    effective_from  date,
    status          text not null default 'ISSUED' check (status in ('DRAFT','ISSUED')),
    unique (plan_id, version)
);

-- every existing plan becomes its own first version, in force from the start of its year
insert into plan_version (plan_id, version, resolution) select id, version, resolution from plan;

alter table target add column plan_version_id bigint references plan_version (id) on delete cascade;
update target t set plan_version_id = v.id from plan_version v where v.plan_id = t.plan_id;
alter table target alter column plan_version_id set not null;
alter table target drop constraint target_plan_id_indicator_id_key;
alter table target add constraint target_version_indicator unique (plan_version_id, indicator_id);
create index target_plan_version on target (plan_version_id);
