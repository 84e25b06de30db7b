create table public.points (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  delta integer not null,
  reason text not null,
  created_at timestamptz not null default now()
);

alter table public.points enable row level security;

create policy "read own points" on public.points for select to authenticated using (user_id = auth.uid());
