create table public.books (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  author text,
  status text not null default 'to_read' check (status in ('to_read', 'reading', 'done')),
  rating smallint check (rating between 1 and 5),
  added_at timestamptz not null default now()
);
