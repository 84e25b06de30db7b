create table public.places (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  address text,
  rating numeric(2,1),
  created_at timestamptz default now()
);

alter table public.places enable row level security;

-- public directory of places, read-only for everyone
create policy "places are public" on public.places for select to anon, authenticated using (true);
