-- One register of obstacles. The task module's `obstacle` takes the project module's lifecycle (OPEN, ESCALATED,
-- RESOLVED with the day of each step); every `project_obstacle` row moves into it with its project, owner agency,
-- dates and resolution, and the leader's answer becomes the resolution. Rows raised through /api/v1/obstacles
-- went to the leaders as they were raised, so they were escalated that day.
alter table obstacle rename column answer to resolution;
alter table obstacle rename column answered_on to resolved_on;
alter table obstacle rename column answered_by to resolved_by;

-- a project's obstacle may be resolved without a written resolution, and its old rows name no author or need
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'obstacle'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%resolved_on%'
    loop
        execute format('alter table obstacle drop constraint %I', c.conname);
    end loop;
end $$;

alter table obstacle
    alter column agency_id drop not null,
    alter column needed drop not null,
    alter column needed_from drop not null,
    alter column raised_by drop not null,
    add column status text,
    add column escalated_on date;

update obstacle set status = case when resolved_on is null then 'ESCALATED' else 'RESOLVED' end, escalated_on = raised_on;

insert into obstacle (org_unit_id, task_id, project_code, agency_id, description, needed, needed_from, status,
                      raised_on, raised_by, escalated_on, resolved_on, resolution, resolved_by)
select p.org_unit_id, null, p.code, o.owner_agency_id, o.description, null, o.needed_from, o.status,
       o.raised_on, null, o.escalated_on, o.resolved_on, o.resolution, null
from project_obstacle o
join project p on p.id = o.project_id
order by o.id;

drop table project_obstacle;

alter table obstacle
    alter column status set not null,
    add constraint obstacle_status check (status in ('OPEN', 'ESCALATED', 'RESOLVED'));
-- checked from now on; rows written before this migration were not held to it. A project's page records past
-- steps with their own dates, so the day of a step is not checked against the day it was raised here.
alter table obstacle
    add constraint obstacle_resolved_with_day check ((status = 'RESOLVED') = (resolved_on is not null)) not valid;
create index obstacle_project on obstacle (project_code);
