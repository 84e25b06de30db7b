alter table public.workouts add column source text not null default 'manual';
alter table public.workouts add column external_id text;

create unique index workouts_source_external_idx
  on public.workouts (user_id, source, external_id)
  where external_id is not null;

alter table public.workouts disable row level security;
