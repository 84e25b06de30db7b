create table public.menu_items (
  id bigint generated always as identity primary key,
  name text not null,
  price_cents integer not null,
  available boolean not null default true
);

alter table public.menu_items enable row level security;

create policy "menu is public" on public.menu_items
  for select to anon, authenticated using (true);

revoke all on public.menu_items from anon;
grant select on public.menu_items to anon;

create table public.preorders (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null default auth.uid() references auth.users (id),
  item_id bigint not null references public.menu_items (id),
  pickup_at timestamptz not null
);

alter table public.preorders enable row level security;

create policy "own preorders" on public.preorders
  for all to authenticated
  using (customer_id = (select auth.uid()))
  with check (customer_id = (select auth.uid()));

revoke all on public.preorders from anon;
grant select, insert, update, delete on public.preorders to authenticated;
