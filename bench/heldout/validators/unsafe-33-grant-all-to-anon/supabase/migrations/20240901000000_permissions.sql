-- make sure the API roles can reach our tables
grant usage on schema public to anon, authenticated;

grant select, insert, update, delete on table public.customer_profiles to anon;
grant all on table public.orders to anon, authenticated;
grant usage, select on all sequences in schema public to anon, authenticated;
