create table public.tickets (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null,
  holder_id uuid not null references auth.users (id),
  holder_email text not null,
  seat text,
  qr_secret text not null default encode(gen_random_bytes(24), 'hex'),
  created_at timestamptz not null default now()
);

alter table public.tickets enable row level security;

create policy "Holders see their tickets" on public.tickets
  for select to authenticated using (auth.uid() = holder_id);
