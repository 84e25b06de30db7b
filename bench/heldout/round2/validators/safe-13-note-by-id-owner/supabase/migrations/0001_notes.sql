create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade default auth.uid(),
  title text not null,
  content text,
  updated_at timestamptz default now()
);

alter table public.notes enable row level security;
alter table public.notes force row level security;

create policy "owner all" on public.notes for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
