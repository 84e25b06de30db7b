drop table if exists public.adoption_applications;

create table public.adoption_applications (
  id uuid primary key default gen_random_uuid(),
  applicant_id uuid not null default auth.uid() references auth.users (id),
  pet_id uuid not null,
  full_name text not null,
  phone text not null,
  home_address text not null,
  household_size smallint,
  has_other_pets boolean not null default false,
  landlord_contact text,
  message text,
  status text not null default 'submitted',
  created_at timestamptz not null default now()
);

create index adoption_applications_pet_idx on public.adoption_applications (pet_id);
