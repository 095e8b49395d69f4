/**
 * Who said each quote, on small articles written the way real news copy is (one per class of
 * error seen on real articles): the draft's `:quote` spans and the sources they point to.
 */
import { describe, expect, test } from 'vitest';
import { readSpeakerPhrase } from '../../../src/lib/suggest/speaker-phrase';
import { stripAnnotations } from '../../../src/lib/suggest/strip-annotations';
import { suggestDraft } from '../../../src/lib/suggest/suggest-draft';

/** Each quote of the draft of `paragraphs` as [first words, speaker's name]. */
function speakers(...paragraphs: string[]): [string, string][] {
  const draft = suggestDraft(['Headline', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { today: new Date(2026, 0, 1) });
  const stripped = stripAnnotations(draft.markdown);
  const names = new Map(draft.sources.map((source) => [source.id, source.name]));
  return stripped.spans
    .filter((span) => span.name === 'quote')
    .map((span) => [stripped.plain.slice(span.start, span.end).split(' ').slice(0, 3).join(' '), names.get(span.attributes['by']!) ?? '?']);
}

function sourcesOf(...paragraphs: string[]) {
  return suggestDraft(['Headline', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { today: new Date(2026, 0, 1) }).sources;
}

describe('speakers of quotes in news copy', () => {
  test('"…," said Name, role. after the quote, and the next "she said" is that person, not a phrase of a nearby sentence', () => {
    expect(speakers('“Demand is soft,” said Ana Ruiz, an economist at a bank in Lima. Exports and farm output fell sharply in May.', '“Prices will fall further before they rise,” she said.')).toEqual([
      ['Demand is soft', 'Ana Ruiz'],
      ['Prices will fall', 'Ana Ruiz'],
    ]);
    const ruiz = sourcesOf('“Demand is soft,” said Ana Ruiz, an economist at a bank in Lima.').find((source) => source.name === 'Ana Ruiz');
    expect(ruiz?.role).toBe('economist at a bank in Lima');
  });

  test('sentence openers are never speakers; a pronoun ending one is', () => {
    for (const fragment of ['After', 'Newly released files', 'As the city', 'Exports and farm output', 'In his Tuesday live-streamed talk']) expect(readSpeakerPhrase(fragment)).toBeUndefined();
    expect(readSpeakerPhrase('In late May he')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });

  test('titles go to the role and the name stays a name, whatever the lexicon knows', () => {
    expect(readSpeakerPhrase('Interior Minister Joachim Brudziński')).toEqual({ kind: 'person', name: 'Joachim Brudziński', role: 'Interior Minister' });
    expect(readSpeakerPhrase('Hong Kong director of Amnesty International Man-kei Tam')).toMatchObject({ kind: 'person', name: 'Man-kei Tam' });
    expect(readSpeakerPhrase('University of California, San Diego’s chancellor, Pradeep Khosla')).toMatchObject({ kind: 'person', name: 'Pradeep Khosla' });
  });

  test('a colon introduction gives the quote to the sentence’s subject', () => {
    expect(speakers('The minister, Dana Korvel, agreed, but blamed the council: “The council has failed this town for a decade.”')).toEqual([['The council has', 'Dana Korvel']]);
  });

  test('a nickname in quotation marks is the speaker, not a quote, and shifts nothing after it', () => {
    expect(speakers('Tomas Brell, known to his members as “Duke”, led the talks.', '“Duke” cut in: “We will not sign this agreement today.”', '“Nothing has changed since March,” said Irina Kalt, a spokeswoman for the port authority.')).toEqual([
      ['We will not', 'Duke'],
      ['Nothing has changed', 'Irina Kalt'],
    ]);
  });

  test('“he” is the latest man who became the subject, even by a verb that is not a speech verb; “she” skips men', () => {
    expect(speakers('“We will rebuild every house,” said Marta Lind, the mayor.', 'Later, Peter Holm toured the flooded streets with engineers.', '“It is worse than we thought,” he said.', '“The money is there,” she said.')).toEqual([
      ['We will rebuild', 'Marta Lind'],
      ['It is worse', 'Peter Holm'],
      ['The money is', 'Marta Lind'],
    ]);
  });

  test('“he was told that …” credits no one: the draft says it does not know; “told by X” credits X', () => {
    const draft = suggestDraft('Headline\n\nThe mayor, Peter Holm, said he was told that “the plant will close before the winter comes.”\n\nIn a meeting he was told by Energy Minister Jonas Feld of “a very hard winter for every household.”\n', { today: new Date(2026, 0, 1) });
    expect(draft.markdown).toMatch(/:quote\[the plant will close before the winter comes\.\]\{by=unknown-speaker\}/);
    expect(draft.markdown).toContain('unknown speaker: the words were told to someone');
    expect(draft.markdown).toMatch(/:quote\[a very hard winter for every household\.\]\{by=feld\}/);
  });

  test('an organisation speaks as itself, and "a spokesman for the port authority" keeps its whole name', () => {
    expect(speakers('The ferry company’s chief executive, Jonas Feld, resigned on Monday.', 'The ferry company said in a statement: “Sailings resume on Monday from both harbours.”', '“The port is open to all ships again,” a spokesman for the port authority said.')).toEqual([
      ['Sailings resume on', 'Ferry company'],
      ['The port is', 'A spokesman for the port authority'],
    ]);
  });

  test('one-word scare quotes and titles are not quotes unless a speech verb gives them to someone', () => {
    expect(speakers('The festival, billed as “Summer Nights Live”, drew a “record” crowd.', 'The union leader, Tomas Brell, called the offer “insulting”.')).toEqual([['insulting', 'Tomas Brell']]);
  });

  test('mixed quotation marks in pasted wire copy: four quotes, each with its own speaker', () => {
    expect(
      speakers('"We are not going back to work,” said Tomas Brell, the union leader. "The offer is final,” said Irina Kalt, a spokeswoman for the port authority. "Talks will resume on Friday,” the secretary said. "Nobody wants a long strike,” Brell added.'),
    ).toEqual([
      ['We are not', 'Tomas Brell'],
      ['The offer is', 'Irina Kalt'],
      ['Talks will resume', 'The secretary'],
      ['Nobody wants a', 'Tomas Brell'],
    ]);
  });

  test('masking characters pasted from the page never reach a name or a role', () => {
    for (const source of sourcesOf('“The vote was fair,” said ██ Jonas Feld, the ████ director of the election board.')) {
      expect(`${source.name} ${source.role ?? ''}`).not.toMatch(/█/);
    }
  });

  test('a block quotation after a paragraph ending in a colon belongs to the speaker that sentence introduces; "went on to say" is said', () => {
    expect(speakers('At the hearing, the union’s lawyer Marta Lind commented:', '“The agreement was signed under pressure and cannot stand in any court.”', 'Judge Peter Holm went on to say the union had “accepted the terms at an early stage of the talks”.')).toEqual([
      ['The agreement was', 'Marta Lind'],
      ['accepted the terms', 'Peter Holm'],
    ]);
  });

  test('a quote with no attribution anywhere is "Unknown speaker" with a check note, not a guess', () => {
    const draft = suggestDraft('Headline\n\nMarta Lind, the mayor, visited the dam on Monday.\n\nResidents gathered outside the town hall. “Someone has to pay for this damage to our homes.”\n', { today: new Date(2026, 0, 1) });
    expect(draft.markdown).toMatch(/:quote\[Someone has to pay for this damage to our homes\.\]\{by=unknown-speaker\}/);
    expect(draft.markdown).toContain('check: no attribution found: who said this?');
  });
});
