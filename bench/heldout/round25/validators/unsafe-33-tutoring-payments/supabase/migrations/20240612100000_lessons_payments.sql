create table public.lessons (
  id uuid primary key default gen_random_uuid(),
  tutor_id uuid not null references auth.users (id),
  student_id uuid not null references auth.users (id),
  starts_at timestamptz not null,
  minutes integer not null default 60
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  lesson_id uuid not null references public.lessons (id),
  student_id uuid not null references auth.users (id),
  amount_cents integer not null,
  card_last4 text,
  billing_email text,
  paid_at timestamptz
);

alter table public.lessons enable row level security;

create policy "participants see lessons" on public.lessons
  for select to authenticated
  using (auth.uid() in (tutor_id, student_id));
