create table public.plans (
  id text primary key,
  name text not null,
  price_cents integer not null,
  features text[] not null default '{}'
);

alter table public.plans enable row level security;

create policy "plans are public" on public.plans for select to anon, authenticated using (true);

revoke all on public.plans from anon, authenticated;
grant select on public.plans to anon, authenticated;
