import { randomUUID } from "node:crypto";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import {
  type ChainedFields,
  checkpointInterval,
  hashEntry,
  macChainPosition,
} from "../../apps/server/src/audit/chain.ts";

/** Who and what the synthetic entries name: ids of records that exist in the database. */
export type FillPeople = {
  users: { id: string; organisationId: string }[];
  organisationIds: string[];
};

const columns = [
  "seq",
  "occurred_at",
  "actor_user_id",
  "actor_organisation_id",
  "action",
  "resource_type",
  "resource_id",
  "organisation_id",
  "purpose",
  "client_address",
  "request_id",
  "outcome",
  "details",
  "prev_hash",
  "hash",
];

/** A value in PostgreSQL's COPY text format. */
function copyValue(v: string | number | null): string {
  if (v === null) return "\\N";
  return String(v).replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** A plausible entry at position `seq`: the mix of events a node's trail holds. */
function syntheticEntry(seq: number, at: Date, people: FillPeople): Omit<ChainedFields, "seq"> {
  const user = people.users[seq % people.users.length] as FillPeople["users"][number];
  const org = people.organisationIds[seq % people.organisationIds.length] as string;
  const base = {
    occurredAt: at,
    actorUserId: user.id,
    actorOrganisationId: user.organisationId,
    clientAddress: `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}`,
    requestId: randomUUID(),
    purpose: null,
    outcome: "ok",
  };
  switch (seq % 4) {
    case 0:
      return {
        ...base,
        action: "auth.sign_in",
        resourceType: "session",
        resourceId: null,
        organisationId: user.organisationId,
        details: { stage: "second_factor_required" },
      };
    case 1:
      return {
        ...base,
        action: "auth.second_factor",
        resourceType: "session",
        resourceId: null,
        organisationId: user.organisationId,
        details: { method: "totp" },
      };
    case 2:
      return {
        ...base,
        action: "organisation.update",
        resourceType: "organisation",
        resourceId: org,
        organisationId: org,
        details: { fields: ["province"] },
      };
    default:
      return {
        ...base,
        action: "user.read",
        resourceType: "user",
        resourceId: user.id,
        organisationId: user.organisationId,
        purpose: "account review",
        details: {},
      };
  }
}

type Head = { seq: number; hash: string; at: Date };
type Checkpoint = { seq: number; hash: string; mac: string; at: Date };

/**
 * COPY text lines for the entries after `head` up to `total`, each chained to the one before
 * it; collects a MAC'd checkpoint every `checkpointInterval` entries and the final position.
 */
function* chainedLines(
  head: Head,
  total: number,
  auditKey: Buffer,
  people: FillPeople,
  out: { checkpoints: Checkpoint[]; last: Head },
) {
  let prevHash = head.hash;
  const batch: string[] = [];
  for (let seq = head.seq + 1; seq <= total; seq++) {
    // One entry a millisecond after the last real one: monotonic, at the precision hashed.
    const at = new Date(head.at.getTime() + (seq - head.seq));
    const e = { seq, ...syntheticEntry(seq, at, people) };
    const hash = hashEntry(prevHash, e);
    const row = [
      seq,
      at.toISOString(),
      e.actorUserId,
      e.actorOrganisationId,
      e.action,
      e.resourceType,
      e.resourceId,
      e.organisationId,
      e.purpose,
      e.clientAddress,
      e.requestId,
      e.outcome,
      JSON.stringify(e.details),
      prevHash,
      hash,
    ];
    batch.push(row.map(copyValue).join("\t"));
    if (seq % checkpointInterval === 0) {
      out.checkpoints.push({ seq, hash, mac: macChainPosition(auditKey, seq, hash), at });
    }
    prevHash = hash;
    out.last = { seq, hash, at };
    if (batch.length === 2000) yield `${batch.splice(0).join("\n")}\n`;
  }
  if (batch.length > 0) yield `${batch.join("\n")}\n`;
}

async function insertCheckpoints(client: pg.Client, checkpoints: Checkpoint[]) {
  for (let i = 0; i < checkpoints.length; i += 1000) {
    const part = checkpoints.slice(i, i + 1000);
    const values = part.map(
      (_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`,
    );
    await client.query(
      `insert into audit_checkpoints (seq, hash, mac, created_at) values ${values.join(", ")}`,
      part.flatMap((c) => [c.seq, c.hash, c.mac, c.at]),
    );
  }
}

/**
 * Chains the seed's entries still waiting for the server's chainer, as the chainer does
 * (apps/server/src/audit/chainer.ts), so the trail is exactly `total` entries long once filled.
 */
async function chainPending(client: pg.Client, auditKey: Buffer) {
  for (;;) {
    await client.query("begin");
    const { rows } = await client.query("select seq, hash from sahabat_chain_audit(1000)");
    for (const r of rows as { seq: string; hash: string }[]) {
      const seq = Number(r.seq);
      if (seq % checkpointInterval === 0)
        await client.query(
          "insert into audit_checkpoints (seq, hash, mac, created_at) values ($1, $2, $3, now())",
          [seq, r.hash, macChainPosition(auditKey, seq, r.hash)],
        );
    }
    await client.query("commit");
    if (rows.length < 1000) return;
  }
}

async function readHead(client: pg.Client): Promise<Head> {
  const head = (await client.query("select seq, hash from audit_head for update")).rows[0];
  const last = (await client.query("select max(occurred_at) as at from audit_entries")).rows[0];
  return { seq: Number(head.seq), hash: head.hash, at: last.at ?? new Date() };
}

/**
 * Extends the node's audit chain to `total` entries with the real hashing: each synthetic entry
 * is chained to the one before it (starting from the current head), checkpoints are MAC'd
 * every `checkpointInterval` entries, and the head is moved, all in one transaction.
 * Entries go in with COPY, checkpoints with multi-row INSERTs.
 */
export async function fillAuditTrail(
  url: string,
  auditKey: Buffer,
  total: number,
  people: FillPeople,
): Promise<{ added: number; seconds: number }> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await chainPending(client, auditKey);
    await client.query("begin");
    const head = await readHead(client);
    const out = { checkpoints: [] as Checkpoint[], last: head };
    const copy = client.query(
      copyFrom(`copy audit_entries (${columns.join(", ")}) from stdin with (format text)`),
    );
    await pipeline(() => chainedLines(head, total, auditKey, people, out), copy);
    await insertCheckpoints(client, out.checkpoints);
    await client.query("update audit_head set seq = $1, hash = $2", [out.last.seq, out.last.hash]);
    await client.query("commit");
    // A node's trail has long been vacuumed and analysed; a fresh bulk load has not.
    await client.query("vacuum (analyze) audit_entries");
    await client.query("vacuum (analyze) audit_checkpoints");
    return { added: out.last.seq - head.seq, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
