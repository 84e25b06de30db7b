create table public.alumni (
  id uuid primary key references auth.users (id) on delete cascade,
  graduation_year integer,
  phone text,
  employer text
);

alter table public.alumni enable row level security;

create policy "alumni read self" on public.alumni
  for select to authenticated using (id = (select auth.uid()));

create view public.alumni_directory as
  select a.id, u.email, a.phone, a.graduation_year, a.employer
  from public.alumni a
  join auth.users u on u.id = a.id;

grant select on public.alumni_directory to anon, authenticated;
