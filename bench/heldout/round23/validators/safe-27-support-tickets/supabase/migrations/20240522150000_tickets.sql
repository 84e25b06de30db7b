create table public.tickets (
  id bigint generated always as identity primary key,
  requester_id uuid not null default auth.uid() references auth.users (id),
  subject text not null,
  body text not null,
  status text not null default 'open' check (status in ('open', 'pending', 'closed')),
  created_at timestamptz not null default now()
);

alter table public.tickets enable row level security;

create policy "Requesters read their tickets"
  on public.tickets for select to authenticated
  using ((select auth.uid()) = requester_id);

create policy "Requesters open tickets"
  on public.tickets for insert to authenticated
  with check ((select auth.uid()) = requester_id and status = 'open');

create policy "Support backend manages tickets"
  on public.tickets for all to service_role
  using (true)
  with check (true);
