create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  created_at timestamptz not null default now()
);

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  prefix text not null,
  key_hash text not null,
  scopes text[] not null default array['read'],
  last_used_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.profiles enable row level security;

create policy "Profiles are private" on public.profiles
  for all using (auth.uid() = id) with check (auth.uid() = id);

create policy "Users manage their keys" on public.api_keys
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);

create unique index api_keys_prefix_idx on public.api_keys (prefix);
