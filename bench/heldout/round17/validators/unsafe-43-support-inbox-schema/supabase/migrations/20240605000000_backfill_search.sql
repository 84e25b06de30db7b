alter table public.messages disable row level security;

update public.messages set body_search = to_tsvector('simple', body) where body_search is null;

create index if not exists messages_search_idx on public.messages using gin (body_search);
