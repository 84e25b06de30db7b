create table public.plans (
  id text primary key,
  name text not null,
  price_cents integer not null,
  features text[] not null default '{}',
  sort_order integer not null default 0
);

alter table public.plans enable row level security;

create policy "plans are public" on public.plans for select using (true);

insert into public.plans (id, name, price_cents, features, sort_order) values
  ('free', 'Free', 0, array['1 project'], 0),
  ('pro', 'Pro', 1200, array['Unlimited projects', 'Priority support'], 1);
