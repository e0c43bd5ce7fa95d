/**
 * The published FollowTheMoney model (its schemata, properties, edge and
 * interval definitions), as OpenSanctions ships it in npm; never a copy.
 */
import { Model, defaultModel, type Schema } from '@opensanctions/followthemoney';

let model: Model | undefined;

export function ftmModel(): Model {
  model ??= new Model(defaultModel);
  return model;
}

/** The schema named `name`, or undefined when the model has none. */
export function ftmSchema(name: string): Schema | undefined {
  try {
    return ftmModel().getSchema(name);
  } catch {
    return undefined;
  }
}

/** One FtM entity as `ftm` and Aleph write it, one per line. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}
