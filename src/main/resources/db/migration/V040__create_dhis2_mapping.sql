-- DHIS2 identifiers (UIDs or codes) of the data elements and org units that are ours under another name.
-- One DHIS2 identifier names one of ours and one of ours has at most one DHIS2 identifier, so figures
-- go out under the identifier they came in with.
create table dhis2_mapping (
    kind  text not null check (kind in ('DATA_ELEMENT', 'ORG_UNIT')),
    dhis2 text not null,
    code  text not null,
    primary key (kind, dhis2),
    unique (kind, code)
);
