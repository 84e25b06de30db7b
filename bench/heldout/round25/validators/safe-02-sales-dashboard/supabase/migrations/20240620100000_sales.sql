create table public.sales (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null default auth.uid() references auth.users (id),
  amount_cents integer not null,
  sold_at timestamptz not null default now()
);

alter table public.sales enable row level security;
alter table public.sales force row level security;

create policy "sellers see own sales" on public.sales
  for select to authenticated using (seller_id = (select auth.uid()));

create policy "sellers record own sales" on public.sales
  for insert to authenticated with check (seller_id = (select auth.uid()));

create view public.monthly_sales
with (security_invoker = true) as
  select seller_id, date_trunc('month', sold_at) as month, sum(amount_cents) as total_cents
  from public.sales
  group by seller_id, date_trunc('month', sold_at);
