create table public.courses (
  id uuid primary key default gen_random_uuid(),
  title text not null
);
create table public.grades (
  id uuid primary key default gen_random_uuid(),
  course_id uuid not null references public.courses (id),
  student_id uuid not null references auth.users (id),
  score numeric not null
);
alter table public.courses enable row level security;
alter table public.grades enable row level security;
create policy "courses readable" on public.courses for select to authenticated using (true);
create policy "students read own grades" on public.grades for select to authenticated
  using (student_id = auth.uid());
