create table public.beds (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  name text not null,
  width_cm integer,
  length_cm integer
);

create table public.plantings (
  id uuid primary key default gen_random_uuid(),
  bed_id uuid not null references public.beds (id) on delete cascade,
  owner_id uuid not null default auth.uid() references auth.users (id),
  crop text not null,
  sown_on date
);
