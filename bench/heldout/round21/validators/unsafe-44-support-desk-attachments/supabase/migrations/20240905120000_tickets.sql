create table public.tickets (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users (id),
  subject text not null,
  body text not null,
  status text not null default 'open'
);

create table public.ticket_attachments (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references public.tickets (id) on delete cascade,
  uploaded_by uuid not null references auth.users (id),
  storage_path text not null,
  file_name text not null
);

alter table public.tickets enable row level security;

create policy "customers see own tickets" on public.tickets
  for select using (customer_id = auth.uid());
create policy "customers open tickets" on public.tickets
  for insert with check (customer_id = auth.uid());
