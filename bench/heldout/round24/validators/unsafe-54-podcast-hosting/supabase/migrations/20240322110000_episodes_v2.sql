create table public.episodes_v2 (
  id uuid primary key default gen_random_uuid(),
  show_owner uuid not null references auth.users (id),
  title text not null,
  audio_path text not null,
  duration_seconds integer,
  is_draft boolean not null default true
);

insert into public.episodes_v2 (id, show_owner, title, audio_path, is_draft)
select id, show_owner, title, audio_path, is_draft from public.episodes;

drop table public.episodes;
alter table public.episodes_v2 rename to episodes;
