create table public.plans (
  id text primary key,
  name text not null,
  monthly_price_cents integer not null,
  features text[] not null default '{}'
);
alter table public.plans enable row level security;

grant usage on schema public to anon;
grant select on public.plans to anon;

create policy "plans are public" on public.plans for select to anon, authenticated using (true);
