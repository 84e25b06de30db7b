create table public.episodes (
  id uuid primary key default gen_random_uuid(),
  show_owner uuid not null references auth.users (id),
  title text not null,
  audio_path text not null,
  is_draft boolean not null default true
);

alter table public.episodes enable row level security;

create policy "owner manages episodes" on public.episodes for all to authenticated
  using (show_owner = auth.uid()) with check (show_owner = auth.uid());
