-- Every node keeps caches of what these tables hold; a change to them, from any node or by hand,
-- tells every node which caches to empty (org.chitieu.database.CacheEviction listens). PostgreSQL
-- sends the notice when the transaction commits, once per topic, and never for a rollback.
create function notify_cache_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('chitieu_cache', tg_argv[0]);
    return null;
end
$$;

do $$
declare
    topic_of constant jsonb := '{
        "org_unit": "tree", "succession": "tree", "agency": "tree",
        "sector": "catalogue", "indicator": "catalogue", "plan": "catalogue", "target": "catalogue",
        "project": "catalogue", "project_group": "catalogue", "project_group_member": "catalogue",
        "indicator_project_source": "catalogue",
        "data_value": "figures", "period_lock": "figures", "project_report": "figures",
        "project_capital_plan": "figures", "project_schedule": "figures", "project_milestone": "figures",
        "portal_item": "portal", "portal_file": "portal", "portal_comment": "portal", "portal_setting": "portal"
    }';
    name text;
begin
    for name in select jsonb_object_keys(topic_of) loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_cache_change(%L)',
                       name || '_cache_change', name, topic_of ->> name);
    end loop;
end
$$;
