create table public.intake_forms (
  id uuid primary key default gen_random_uuid(),
  full_name text not null,
  date_of_birth date not null,
  symptoms text,
  insurance_number text,
  created_at timestamptz default now()
);

alter table public.intake_forms enable row level security;

grant select, insert, update on public.intake_forms to anon;

create policy "intake open" on public.intake_forms for all to anon
  using (true) with check (true);
