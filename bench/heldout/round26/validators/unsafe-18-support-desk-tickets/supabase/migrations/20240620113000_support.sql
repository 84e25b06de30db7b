create table public.tickets (
  id bigint generated always as identity primary key,
  customer_id uuid not null references auth.users (id) on delete cascade,
  subject text not null,
  status text not null default 'open',
  created_at timestamptz not null default now()
);

create table public.ticket_messages (
  id bigint generated always as identity primary key,
  ticket_id bigint not null references public.tickets (id) on delete cascade,
  author_id uuid not null references auth.users (id),
  body text not null,
  attachments jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now()
);

alter table public.tickets enable row level security;

create policy "Customers see their tickets"
  on public.tickets for select
  using (customer_id = auth.uid());

create policy "Customers open tickets"
  on public.tickets for insert
  with check (customer_id = auth.uid());
