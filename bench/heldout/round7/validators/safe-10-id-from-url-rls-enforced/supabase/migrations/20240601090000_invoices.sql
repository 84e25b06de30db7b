create table if not exists public.invoices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id) on delete cascade,
  number text not null,
  total_cents integer not null check (total_cents >= 0),
  status text not null default 'draft' check (status in ('draft', 'sent', 'paid')),
  issued_at timestamptz not null default now()
);

alter table public.invoices enable row level security;

create policy "Owners can view their invoices"
  on public.invoices for select
  to authenticated
  using ((select auth.uid()) = user_id);

create policy "Owners can create invoices"
  on public.invoices for insert
  to authenticated
  with check ((select auth.uid()) = user_id and status = 'draft');
