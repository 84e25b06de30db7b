alter default privileges in schema public revoke all on tables from anon;
alter default privileges in schema public revoke all on functions from anon;

revoke all on all tables in schema public from anon;
revoke execute on all functions in schema public from anon;

grant usage on schema public to anon;
