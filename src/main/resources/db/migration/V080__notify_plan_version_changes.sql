-- Plan versions (V060) came after the cache notices (V052): a version issued or corrected on one node,
-- or by hand, empties every node's plan cache like a change to its plan or targets.
create trigger plan_version_cache_change after insert or update or delete or truncate on plan_version
    for each statement execute function notify_cache_change('catalogue');
