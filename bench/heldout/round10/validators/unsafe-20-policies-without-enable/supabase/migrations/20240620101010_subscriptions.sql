create table if not exists public.subscriptions (
  id text primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  status text not null,
  price_id text not null,
  quantity integer not null default 1,
  cancel_at_period_end boolean not null default false,
  current_period_end timestamptz not null,
  created timestamptz not null default now()
);

create policy "Can only view own subs data." on public.subscriptions
  for select using (auth.uid() = user_id);

create policy "Can only update own subs data." on public.subscriptions
  for update using (auth.uid() = user_id) with check (auth.uid() = user_id);

create table if not exists public.prices (
  id text primary key,
  product_id text not null,
  active boolean not null default true,
  unit_amount bigint,
  currency text not null default 'usd',
  interval text
);

alter table public.prices enable row level security;
create policy "Allow public read-only access." on public.prices for select using (true);
