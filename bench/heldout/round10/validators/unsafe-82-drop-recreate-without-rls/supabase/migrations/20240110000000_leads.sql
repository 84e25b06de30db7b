create table public.leads (
  id bigint generated always as identity primary key,
  owner_id uuid not null references auth.users (id),
  name text not null,
  email text not null,
  created_at timestamptz not null default now()
);

alter table public.leads enable row level security;

create policy "owner reads leads" on public.leads
  for select using (auth.uid() = owner_id);

create policy "owner writes leads" on public.leads
  for insert with check (auth.uid() = owner_id);
