create table public.rooms (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid references auth.users (id)
);

create table public.messages (
  id bigint generated always as identity primary key,
  room_id uuid not null references public.rooms (id) on delete cascade,
  user_id uuid not null references auth.users (id),
  content text not null,
  created_at timestamptz not null default now()
);

alter table public.rooms enable row level security;
create policy "rooms readable by creator" on public.rooms for select to authenticated using (auth.uid() = created_by);
create policy "rooms created by self" on public.rooms for insert to authenticated with check (auth.uid() = created_by);

alter publication supabase_realtime add table public.messages;
