create table public.flashcards (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  front text not null,
  back text not null
);
alter table public.flashcards enable row level security;
create policy "own cards" on public.flashcards for all using (user_id = auth.uid()) with check (user_id = auth.uid());
