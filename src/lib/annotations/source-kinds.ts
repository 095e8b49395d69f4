import type { SourceKind } from '../schemas/source.ts';

/** Reader-facing name of each kind of source. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  outlet: 'News outlet',
  government: 'Government',
  official: 'Named official',
  anonymous: 'Anonymous',
  expert: 'Expert',
  organization: 'Organisation',
  person: 'Named person',
};

/** The label of a source kind, or the kind itself when it is not one Sourced knows. */
export function describeSourceKind(kind: string): string {
  return (SOURCE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
