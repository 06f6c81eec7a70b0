-- The public portal: what the office publishes (news articles and monthly reports) and citizens' comments.

-- An article or a published report. The slug is fixed when the item is created, so a published
-- item keeps its address through withdrawal and republication.
create table portal_item (
    id            bigint generated always as identity primary key,
    slug          text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind          text not null check (kind in ('ARTICLE','REPORT')),
    status        text not null check (status in ('DRAFT','PUBLISHED','WITHDRAWN')),
    title         text not null,
    article_date  date not null,
    summary       text not null default '',
    body_html     text not null default '',   -- sanitised when saved
    image         bytea,
    image_type    text check (image_type in ('image/jpeg','image/png','image/webp')),
    org_unit_code text,                       -- a report's unit and month
    period        text check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    snapshot      jsonb,                      -- a report's figures as they stood when it was first published
    created_by    bigint not null references app_user (id),
    created_at    timestamptz not null,
    published_at  timestamptz,
    withdrawn_at  timestamptz,
    check (kind = 'ARTICLE' or (org_unit_code is not null and period is not null))
);
create index portal_item_published on portal_item (status, article_date desc, published_at desc);

-- The report's files as generated at publication.
create table portal_file (
    item_id     bigint not null references portal_item (id) on delete cascade,
    format      text not null check (format in ('docx','pdf')),
    file_name   text not null,
    media_type  text not null,
    content     bytea not null,
    primary key (item_id, format)
);

-- A citizen's comment. The e-mail is for the office only; client_key is a hash of the client's
-- address, kept to refuse repeated submissions without storing the address itself.
create table portal_comment (
    id            bigint generated always as identity primary key,
    item_id       bigint not null references portal_item (id) on delete cascade,
    author_name   text,                       -- null: a guest ("Khách")
    email         text,
    body          text not null,
    status        text not null check (status in ('PENDING','APPROVED','REJECTED','SPAM')),
    client_key    text not null,
    created_at    timestamptz not null,
    moderated_by  bigint references app_user (id),
    moderated_at  timestamptz,
    reply         text,
    replied_by    bigint references app_user (id),
    replied_at    timestamptz
);
create index portal_comment_item on portal_comment (item_id, status, created_at);
create index portal_comment_client on portal_comment (client_key, created_at);

-- Settings the office changes at run time.
create table portal_setting (
    name   text primary key,
    value  text not null
);
insert into portal_setting (name, value) values ('moderation', 'true');
