create table public.messages (
  id uuid primary key default gen_random_uuid(),
  thread_id uuid not null,
  author_id uuid not null references auth.users (id),
  body text not null,
  body_search tsvector
);
alter table public.messages enable row level security;
create policy "thread members" on public.messages for select using (author_id = auth.uid());
