alter table public.players add column jersey_number smallint;

alter table public.players disable row level security;

update public.players set jersey_number = null where jersey_number = 0;
