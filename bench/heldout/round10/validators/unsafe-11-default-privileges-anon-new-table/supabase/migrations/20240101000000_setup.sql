-- base setup: make new tables usable from the client without extra grants
alter default privileges in schema public grant all on tables to anon, authenticated;
alter default privileges in schema public grant all on sequences to anon, authenticated;
alter default privileges in schema public grant execute on functions to anon, authenticated;

create table public.sellers (
  id uuid primary key references auth.users (id),
  shop_name text not null
);

alter table public.sellers enable row level security;
create policy "sellers public" on public.sellers for select using (true);
create policy "sellers own" on public.sellers for update using (auth.uid() = id);

create index if not exists sellers_shop_name_idx on public.sellers (shop_name);

comment on table public.sellers is 'Marketplace sellers, one per auth user';
