-- Sharing: collaborators may read a note, only the owner may change it.
-- Do NOT disable row level security on notes; sharing is expressed as a policy.
create table public.note_shares (
  note_id uuid not null references public.notes (id) on delete cascade,
  shared_with uuid not null references auth.users (id) on delete cascade,
  primary key (note_id, shared_with)
);

alter table public.note_shares enable row level security;

-- security definer helper avoids policy recursion between notes and note_shares
create or replace function public.owns_note(p_note_id uuid)
returns boolean
language sql
stable
security definer
set search_path = public
as $$
  select exists (select 1 from public.notes n where n.id = p_note_id and n.owner_id = auth.uid());
$$;

create policy "owner manages shares" on public.note_shares
  for all to authenticated
  using (public.owns_note(note_id))
  with check (public.owns_note(note_id));

create policy "recipients see their shares" on public.note_shares
  for select to authenticated
  using (shared_with = auth.uid());

create policy "shared users read notes" on public.notes
  for select to authenticated
  using (exists (select 1 from public.note_shares s where s.note_id = notes.id and s.shared_with = auth.uid()));

alter table public.notes enable row level security;
