CREATE TABLE public.rsvps (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id UUID NOT NULL REFERENCES public.events (id) ON DELETE CASCADE,
  guest_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  attending BOOLEAN NOT NULL,
  plus_ones SMALLINT NOT NULL DEFAULT 0 CHECK (plus_ones BETWEEN 0 AND 4),
  dietary_notes TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

ALTER TABLE public.rsvps ENABLE ROW LEVEL SECURITY;

CREATE POLICY "rsvps_select" ON public.rsvps
  FOR SELECT TO public
  USING (TRUE);

CREATE POLICY "rsvps_insert" ON public.rsvps
  FOR INSERT TO anon, authenticated
  WITH CHECK (
    EXISTS (SELECT 1 FROM public.events e WHERE e.id = event_id AND e.rsvp_open)
  );

CREATE POLICY "rsvps_host_delete" ON public.rsvps
  FOR DELETE TO authenticated
  USING (
    EXISTS (SELECT 1 FROM public.events e WHERE e.id = event_id AND e.host_id = auth.uid())
  );
