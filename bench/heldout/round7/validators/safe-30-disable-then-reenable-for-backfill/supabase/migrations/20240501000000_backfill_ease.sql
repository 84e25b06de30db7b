begin;

alter table public.cards add column ease real not null default 2.5;

alter table public.cards disable row level security;
update public.cards set ease = 2.5 where ease is null;
alter table public.cards enable row level security;

commit;
