create table public.menu_items (
  id uuid primary key default gen_random_uuid(),
  category text not null,
  name text not null,
  description text,
  price_cents integer not null,
  available boolean not null default true,
  sort_order integer not null default 0
);

alter table public.menu_items enable row level security;

revoke all on public.menu_items from anon, authenticated;
grant select on public.menu_items to anon, authenticated;

create policy "Anyone can view available menu items" on public.menu_items
  for select to anon, authenticated
  using (available = true);
