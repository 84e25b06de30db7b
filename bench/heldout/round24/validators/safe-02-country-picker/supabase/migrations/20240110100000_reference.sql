create table public.countries (
  code char(2) primary key,
  name text not null,
  dial_code text not null
);

alter table public.countries enable row level security;

create policy "countries are public" on public.countries
  for select to anon, authenticated using (true);

create table public.addresses (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  line1 text not null,
  city text not null,
  country_code char(2) references public.countries (code)
);

alter table public.addresses enable row level security;

create policy "own addresses" on public.addresses
  for all to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

revoke insert, update, delete on public.countries from anon, authenticated;
