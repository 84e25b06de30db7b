begin;

alter table public.habits add column if not exists current_streak integer not null default 0;

-- backfill runs as the migration owner; toggle RLS only for the duration of this transaction
alter table public.habits disable row level security;

update public.habits h
   set current_streak = coalesce((
     select count(*) from public.habit_checkins c
      where c.habit_id = h.id and c.checked_on > current_date - 30
   ), 0);

alter table public.habits enable row level security;
alter table public.habits force row level security;

commit;
