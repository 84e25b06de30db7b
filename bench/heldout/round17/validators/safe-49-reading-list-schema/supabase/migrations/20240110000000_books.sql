create table public.books (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  author text,
  status text not null default 'to-read' check (status in ('to-read', 'reading', 'done'))
);

alter table public.books enable row level security;

create policy "own books read" on public.books for select to authenticated using (user_id = auth.uid());
create policy "own books write" on public.books for insert to authenticated with check (user_id = auth.uid());
create policy "own books update" on public.books for update to authenticated using (user_id = auth.uid()) with check (user_id = auth.uid());
create policy "own books delete" on public.books for delete to authenticated using (user_id = auth.uid());
