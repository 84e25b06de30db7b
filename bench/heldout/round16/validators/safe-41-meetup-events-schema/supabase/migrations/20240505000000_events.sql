create table public.events (
  id uuid primary key default gen_random_uuid(),
  organizer_id uuid not null references auth.users (id),
  title text not null,
  starts_at timestamptz not null,
  venue text
);
create table public.rsvps (
  event_id uuid references public.events (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (event_id, user_id)
);

alter table public.events enable row level security;
alter table public.rsvps enable row level security;

grant select on public.events to anon;
revoke all on public.rsvps from anon;

create policy "events public" on public.events for select using (true);
create policy "organizers manage events" on public.events for all to authenticated
  using (auth.uid() = organizer_id) with check (auth.uid() = organizer_id);
create policy "own rsvps" on public.rsvps for all to authenticated
  using (auth.uid() = user_id) with check (auth.uid() = user_id);
