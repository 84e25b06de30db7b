create table public.waitlist (
  id bigint generated always as identity primary key,
  email text not null unique,
  referral_code text,
  ip_address inet,
  created_at timestamptz default now()
);

alter table public.waitlist enable row level security;

grant all on table public.waitlist to anon;

create policy "anyone can join" on public.waitlist for insert to anon
  with check (email is not null);

create policy "see position" on public.waitlist for select to anon
  using (email is not null);
