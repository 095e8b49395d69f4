import type { ClaimStatus } from './vocabulary.ts';
import type { SourceRef } from './model.ts';

/** True when a source's name or role says it speaks for officials. */
function soundsOfficial(source: SourceRef): boolean {
  return /\bofficials?\b/i.test(`${source.name} ${source.role ?? ''}`);
}

/** True when the name reads as several people (`US officials`, `diplomats`). */
function soundsPlural(source: SourceRef): boolean {
  return /\b(officials|sources|people|diplomats|aides|analysts|officers|staff)\b/i.test(source.name);
}

/** The sourcing kind in words, before any `via`. */
function describeKind(source: SourceRef, status: ClaimStatus): string {
  const denial = status === 'denied';
  switch (source.kind) {
    case 'government':
      return denial ? 'Official denial' : 'Government statement';
    case 'official':
      return denial ? 'Official denial' : 'Named official';
    case 'anonymous': {
      const plural = soundsPlural(source);
      if (soundsOfficial(source)) return plural ? 'Anonymous officials' : 'Anonymous official';
      return plural ? 'Anonymous sources' : 'Anonymous source';
    }
    case 'expert':
      return 'Named expert';
    case 'outlet':
      return "Another outlet's report";
    case 'organization':
      return denial ? 'Denial by an organisation' : 'Organisation statement';
    case 'person':
      return denial ? 'Denial' : 'Named person';
    case 'document':
      return 'Documentary evidence';
    default:
      return 'Source';
  }
}

/**
 * How a claim reached us, in words: `Anonymous officials, via the Financial Times`,
 * `Named expert`, `Official denial`.
 */
export function describeSourcing(by: SourceRef, via: SourceRef | undefined, status: ClaimStatus): string {
  const kind = describeKind(by, status);
  if (!via) return kind;
  // A document is read, not relayed: `Named official, according to the UN panel report`.
  return via.kind === 'document' ? `${kind}, according to ${via.name}` : `${kind}, via ${via.name}`;
}

/** A claim's speakers in words: `Sergei Lavrov`, `Sergei Lavrov and SVR`, `A, B and C`; with `roles`, each name is followed by its role. */
export function describeSpeakers(speakers: readonly SourceRef[], options: { roles?: boolean } = {}): string {
  const withRoles = options.roles === true;
  return speakers
    .map((speaker, index) => (index === 0 ? '' : speakerSeparator(speakers, index, withRoles)) + (withRoles && speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name))
    .join('');
}

/**
 * What goes before the speaker at `index` (> 0) in a list of names: `, ` or ` and `; with roles
 * shown (commas already inside), `; ` and `; and `.
 */
export function speakerSeparator(speakers: readonly SourceRef[], index: number, withRoles = true): string {
  const semicolons = withRoles && speakers.some((speaker) => speaker.role);
  if (index === speakers.length - 1) return semicolons ? '; and ' : ' and ';
  return semicolons ? '; ' : ', ';
}

/** The speakers of a claim, for code that may read claims stored before `speakers` existed. */
export function speakersOf(claim: { by: SourceRef; speakers?: readonly SourceRef[] | undefined }): readonly SourceRef[] {
  return claim.speakers && claim.speakers.length > 0 ? claim.speakers : [claim.by];
}

/**
 * How a source that claims came through (`via=`) is worded: an outlet or speaker relays them, a
 * document (`kind: document`) is where the report read them.
 */
export function describeRelaying(source: { kind: string }): { counted: string; forSpeaker: string } {
  return source.kind === 'document' ? { counted: 'read in it', forSpeaker: 'read in this document, said by' } : { counted: 'relayed', forSpeaker: 'relayed for' };
}
