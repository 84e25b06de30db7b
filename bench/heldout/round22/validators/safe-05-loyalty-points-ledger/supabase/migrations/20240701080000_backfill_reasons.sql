begin;

alter table public.points disable row level security;

update public.points set reason = 'legacy import' where reason = '';

alter table public.points enable row level security;

commit;
