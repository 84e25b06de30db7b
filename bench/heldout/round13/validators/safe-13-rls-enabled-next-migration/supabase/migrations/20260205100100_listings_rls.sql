alter table public.listings enable row level security;

create policy "published listings are public" on public.listings
  for select using (published or seller_id = (select auth.uid()));

create policy "sellers manage their listings" on public.listings
  for all to authenticated
  using (seller_id = (select auth.uid()))
  with check (seller_id = (select auth.uid()));
