/**
 * The sources a draft declares, in order of first use, with what later mentions need to find them
 * again: a surname ("Tsang said"), a head noun ("the embassy"), the last speaker ("he said"), the
 * last outlet ("according to the report"), the author of the document named last ("the study").
 */
import type { SourceKind } from '../schemas/source.ts';
import { nameGender, type Gender } from './names.ts';
import { withoutMasking } from './masking.ts';
import { baseSourceId, uniqueId } from './source-ids.ts';
import type { SuggestedSource } from './types.ts';

export interface NewSource {
  name: string;
  kind: SourceKind;
  role?: string;
  reason: string;
  /** True for a named person: the id is their surname. */
  person?: boolean;
}

/** Person-like sources answer to "he"/"she"; institutions to "it". */
const PERSONAL_KINDS: readonly SourceKind[] = ['official', 'expert', 'person', 'anonymous'];

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

function isPlural(source: SuggestedSource): boolean {
  return /s$/i.test(source.name.split(/\s+(?:who|with|in|at|of|familiar)\b/i)[0]!.trim()) && source.kind === 'anonymous';
}

export class SourceRegistry {
  readonly sources: SuggestedSource[] = [];
  private readonly byName = new Map<string, SuggestedSource>();
  private readonly people = new Set<string>();
  private readonly genders = new Map<string, Gender>();
  /** Person-like speakers, most recent last. */
  private readonly personalHistory: SuggestedSource[] = [];
  private lastInstitutional: SuggestedSource | undefined;
  private lastPlural: SuggestedSource | undefined;
  private lastOutletSource: SuggestedSource | undefined;
  /** The author of the last document named with its author ("a study by the Institute"), if named after the last outlet. */
  private lastDocumentAuthor: SuggestedSource | undefined;

  /** The source with this name, or a new one. */
  add(given: NewSource): SuggestedSource {
    // Masking characters copied from the page ("the ████ director") are no part of a name or role.
    const role = given.role === undefined ? undefined : withoutMasking(given.role);
    const source: NewSource = { ...given, name: withoutMasking(given.name) || given.name, ...(role ? { role } : {}) };
    if (!role) delete source.role;
    const key = normalise(source.name);
    const existing = this.byName.get(key);
    if (existing) {
      if (!existing.role && source.role) existing.role = source.role;
      return existing;
    }
    const id = uniqueId(baseSourceId(source.name, source.kind, source.person ?? false), new Set(this.sources.map((s) => s.id)));
    const created: SuggestedSource = { id, name: source.name, kind: source.kind, reason: source.reason, ...(source.role ? { role: source.role } : {}) };
    this.sources.push(created);
    this.byName.set(key, created);
    if (source.person) {
      this.people.add(id);
      const gender = nameGender(source.name);
      if (gender) this.genders.set(id, gender);
    }
    if (created.kind === 'outlet') {
      this.lastOutletSource = created;
      this.lastDocumentAuthor = undefined;
    }
    return created;
  }

  /** A source first guessed to be an organisation that the text shows is a person ("Brell said"). */
  retypeAsPerson(source: SuggestedSource, kind: SourceKind, reason: string): SuggestedSource {
    source.kind = kind;
    source.reason = reason;
    this.people.add(source.id);
    const gender = nameGender(source.name);
    if (gender) this.genders.set(source.id, gender);
    return source;
  }

  get(id: string): SuggestedSource | undefined {
    return this.sources.find((source) => source.id === id);
  }

  /** Remembers who spoke last, for pronouns. */
  noteSpeaker(source: SuggestedSource): void {
    if (source.kind === 'outlet' && source !== this.lastOutletSource) {
      this.lastOutletSource = source;
      this.lastDocumentAuthor = undefined;
    }
    if (PERSONAL_KINDS.includes(source.kind) && !isPlural(source)) this.personalHistory.push(source);
    else if (isPlural(source)) this.lastPlural = source;
    else this.lastInstitutional = source;
  }

  /** The source a pronoun most likely stands for. */
  forPronoun(pronoun: string): SuggestedSource | undefined {
    const word = pronoun.toLowerCase();
    if (['he', 'him', 'his'].includes(word)) return this.lastPersonal('male');
    if (['she', 'her'].includes(word)) return this.lastPersonal('female');
    if (['they', 'them', 'their'].includes(word)) return this.lastPlural ?? this.lastInstitutional;
    if (['it', 'its'].includes(word)) return this.lastInstitutional;
    return undefined;
  }

  /** The gender of a named person's first name, when known. */
  genderOf(source: SuggestedSource): Gender | undefined {
    return this.genders.get(source.id);
  }

  /** The latest person-like speaker whose gender, if known, is `gender`. */
  private lastPersonal(gender: Gender): SuggestedSource | undefined {
    return [...this.personalHistory].reverse().find((source) => (this.genders.get(source.id) ?? gender) === gender);
  }

  /** The outlet mentioned last ("the report", "the newspaper"). */
  lastOutlet(): SuggestedSource | undefined {
    return this.lastOutletSource;
  }

  /** Remembers the author of a document the text names with its author ("a study by the Institute"). */
  noteDocumentAuthor(source: SuggestedSource): void {
    this.lastDocumentAuthor = source;
  }

  /** The author of the document named last ("the study", "the report" after "a study by the Institute"), unless an outlet was named since. */
  documentAuthor(): SuggestedSource | undefined {
    return this.lastDocumentAuthor;
  }

  /** The latest source whose name or role's head contains this noun ("the embassy", "the minister"); for an institution's noun, never a person. */
  byNoun(noun: string, options: { institutionsOnly?: boolean } = {}): SuggestedSource | undefined {
    const pattern = new RegExp(`\\b${noun.replace(/[^\p{L}\p{N} -]/gu, '')}s?\\b`, 'iu');
    // A role is matched by its head: "chief executive of the ferry company" is no "company".
    const roleHead = (role: string) => role.split(/\s+(?:of|for|at|in|with|from|to)\s+/i)[0]!;
    return [...this.sources]
      .reverse()
      .find((source) => !(options.institutionsOnly && this.people.has(source.id)) && (pattern.test(source.name) || (!options.institutionsOnly && source.role !== undefined && pattern.test(roleHead(source.role)))));
  }

  /** The one source of this kind with a proper name ("the company" when Nordline Ferries is the only organisation so far), if there is exactly one. */
  onlyOfKind(kind: SourceKind): SuggestedSource | undefined {
    const named = this.sources.filter((source) => source.kind === kind && /^\p{Lu}/u.test(source.name) && !this.people.has(source.id) && source.name.split(/\s+/).length > 1);
    return named.length === 1 ? named[0] : undefined;
  }

  /** A named person by surname ("Tsang", "KORVEL", "Ms Lind"). */
  bySurname(surname: string): SuggestedSource | undefined {
    const word = surname.toLowerCase();
    return this.sources.find((source) => this.people.has(source.id) && source.name.toLowerCase().split(/\s+/).at(-1) === word);
  }

  isPerson(source: SuggestedSource): boolean {
    return this.people.has(source.id);
  }
}
