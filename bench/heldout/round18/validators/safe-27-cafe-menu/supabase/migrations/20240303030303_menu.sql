create table public.menu_items (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text,
  price_cents integer not null check (price_cents > 0),
  available boolean not null default true
);

alter table public.menu_items enable row level security;

create policy "menu is public" on public.menu_items for select to anon, authenticated using (available);

create policy "staff manage menu" on public.menu_items
  for all to authenticated
  using (exists (select 1 from public.staff s where s.user_id = auth.uid()))
  with check (exists (select 1 from public.staff s where s.user_id = auth.uid()));

revoke all on public.menu_items from anon;
grant select on public.menu_items to anon;
