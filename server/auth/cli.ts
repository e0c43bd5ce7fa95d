// npm run user -- add <name> <reader|editor|reviewer|admin> [--password-stdin]
//                 role <name> <role> | disable <name> | enable <name> | list
// Manages accounts from the terminal, through the same account code as the
// API. Without --password-stdin, add makes a strong password and prints it once.
import { randomBytes } from 'node:crypto';
import { Password, Role } from '../../contract/index.js';
import { readConfig } from '../config.js';
import { runCli } from '../cli-run.js';
import { toApiError } from '../http/error-handler.js';
import { openDatabase } from '../neo4j/connect.js';
import { createAccount, listAccounts, updateAccount, type Store } from './store.js';

const USAGE = `Usage: npm run user -- add <name> <reader|editor|reviewer|admin> [--password-stdin]
       npm run user -- role <name> <role>
       npm run user -- disable <name>   |   enable <name>   |   list`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function run(store: Store, args: string[]): Promise<string> {
  const [command, name, role] = args.filter((a) => !a.startsWith('--'));
  const role_ = () => Role.parse(role);
  switch (command) {
    case 'add': {
      const generated = !args.includes('--password-stdin');
      const password = generated
        ? randomBytes(18).toString('base64url')
        : Password.parse(await readStdin());
      const account = await createAccount(store, { name: name ?? '', password, role: role_() });
      return `Added ${account.name} (${account.role}).${generated ? `\nPassword (shown once): ${password}` : ''}`;
    }
    case 'role': {
      const account = await updateAccount(store, { name: name ?? '' }, { role: role_() });
      return `${account.name} is now ${account.role}.`;
    }
    case 'disable':
    case 'enable': {
      const account = await updateAccount(
        store,
        { name: name ?? '' },
        { disabled: command === 'disable' },
      );
      return `${account.name} is ${account.disabled ? 'disabled (its sessions ended)' : 'enabled'}.`;
    }
    case 'list':
      return (await listAccounts(store))
        .map((a) => `${a.name}\t${a.role}${a.disabled ? '\tdisabled' : ''}`)
        .join('\n');
    default:
      throw new Error(USAGE);
  }
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help')) {
    console.log(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const db = await openDatabase(readConfig().neo4j, () => undefined);
  try {
    console.log(await run({ driver: db.driver, database: db.database }, args));
    return 0;
  } catch (error) {
    if (error instanceof Error && error.message === USAGE) {
      console.error(USAGE);
      return 2;
    }
    const apiError = toApiError(error);
    if (apiError.code === 'INTERNAL') throw error;
    const details = Array.isArray(apiError.details)
      ? apiError.details
          .map((d: { path?: unknown[]; message?: string }) => `\n  ${d.message ?? ''}`)
          .join('')
      : '';
    console.error(`✖ ${apiError.message}${details}`);
    return 1;
  } finally {
    await db.close();
  }
}

runCli(main);
