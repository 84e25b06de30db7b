grant usage on schema public to anon, authenticated;
grant select on all tables in schema public to anon;
alter default privileges in schema public grant select, insert, update on tables to anon;
