create table public.plans (
  id text primary key,
  name text not null,
  monthly_price_cents integer not null,
  features text[] not null default '{}',
  sort_order smallint not null default 0,
  active boolean not null default true
);

create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null unique references auth.users (id) on delete cascade,
  plan_id text not null references public.plans (id),
  status text not null default 'trialing',
  current_period_end timestamptz
);

alter table public.plans enable row level security;
alter table public.subscriptions enable row level security;

create policy "Plans are public"
  on public.plans for select
  to anon, authenticated
  using (true);

create policy "Users see their subscription"
  on public.subscriptions for select to authenticated
  using ((select auth.uid()) = user_id);

insert into public.plans (id, name, monthly_price_cents, features, sort_order) values
  ('starter', 'Starter', 0, array['1 project', 'Community support'], 1),
  ('pro', 'Pro', 1200, array['Unlimited projects', 'Email support'], 2);
