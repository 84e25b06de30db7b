create table public.menu_items (
  id bigint generated always as identity primary key,
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  category text not null,
  available boolean not null default true
);

alter table public.menu_items enable row level security;

revoke all on public.menu_items from anon;
grant select on public.menu_items to anon;

create policy "menu is public" on public.menu_items
  for select to anon, authenticated using (available);
