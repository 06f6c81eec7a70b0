-- A report is written for any period of the reporting calendar (2024-05, 2024-Q1, 2024-H1, 2024-9M, 2024),
-- keyed by the period; year and month stay as the period's last month. The office's own paragraphs
-- (results, shortcomings and causes) are stored with the report like its tasks ahead.
alter table report_issue add column period text;
update report_issue set period = year || '-' || lpad(month::text, 2, '0');
alter table report_issue alter column period set not null;
alter table report_issue drop constraint report_issue_pkey;
alter table report_issue add primary key (org_unit_id, period);
alter table report_issue add column results_notes jsonb not null default '[]';
alter table report_issue add column shortcomings_notes jsonb not null default '[]';

-- A report as issued (Decree 30: number, date, signer): its files and figures, served as stored ever after.
create table issued_report (
    id           bigserial primary key,
    org_unit_id  bigint not null references org_unit (id),
    period       text not null,
    number       text not null,
    issued_on    date not null,
    signer       text not null,
    signer_name  text not null,
    issued_by    text not null,
    issued_at    timestamptz not null,
    figures      jsonb not null,
    docx         bytea not null,
    xlsx         bytea not null,
    pdf          bytea not null,
    html         bytea not null,
    unique (org_unit_id, number)
);
create index issued_report_period on issued_report (org_unit_id, period, issued_at desc);
