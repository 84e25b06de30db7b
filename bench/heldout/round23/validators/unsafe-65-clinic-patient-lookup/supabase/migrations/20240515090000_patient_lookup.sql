create table public.patients (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null unique,
  full_name text not null,
  date_of_birth date,
  phone text,
  insurance_number text
);

alter table public.patients enable row level security;

create policy "Patients read own record" on public.patients
  for select to authenticated using (auth.uid() = id);

create or replace function public.find_patient_by_email(p_email text)
returns setof public.patients
language sql
stable
security definer
set search_path = ''
as $$
  select * from public.patients where email = lower(p_email);
$$;

grant execute on function public.find_patient_by_email(text) to anon;
grant execute on function public.find_patient_by_email(text) to authenticated;
