create table public.volunteer_signups (
  id bigint generated always as identity primary key,
  full_name text not null,
  email text not null,
  phone text,
  shift_id bigint references public.shifts (id),
  created_at timestamptz default now()
);

alter table public.volunteer_signups disable row level security;

-- let the public sign-up form insert without logging in
grant all on table public.volunteer_signups to anon;
grant usage, select on sequence public.volunteer_signups_id_seq to anon;
