-- Year-to-date values of every raw indicator at every unit, kept so that a progress query reads
-- the plan's rows instead of every figure (org.chitieu.progress.query.FigureRollups). They are
-- derived from data_value and project reports by the progress rules, in Java: the application
-- fills them on start-up when figure_rollup_state is missing or older than its rules, and keeps
-- them up to date in the transaction of every write. Derived rows carry no foreign keys: a rebuild
-- replaces them all.

-- boundary: the first day of a stretch of time over which the tree, seen from a reporting month,
-- stays the same; the rows of a boundary are the figures as seen from its reporting months.
-- to_date[m] = A(m) by the indicator's time aggregation; months_summed[m] = the months 1..m summed.
create table figure_rollup (
    boundary       date not null,
    org_unit_id    bigint not null,
    year           int not null,
    indicator_id   bigint not null,
    to_date        numeric[] not null,
    months_summed  numeric[] not null,
    primary key (boundary, org_unit_id, year, indicator_id)
);
create index figure_rollup_slice on figure_rollup (indicator_id, year);

create table figure_rollup_boundary (
    boundary  date primary key
);

-- one row: the version of the rules the rollups were built by
create table figure_rollup_state (
    version   int not null,
    built_at  timestamptz not null
);
