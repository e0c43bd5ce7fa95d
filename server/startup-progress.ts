// Start-up progress for the terminal: each long step (resolving Neo4j's jars,
// starting Neo4j, loading the seed) shows when it begins and how long it took,
// and the last line gives the total. On a terminal the open step also counts
// its seconds in place, so a minute-long first start does not look hung.

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface StartupProgress {
  /** Opens a step (closing the one before); `label` reads like "Starting Neo4j…". */
  begin(label: string): void;
  /** Closes the open step with its time, then prints `message` if given. */
  end(message?: string): void;
  /**
   * For callbacks that report progress as lines (openDatabase's `log`): a line
   * ending in an ellipsis opens a step, any other line closes the open one.
   */
  say: (message: string) => void;
  /** Closes the open step; returns "Started in N s." for the last line. */
  total(): string;
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export function startupProgress(
  out: ProgressOutput = process.stdout,
  now: () => number = () => performance.now(),
): StartupProgress {
  const started = now();
  const tty = out.isTTY === true;
  let open: { label: string; at: number; timer?: NodeJS.Timeout } | undefined;

  // Redraws the open step's line with its elapsed seconds (terminal only).
  const redraw = () => {
    if (open) out.write(`\r\x1b[2K… ${open.label.replace(/…$/, '')} (${seconds(now() - open.at)})`);
  };

  function end(message?: string): void {
    if (open) {
      clearInterval(open.timer);
      const took = seconds(now() - open.at);
      const done = open.label.replace(/…$/, '');
      out.write(tty ? `\r\x1b[2K✔ ${done} (${took})\n` : `  done in ${took}\n`);
      open = undefined;
    }
    if (message !== undefined) out.write(`${message}\n`);
  }

  function begin(label: string): void {
    end();
    open = { label, at: now() };
    if (tty) {
      redraw();
      open.timer = setInterval(redraw, 1000);
      open.timer.unref();
    } else out.write(`${label}\n`);
  }

  return {
    begin,
    end,
    say: (message) => (message.trimEnd().endsWith('…') ? begin(message.trim()) : end(message)),
    total() {
      end();
      return `Started in ${seconds(now() - started)}.`;
    },
  };
}
