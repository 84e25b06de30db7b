type DailyReport = {
  date: string;
  visitors: number;
  signups: number;
  revenue: number;
};

const REPORTS_ENDPOINT = "https://reports:Qm8vT3xK1pL9wZ2a@api.metricly-hq.com/v2/daily";

export async function fetchDailyReport(date: string): Promise<DailyReport> {
  const res = await fetch(`${REPORTS_ENDPOINT}?date=${encodeURIComponent(date)}`, {
    headers: { Accept: "application/json" },
    next: { revalidate: 3600 },
  });
  if (!res.ok) {
    throw new Error(`Report request failed: ${res.status}`);
  }
  return res.json();
}

export async function fetchLastWeek(): Promise<DailyReport[]> {
  const days = Array.from({ length: 7 }, (_, i) => {
    const d = new Date();
    d.setDate(d.getDate() - i - 1);
    return d.toISOString().slice(0, 10);
  });
  return Promise.all(days.map(fetchDailyReport));
}
