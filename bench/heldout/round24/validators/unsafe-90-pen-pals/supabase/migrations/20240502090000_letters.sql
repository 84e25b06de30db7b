create table public.letters (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  sent_at timestamptz not null default now()
);

alter table public.letters enable row level security;

create policy "participants read letters" on public.letters
  for select using (auth.uid() in (sender_id, recipient_id));

grant all on table public.letters to anon;
grant all on table public.letters to authenticated;
