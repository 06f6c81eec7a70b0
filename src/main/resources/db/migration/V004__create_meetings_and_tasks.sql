-- Meetings of a People's Committee; their numbered conclusions become directives (tasks) when the
-- conclusion notice (thông báo kết luận) is issued.
create table meeting (
    id             bigint generated always as identity primary key,
    org_unit_id    bigint not null references org_unit (id),
    type           text not null check (type in ('MONTHLY_REGULAR','THEMATIC','FIELD_INSPECTION')),
    held_on        date not null,
    title          text not null,
    chair_title    text not null,
    agenda         text,
    minutes        text,
    notice_number  text,
    notice_date    date,
    created_by     text not null,
    created_at     timestamptz not null,
    check ((notice_number is null) = (notice_date is null))
);

create table meeting_agency (
    meeting_id  bigint not null references meeting (id) on delete cascade,
    agency_id   bigint not null references agency (id),
    primary key (meeting_id, agency_id)
);

-- A conclusion names who does it by when, so that issuing the notice can turn it into a task.
create table meeting_conclusion (
    id              bigint generated always as identity primary key,
    meeting_id      bigint not null references meeting (id) on delete cascade,
    item_no         int not null check (item_no > 0),
    text            text not null,
    lead_agency_id  bigint references agency (id),
    co_agency_ids   bigint[] not null default '{}',
    deadline        date,
    recurrence      text check (recurrence in ('MONTHLY','QUARTERLY')),
    priority        text not null default 'NORMAL' check (priority in ('HIGH','NORMAL','LOW')),
    indicator_code  text,
    project_code    text,
    unique (meeting_id, item_no)
);

create table task (
    id                   bigint generated always as identity primary key,
    org_unit_id          bigint not null references org_unit (id),
    title                text not null,
    source               text not null check (source in ('MEETING_CONCLUSION','DOCUMENT','AD_HOC')),
    source_reference     text,
    conclusion_id        bigint unique references meeting_conclusion (id),
    lead_agency_id       bigint not null references agency (id),
    assigned_on          date not null,
    deadline             date,
    recurrence           text check (recurrence in ('MONTHLY','QUARTERLY')),
    priority             text not null check (priority in ('HIGH','NORMAL','LOW')),
    indicator_code       text references indicator (code),
    project_code         text,
    target_org_unit_id   bigint references org_unit (id),
    created_by           text not null,
    created_at           timestamptz not null,
    check ((deadline is null) <> (recurrence is null)),
    check (deadline is null or deadline >= assigned_on),
    check (source <> 'MEETING_CONCLUSION' or conclusion_id is not null)
);
create index task_lead_agency on task (lead_agency_id);
create index task_deadline on task (deadline);

create table task_co_agency (
    task_id    bigint not null references task (id) on delete cascade,
    agency_id  bigint not null references agency (id),
    primary key (task_id, agency_id)
);
create index task_co_agency_agency on task_co_agency (agency_id);

-- Progress reports: the lead agency's say whether and when the task is done (100%); a co-agency's
-- report is its part and counts for nothing else.
create table task_report (
    id            bigint generated always as identity primary key,
    task_id       bigint not null references task (id) on delete cascade,
    agency_id     bigint not null references agency (id),
    reported_on   date not null,
    percent_done  int not null check (percent_done between 0 and 100),
    text          text not null,
    created_by    text not null,
    created_at    timestamptz not null
);
create index task_report_task on task_report (task_id, reported_on);

create table task_attachment (
    id            bigint generated always as identity primary key,
    report_id     bigint not null references task_report (id) on delete cascade,
    file_name     text not null,
    content_type  text not null,
    size          int not null check (size > 0 and size <= 10485760),
    content       bytea not null
);
create index task_attachment_report on task_attachment (report_id);

-- Difficulties and obstacles (khó khăn, vướng mắc) escalated to the leader, on a task or a project.
create table obstacle (
    id                 bigint generated always as identity primary key,
    org_unit_id        bigint not null references org_unit (id),
    task_id            bigint references task (id) on delete cascade,
    project_code       text,
    agency_id          bigint not null references agency (id),
    description        text not null,
    needed             text not null,
    needed_from        text not null,
    raised_on          date not null,
    raised_by          text not null,
    answer             text,
    answered_on        date,
    answered_by        text,
    check (task_id is not null or project_code is not null),
    check ((answer is null) = (answered_on is null)),
    check (answered_on is null or answered_on >= raised_on)
);
create index obstacle_task on obstacle (task_id);

-- The in-app inbox; mailed_at / mail_attempts make it the outbox of the e-mail sender too.
create table notification (
    id             bigint generated always as identity primary key,
    user_id        bigint not null references app_user (id) on delete cascade,
    kind           text not null check (kind in ('ASSIGNED','DUE_SOON','OVERDUE','OBSTACLE','ANSWER')),
    task_id        bigint references task (id) on delete cascade,
    obstacle_id    bigint references obstacle (id) on delete cascade,
    subject        text not null,
    due_on         date,
    created_at     timestamptz not null,
    read_at        timestamptz,
    mailed_at      timestamptz,
    mail_attempts  int not null default 0
);
create index notification_inbox on notification (user_id, created_at desc);
create index notification_unmailed on notification (id) where mailed_at is null;

-- What the reminder job has sent: one row per task, kind and deadline, so a restart sends none twice.
create table task_reminder (
    task_id   bigint not null references task (id) on delete cascade,
    kind      text not null check (kind in ('DUE_SOON','OVERDUE')),
    due_on    date not null,
    sent_on   date not null,
    primary key (task_id, kind, due_on)
);

-- Where a user's task mail goes; kept here until accounts carry an address of their own.
create table task_mail_address (
    user_id  bigint primary key references app_user (id) on delete cascade,
    email    text not null
);
