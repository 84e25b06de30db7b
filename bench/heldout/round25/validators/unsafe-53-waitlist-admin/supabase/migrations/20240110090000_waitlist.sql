create table public.waitlist_signups (
  id bigint generated always as identity primary key,
  email text not null unique,
  full_name text,
  company text,
  referrer text,
  created_at timestamptz not null default now()
);

grant all on table public.waitlist_signups to anon;
grant usage, select on sequence public.waitlist_signups_id_seq to anon;
