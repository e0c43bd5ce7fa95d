/**
 * A dataset folder's manifest (ontology.json) as the server reads it: the
 * file, and the dataset's identity, which needs the folder's absolute path.
 * What the manifest means is the core's (core/dataset/).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { profileFromManifest, type GraphProfile } from '../../core/dataset/profile.js';

export function readProfile(datasetDir: string): GraphProfile {
  const file = path.join(datasetDir, 'ontology.json');
  // An absent manifest reads as undefined: the defaults, and time inferred from the schema.
  const raw: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const profile = profileFromManifest(raw);
  // Without a manifest the dataset is known by its folder (see datasetIdentity).
  return { ...profile, id: datasetIdentity(datasetDir, profile) };
}

/**
 * A dataset's identity: its manifest's id, or its folder's name with a
 * digest of the absolute path, so another folder of the same name cannot
 * replace it.
 */
export function datasetIdentity(
  dir: string,
  ontology: { id?: string | undefined } | undefined,
): string {
  if (ontology?.id) return ontology.id;
  const absolute = path.resolve(dir);
  const digest = createHash('sha256').update(absolute).digest('hex').slice(0, 8);
  return `${path.basename(absolute)}-${digest}`;
}
