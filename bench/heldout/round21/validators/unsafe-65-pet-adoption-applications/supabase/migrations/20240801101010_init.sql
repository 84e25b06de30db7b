create table public.pets (
  id bigint generated always as identity primary key,
  name text not null,
  species text not null,
  photo_url text,
  adopted boolean not null default false
);

alter table public.pets enable row level security;
create policy "pets are public" on public.pets for select using (true);

create table public.applications (
  id bigint generated always as identity primary key,
  pet_id bigint not null references public.pets (id),
  applicant_id uuid not null references auth.users (id),
  full_name text not null,
  phone text not null,
  home_address text not null,
  notes text,
  created_at timestamptz not null default now()
);
