create table public.reading_list (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  author text,
  status text not null default 'to-read' check (status in ('to-read', 'reading', 'done')),
  rating smallint check (rating between 1 and 5)
);

alter table public.reading_list enable row level security;

create policy "own books" on public.reading_list
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
