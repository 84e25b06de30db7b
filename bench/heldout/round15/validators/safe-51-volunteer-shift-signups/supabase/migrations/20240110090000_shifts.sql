create table public.shift_signups (
  id uuid primary key default gen_random_uuid(),
  shift_id uuid not null,
  volunteer_id uuid not null references auth.users(id),
  note text,
  created_at timestamptz default now()
);
