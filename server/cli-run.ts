import { formatStartupError } from './errors.js';

/**
 * Runs a command-line entry point: exits with the code it returns, or prints
 * a failure as the start-up errors are printed (what went wrong and what to
 * do, never a stack trace) and exits with 1. One place for the CLIs' ending,
 * so none of them can forget to format an error.
 */
export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(formatStartupError(error));
      process.exit(1);
    },
  );
}
