// The old name of the panel context, kept only for the workbench module
// (edited on another branch); everything else imports `Explorer`.
export type { Explorer as Ctx } from './explorer.js';
