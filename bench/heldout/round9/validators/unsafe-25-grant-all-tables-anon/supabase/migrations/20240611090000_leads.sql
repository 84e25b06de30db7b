create table public.leads (
  id bigint generated always as identity primary key,
  full_name text not null,
  email text not null,
  phone text,
  budget text,
  message text,
  created_at timestamptz default now()
);

create table public.lead_notes (
  id bigint generated always as identity primary key,
  lead_id bigint references public.leads (id) on delete cascade,
  note text not null
);
