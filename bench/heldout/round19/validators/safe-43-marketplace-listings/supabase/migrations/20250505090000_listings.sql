create table public.listings (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  price_cents integer not null,
  sold boolean not null default false
);
alter table public.listings enable row level security;
create policy "listings readable" on public.listings for select using (sold = false or seller_id = auth.uid());
create policy "sellers write" on public.listings for insert to authenticated with check (seller_id = auth.uid());
create policy "sellers update" on public.listings for update to authenticated
  using (seller_id = auth.uid()) with check (seller_id = auth.uid());
