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
  return via ? `${kind}, via ${via.name}` : kind;
}
