create table public.menu_items (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text,
  price_cents integer not null,
  available boolean not null default true
);

alter table public.menu_items enable row level security;

revoke all on public.menu_items from anon;
grant select on public.menu_items to anon;

create policy "menu readable" on public.menu_items for select to anon, authenticated
  using (available = true);
