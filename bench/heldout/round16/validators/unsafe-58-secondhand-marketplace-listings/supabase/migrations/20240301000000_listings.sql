create table public.listings (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null references auth.users (id),
  title text not null,
  price_cents integer not null,
  sold boolean default false
);

alter table public.listings enable row level security;

create policy "listings readable" on public.listings for select using (true);
create policy "sellers insert" on public.listings for insert with check (auth.uid() = seller_id);
create policy "sellers update" on public.listings for update using (auth.uid() = seller_id);
