create table public.plans (
  id text primary key,
  name text not null,
  monthly_price_cents integer not null,
  features text[] not null default '{}',
  sort_order smallint not null default 0,
  active boolean not null default true
);

alter table public.plans enable row level security;

create policy "Plans are visible to everyone"
  on public.plans for select
  using (true);

revoke insert, update, delete on public.plans from anon, authenticated;

insert into public.plans (id, name, monthly_price_cents, features, sort_order) values
  ('starter', 'Starter', 0, array['1 project', 'Community support'], 1),
  ('pro', 'Pro', 1900, array['Unlimited projects', 'Email support'], 2),
  ('team', 'Team', 4900, array['Everything in Pro', 'Shared workspaces'], 3);
