create table public.listings (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  price_cents integer not null check (price_cents >= 0),
  published boolean not null default false
);
