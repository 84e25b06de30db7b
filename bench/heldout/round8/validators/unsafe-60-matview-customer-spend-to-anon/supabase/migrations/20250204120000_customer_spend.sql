create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  email text not null,
  total_cents integer not null,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "buyers read own orders" on public.orders
  for select to authenticated using (auth.uid() = user_id);

-- dashboard tiles were slow; precompute per-customer spend
create materialized view public.customer_spend as
  select user_id, email, count(*) as orders, sum(total_cents) as spent_cents
  from public.orders
  group by user_id, email;

create unique index customer_spend_user_idx on public.customer_spend (user_id);

grant select on public.customer_spend to anon, authenticated;
