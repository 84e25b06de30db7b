create table public.donors (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users (id),
  full_name text not null,
  email text not null,
  amount_cents integer not null,
  stripe_customer text,
  created_at timestamptz default now()
);

grant select on public.donors to anon;
