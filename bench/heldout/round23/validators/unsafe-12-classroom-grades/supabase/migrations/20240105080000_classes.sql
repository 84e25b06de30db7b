create table public.classes (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references auth.users (id),
  name text not null
);

create table public.enrollments (
  class_id uuid not null references public.classes (id) on delete cascade,
  student_id uuid not null references auth.users (id) on delete cascade,
  primary key (class_id, student_id)
);

alter table public.classes enable row level security;
alter table public.enrollments enable row level security;

create policy "Teachers manage classes" on public.classes
  for all using (auth.uid() = teacher_id) with check (auth.uid() = teacher_id);

create policy "Students see enrollments" on public.enrollments
  for select using (auth.uid() = student_id);
