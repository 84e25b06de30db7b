create table if not exists public.pets (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  species text not null,
  microchip_id text,
  vet_phone text
);

create table if not exists public.vaccinations (
  id uuid primary key default gen_random_uuid(),
  pet_id uuid not null references public.pets (id) on delete cascade,
  vaccine text not null,
  given_on date not null
);

alter table public.vaccinations enable row level security;

create policy "owners read pets" on public.pets for select using (owner_id = auth.uid());
create policy "owners add pets" on public.pets for insert with check (owner_id = auth.uid());
create policy "owners edit pets" on public.pets for update using (owner_id = auth.uid());

create policy "owners read vaccinations" on public.vaccinations for select
  using (exists (select 1 from public.pets p where p.id = pet_id and p.owner_id = auth.uid()));
