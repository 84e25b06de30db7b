create table public.countries (
  code char(2) primary key,
  name text not null
);
alter table public.countries enable row level security;
create policy "countries readable" on public.countries for select using (true);

create table public.addresses (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  line1 text not null,
  city text not null,
  country char(2) not null references public.countries (code)
);
alter table public.addresses enable row level security;
create policy "own addresses" on public.addresses for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
