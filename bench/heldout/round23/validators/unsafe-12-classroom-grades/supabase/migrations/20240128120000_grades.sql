create table public.grades (
  id uuid primary key default gen_random_uuid(),
  class_id uuid not null references public.classes (id) on delete cascade,
  student_id uuid not null references auth.users (id) on delete cascade,
  assignment text not null,
  score numeric(5, 2) not null,
  feedback text,
  graded_at timestamptz not null default now()
);

create index grades_student_idx on public.grades (student_id);
create index grades_class_idx on public.grades (class_id);
