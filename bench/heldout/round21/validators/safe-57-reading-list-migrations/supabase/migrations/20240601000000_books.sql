create table public.books (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  author text,
  status text not null default 'to-read'
);

alter table public.books enable row level security;

create policy "books owner read" on public.books for select using (user_id = auth.uid());
create policy "books owner insert" on public.books for insert with check (user_id = auth.uid());
