create table public.stock_items (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users(id),
  name text not null,
  sku text,
  quantity integer not null default 0
);

alter table public.stock_items enable row level security;

create policy "owner manages stock" on public.stock_items
  for all to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
