create table public.pets (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  species text not null,
  adopted boolean not null default false
);
alter table public.pets enable row level security;
create policy "pets are public" on public.pets for select using (true);

create table public.adoption_applications (
  id uuid primary key default gen_random_uuid(),
  pet_id uuid not null references public.pets (id),
  applicant_id uuid not null references auth.users (id),
  home_address text not null,
  phone text not null,
  household text,
  created_at timestamptz default now()
);

grant select, insert on public.adoption_applications to authenticated;
