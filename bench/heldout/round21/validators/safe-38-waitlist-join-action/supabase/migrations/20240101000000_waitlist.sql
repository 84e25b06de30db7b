create table public.waitlist (
  id bigint generated always as identity primary key,
  email text not null unique,
  created_at timestamptz not null default now()
);

alter table public.waitlist enable row level security;

create policy "anyone can join" on public.waitlist
  for insert to anon, authenticated
  with check (char_length(email) <= 254);
