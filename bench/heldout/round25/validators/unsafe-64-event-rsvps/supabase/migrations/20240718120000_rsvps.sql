create table public.rsvps (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null,
  user_id uuid not null references auth.users (id),
  guests smallint not null default 0,
  dietary_notes text
);

alter table public.rsvps enable row level security;

create policy "guests manage own rsvp" on public.rsvps
  for all to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());

grant select, insert, update, delete on public.rsvps to public;
