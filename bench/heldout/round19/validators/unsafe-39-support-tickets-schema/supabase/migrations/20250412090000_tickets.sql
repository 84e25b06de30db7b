create table if not exists public.tickets (
  id bigint generated always as identity primary key,
  customer_id uuid references auth.users (id),
  subject text not null,
  body text not null,
  email text not null,
  status text not null default 'open' check (status in ('open', 'pending', 'closed')),
  created_at timestamptz default now()
);

alter table public.tickets enable row level security;

create policy "tickets_select" on public.tickets for select using (true);
create policy "tickets_insert" on public.tickets for insert with check (true);
create policy "tickets_update_own" on public.tickets for update
  using (auth.uid() = customer_id) with check (auth.uid() = customer_id);
