begin;

alter table public.issues add column severity smallint;

alter table public.issues disable row level security;

update public.issues
set severity = case priority when 'urgent' then 1 when 'high' then 2 when 'normal' then 3 else 4 end
where severity is null;

alter table public.issues enable row level security;

alter table public.issues alter column severity set not null;

commit;
