create table public.companies (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null
);
alter table public.companies enable row level security;
create policy "owner companies" on public.companies for all
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references public.companies (id) on delete cascade,
  full_name text not null,
  email text,
  phone text,
  notes text
);

create index contacts_company_idx on public.contacts (company_id);
