-- API tokens expire; tokens issued before expiry existed get the default lifetime from now on.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = now() + interval '30 days';
alter table api_token alter column expires_at set not null;
create index api_token_user on api_token (user_id, expires_at);
