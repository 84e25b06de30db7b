create table public.clients (
  id uuid primary key default gen_random_uuid(),
  therapist_id uuid not null references auth.users (id),
  full_name text not null,
  date_of_birth date
);

create table public.session_notes (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  therapist_id uuid not null references auth.users (id),
  notes text not null,
  created_at timestamptz not null default now()
);

create index session_notes_client_idx on public.session_notes (client_id);
