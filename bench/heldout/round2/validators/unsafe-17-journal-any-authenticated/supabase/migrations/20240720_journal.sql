create table if not exists public.journal_entries (
  id bigserial primary key,
  user_id uuid references auth.users(id) default auth.uid(),
  mood smallint check (mood between 1 and 5),
  body text,
  entry_date date not null default current_date
);

alter table public.journal_entries enable row level security;

create policy "Enable read access for authenticated users"
  on public.journal_entries
  for select
  using (auth.role() = 'authenticated');

create policy "Enable insert for authenticated users only"
  on public.journal_entries
  for insert
  with check (auth.role() = 'authenticated');

create policy "Enable delete for authenticated users"
  on public.journal_entries
  for delete
  using (auth.role() = 'authenticated');
