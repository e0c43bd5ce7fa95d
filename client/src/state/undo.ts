// A plain undo/redo stack. It stores actions; the caller knows how to apply
// and revert them, which keeps this testable without a canvas.

export class UndoStack<A> {
  private done: A[] = [];
  private undone: A[] = [];

  constructor(private readonly limit = 100) {}

  /** Records a new action; anything undone before it can no longer be redone. */
  push(action: A): void {
    this.done.push(action);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The action to revert, or undefined when there is nothing to undo. */
  undo(): A | undefined {
    const a = this.done.pop();
    if (a !== undefined) this.undone.push(a);
    return a;
  }

  /** The action to apply again, or undefined when there is nothing to redo. */
  redo(): A | undefined {
    const a = this.undone.pop();
    if (a !== undefined) this.done.push(a);
    return a;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
