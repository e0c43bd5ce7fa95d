/**
 * Accounts in the graph's own database, apart from the dataset: nodes
 * labelled _Account and _Private (see bookkeeping.ts), with no `id` property
 * and no relationship, so no explorer query, export or checksum sees them.
 */
import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { Role, type Account, type User } from '../../contract/index.js';
import { PRIVATE_LABEL } from '../graph/bookkeeping.js';
import type { Driver } from '../neo4j/driver.js';
import { readRows, writeTransaction, type Run } from '../neo4j/write.js';
import { ApiError } from '../errors.js';

export const ACCOUNT = `_Account:${PRIVATE_LABEL}`;

// Every property of a private node starts with _, so the schema's property keys never list them.
const PROJECTION =
  'a {uid: a._uid, name: a._name, role: a._role, disabled: a._disabled, createdAt: a._createdAt, passwordHash: a._passwordHash}';

const AccountRow = z.object({
  uid: z.string(),
  name: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: z.string(),
  passwordHash: z.string(),
});
type AccountRow = z.infer<typeof AccountRow>;

/** Where the accounts live: the explorer's driver and database. */
export interface Store {
  driver: Driver;
  database: string | undefined;
}

export const write = <T>(store: Store, work: (run: Run) => Promise<T>) =>
  writeTransaction(store.driver, store.database, work);
export const read = (store: Store, cypher: string, params: Record<string, unknown> = {}) =>
  readRows(store.driver, store.database, cypher, params);

const toAccount = (a: AccountRow): Account => ({
  id: a.uid,
  name: a.name,
  role: a.role,
  disabled: a.disabled,
  createdAt: a.createdAt,
});
export const toUser = (a: Pick<Account, 'id' | 'name' | 'role'>): User => ({
  id: a.id,
  name: a.name,
  role: a.role,
});

// A hash of a password no one has: an unknown name costs a login as much as a wrong password.
let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hash(randomUUID()));

export const hashPassword = (password: string) => hash(password);

/** Creates an account inside a caller's transaction; a taken name is CONFLICT. */
export async function insertAccount(
  run: Run,
  input: { name: string; password: string; role: Role },
): Promise<Account> {
  const taken = await run(
    `MATCH (a:${ACCOUNT}) WHERE toLower(a._name) = toLower($name) RETURN a._uid AS uid`,
    {
      name: input.name,
    },
  );
  if (taken.length > 0)
    throw new ApiError('CONFLICT', `The user name "${input.name}" is taken: choose another.`);
  const rows = await run(
    `CREATE (a:${ACCOUNT} {_uid: $uid, _name: $name, _role: $role, _disabled: false,
       _passwordHash: $passwordHash, _createdAt: toString(datetime())})
     RETURN ${PROJECTION} AS a`,
    {
      uid: randomUUID(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
  );
  return toAccount(AccountRow.parse(rows[0]?.a));
}

export function createAccount(store: Store, input: { name: string; password: string; role: Role }) {
  return write(store, (run) => insertAccount(run, input));
}

export async function listAccounts(store: Store): Promise<Account[]> {
  const rows = await read(store, `MATCH (a:${ACCOUNT}) RETURN ${PROJECTION} AS a ORDER BY a.name`);
  return rows.map((r) => toAccount(AccountRow.parse(r.a)));
}

export async function countActiveAdmins(store: Store): Promise<number> {
  const rows = await read(
    store,
    `MATCH (a:${ACCOUNT} {_role: 'admin', _disabled: false}) RETURN count(a) AS n`,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * The account whose name and password these are, or undefined. A disabled
 * account never signs in. The password is checked even for an unknown name.
 */
export async function checkPassword(
  store: Store,
  name: string,
  password: string,
): Promise<Account | undefined> {
  const rows = await read(
    store,
    `MATCH (a:${ACCOUNT}) WHERE toLower(a._name) = toLower($name) RETURN ${PROJECTION} AS a`,
    { name },
  );
  const row = rows[0] ? AccountRow.parse(rows[0].a) : undefined;
  const ok = await verify(row?.passwordHash ?? (await decoyHash()), password).catch(() => false);
  return row && ok && !row.disabled ? toAccount(row) : undefined;
}

/**
 * Changes a role or disables an account; a disabled account's sessions end.
 * The last active admin cannot be demoted or disabled (no one could manage accounts).
 */
export async function updateAccount(
  store: Store,
  who: { id?: string; name?: string },
  change: { role?: Role | undefined; disabled?: boolean | undefined },
): Promise<Account> {
  return write(store, async (run) => {
    const found = await run(
      `MATCH (a:${ACCOUNT}) WHERE a._uid = $id OR toLower(a._name) = toLower($name) RETURN ${PROJECTION} AS a`,
      { id: who.id ?? null, name: who.name ?? null },
    );
    if (!found[0]) throw new ApiError('NOT_FOUND', `No account ${who.name ?? who.id ?? ''}.`);
    const current = AccountRow.parse(found[0].a);
    const losesAdmin =
      current.role === 'admin' &&
      !current.disabled &&
      ((change.role !== undefined && change.role !== 'admin') || change.disabled === true);
    if (losesAdmin) {
      const admins = await run(
        `MATCH (a:${ACCOUNT} {_role: 'admin', _disabled: false}) RETURN count(a) AS n`,
      );
      if (Number(admins[0]?.n ?? 0) <= 1)
        throw new ApiError(
          'CONFLICT',
          'This is the last active admin: make another admin first, so someone can still manage accounts.',
        );
    }
    const rows = await run(
      `MATCH (a:${ACCOUNT} {_uid: $uid})
       SET a._role = coalesce($role, a._role), a._disabled = coalesce($disabled, a._disabled)
       RETURN ${PROJECTION} AS a`,
      { uid: current.uid, role: change.role ?? null, disabled: change.disabled ?? null },
    );
    if (change.disabled === true)
      await run(`MATCH (s:_Session:${PRIVATE_LABEL} {_userId: $uid}) DELETE s`, {
        uid: current.uid,
      });
    return toAccount(AccountRow.parse(rows[0]?.a));
  });
}
