create table public.plans (
  id text primary key,
  name text not null,
  price_cents integer not null,
  features text[] not null default '{}'
);

alter table public.plans enable row level security;
create policy "plans are public" on public.plans for select using (true);

revoke all on table public.plans from anon;
grant select on table public.plans to anon;

revoke all on table public.orders from anon;
