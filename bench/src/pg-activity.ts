import pg from "pg";

/** Stops a sampling and returns its summary, for the report. */
export type StopWatching = () => Promise<string>;

/**
 * Samples what the server's database sessions are doing every `everyMs` (pg_stat_activity of the
 * database, this session excluded): `cpu` is active without a wait event (running or waiting for
 * a core), `Lock:…` waits for a lock (the audit chain's head row), `IO:WalSync` for a commit's
 * flush, `idle in transaction` for the Node server between two statements of a transaction.
 * The summary is the mean number of sessions in each state over the samples. It adds what the
 * sessions that hold a lock others wait for (the chain head's, in practice) are doing meanwhile.
 */
export async function watchActivity(url: string, everyMs = 50): Promise<StopWatching> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const totals = new Map<string, number>();
  const holders = new Map<string, number>();
  let samples = 0;
  let isRunning = true;
  const loop = (async () => {
    while (isRunning) {
      const r = await client.query(
        `select case when state = 'active'
                     then coalesce(wait_event_type || ':' || wait_event, 'cpu')
                     else state end as what,
                count(*)::int as n
         from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid()
           and backend_type = 'client backend'
         group by 1`,
      );
      for (const row of r.rows as { what: string; n: number }[]) {
        totals.set(row.what, (totals.get(row.what) ?? 0) + row.n);
      }
      const h = await client.query(
        `select case when a.state = 'active'
                     then coalesce(a.wait_event_type || ':' || a.wait_event, 'cpu')
                     else a.state end as what,
                count(*)::int as n
         from pg_stat_activity a
         where a.wait_event_type is distinct from 'Lock'
           and a.pid in (select unnest(pg_blocking_pids(w.pid)) from pg_stat_activity w
                         where w.datname = current_database() and w.wait_event_type = 'Lock')
         group by 1`,
      );
      for (const row of h.rows as { what: string; n: number }[]) {
        holders.set(row.what, (holders.get(row.what) ?? 0) + row.n);
      }
      samples++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    isRunning = false;
    await loop;
    await client.end();
    const mean = (m: Map<string, number>) =>
      [...m]
        .filter(([what]) => what !== "idle")
        .sort((a, b) => b[1] - a[1])
        .map(([what, n]) => `${what} ${(n / Math.max(1, samples)).toFixed(2)}`)
        .join(", ");
    return `sessions (mean of ${samples} samples): ${mean(totals) || "none busy"}; holding a lock others wait for: ${mean(holders) || "none"}`;
  };
}
