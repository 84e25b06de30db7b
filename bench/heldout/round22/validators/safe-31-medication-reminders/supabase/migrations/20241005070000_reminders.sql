create table public.medications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  dose text not null
);

create table public.reminders (
  id uuid primary key default gen_random_uuid(),
  medication_id uuid not null references public.medications (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  remind_at time not null
);

alter table public.medications enable row level security;
alter table public.medications force row level security;
alter table public.reminders enable row level security;
alter table public.reminders force row level security;

create policy "own medications" on public.medications for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());

create policy "own reminders" on public.reminders for all to authenticated
  using (user_id = auth.uid())
  with check (
    user_id = auth.uid()
    and exists (select 1 from public.medications m where m.id = medication_id and m.user_id = auth.uid())
  );
