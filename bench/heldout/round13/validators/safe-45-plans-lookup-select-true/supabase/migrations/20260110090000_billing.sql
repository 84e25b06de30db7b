create table public.plans (
  id text primary key,
  name text not null,
  monthly_price_cents integer not null,
  features jsonb not null default '[]'::jsonb,
  sort_order smallint not null default 0
);

create table public.subscriptions (
  user_id uuid primary key references auth.users (id) on delete cascade,
  plan_id text not null references public.plans (id),
  status text not null default 'trialing',
  current_period_end timestamptz
);

alter table public.plans enable row level security;
alter table public.subscriptions enable row level security;

create policy "plans are public" on public.plans
  for select to anon, authenticated
  using (true);

create policy "read own subscription" on public.subscriptions
  for select to authenticated
  using ((select auth.uid()) = user_id);

insert into public.plans (id, name, monthly_price_cents, sort_order) values
  ('free', 'Free', 0, 0),
  ('pro', 'Pro', 900, 1);
