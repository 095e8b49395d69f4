/**
 * Who said each quote, on small articles written the way real news copy is (one per class of
 * error seen on real articles): the draft's `:quote` spans and the sources they point to.
 */
import { describe, expect, test } from 'vitest';
import { readSpeakerPhrase } from '../../../src/lib/suggest/speaker-phrase';
import { stripAnnotations } from '../../../src/lib/suggest/strip-annotations';
import { suggestDraft } from '../../../src/lib/suggest/suggest-draft';

/** The draft `suggest` makes of an article with a headline and `paragraphs`. */
function draftOf(...paragraphs: string[]) {
  return suggestDraft(['Headline', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { today: new Date(2026, 0, 1) });
}

/** Each quote of the draft of `paragraphs` as [first words, speaker's name]. */
function speakers(...paragraphs: string[]): [string, string][] {
  const draft = draftOf(...paragraphs);
  const stripped = stripAnnotations(draft.markdown);
  const names = new Map(draft.sources.map((source) => [source.id, source.name]));
  return stripped.spans
    .filter((span) => span.name === 'quote')
    .map((span) => [stripped.plain.slice(span.start, span.end).split(' ').slice(0, 3).join(' '), names.get(span.attributes['by']!) ?? '?']);
}

function sourcesOf(...paragraphs: string[]) {
  return draftOf(...paragraphs).sources;
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

  test('one or two quoted words given to a speaker carry a check note: their word, or the writer’s term?', () => {
    const draft = suggestDraft('Headline\n\nThe union leader, Tomas Brell, called the offer “insulting”.\n', { today: new Date(2026, 0, 1) });
    expect(draft.markdown).toContain('check: quote “insulting” by=brell: one or two quoted words: the speaker’s own, or a term or scare quote of the writer’s (then :term or no mark)?');
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
    expect(sourcesOf('“The vote was fair,” said ■■ Jonas Feld, the ▇▇▇ director of the [redacted] election board.').map((source) => [source.name, source.role])).toEqual([['Jonas Feld', 'director of the election board']]);
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

describe('speakers of quotes in news copy: more shapes of the same classes', () => {
  test('a quote split by its attribution keeps both halves with the speaker; a "while" clause after a quote introduces the next quote, not this one', () => {
    expect(speakers('Tomas Brell leads the dockers’ union.', '“We are ready,” Brell said, “but the other side is not ready at all.”')).toEqual([
      ['We are ready', 'Tomas Brell'],
      ['but the other', 'Tomas Brell'],
    ]);
    expect(speakers('Tomas Brell and Irina Kalt met the press.', 'Brell called the deal “a betrayal of every worker in this port,” while Kalt said it was “the best deal we could get under the circumstances.”')).toEqual([
      ['a betrayal of', 'Tomas Brell'],
      ['the best deal', 'Irina Kalt'],
    ]);
  });

  test('"Secretary of State" is a title, not a speech verb; a title word after a first name is a surname', () => {
    expect(speakers('“The talks were productive and useful,” Secretary of State Antony Blake said.', '“That is simply not true,” countered opposition leader Mark Dean.')).toEqual([
      ['The talks were', 'Antony Blake'],
      ['That is simply', 'Mark Dean'],
    ]);
    expect(sourcesOf('“The talks were productive and useful,” Secretary of State Antony Blake said.')).toMatchObject([{ name: 'Antony Blake', kind: 'official', role: 'Secretary of State' }]);
  });

  test('"Russia’s foreign minister" is the foreign minister named before; "the study" and "the report" are one document, by its author', () => {
    expect(speakers('Foreign Minister Sergei Volkov met his counterpart on Monday.', '“We are ready for talks without conditions,” Russia’s foreign minister said.')).toEqual([['We are ready', 'Sergei Volkov']]);
    expect(speakers('A study by the Marine Institute found that fish stocks fell. “Stocks have fallen by a third since 2010,” the study said. “Urgent action is needed,” the report added.')).toEqual([
      ['Stocks have fallen', 'Marine Institute'],
      ['Urgent action is', 'Marine Institute'],
    ]);
  });

  test('“he” is never a man named only as the object after the last speaker; a man introduced in apposition who then acts is', () => {
    expect(speakers('“The storm was the worst in decades,” said Jonas Feld. He thanked Peter Holm for his help. “We owe him a lot,” he said.')).toEqual([
      ['The storm was', 'Jonas Feld'],
      ['We owe him', 'Jonas Feld'],
    ]);
    expect(speakers('“We will rebuild every single house,” said Marta Lind, the mayor. Her deputy, John Berg, resigned on Monday. “I could not stay any longer,” he said.')).toEqual([
      ['We will rebuild', 'Marta Lind'],
      ['I could not', 'John Berg'],
    ]);
  });

  test('a nickname given in quotation marks is no quote, and when it speaks it is the person it was given to', () => {
    expect(speakers('Alan Price, whom everyone calls “Doc”, runs the clinic. “Doc” shrugged: “We do what we can with what we have.”')).toEqual([['We do what', 'Alan Price']]);
    expect(speakers('The striker Luis “El Toro” Moreno scored twice.', '“El Toro” laughed: “I just do my job on the pitch.”')).toEqual([['I just do', 'Luis Moreno']]);
  });

  test('"X was quoted as saying “…”" is X’s words; "she thanked … and added a warning:" is hers', () => {
    expect(speakers('Jonas Feld was quoted as saying “the money has already been spent on the new ferry.”')).toEqual([['the money has', 'Jonas Feld']]);
    expect(speakers('Governor Alice Hart spoke next. She thanked the volunteers and added a warning: “The virus has not gone away.”')).toEqual([['The virus has', 'Alice Hart']]);
  });

  test('words relayed by someone else belong to the one relayed: "reported X as saying", "Y’s claim that", "As X put it", "In X’s words"', () => {
    expect(
      speakers(
        'The Harbour Gazette reported Jonas Feld as saying “the company will close three plants next year.”',
        'Jonas Feld responded to Marta Lind’s claim that “the company hid its losses from investors.”',
        'As Jonas Feld put it, “no ship will sail until the storm passes.”',
        'In Marta Lind’s words, “nobody told the passengers anything at all.”',
      ),
    ).toEqual([
      ['the company will', 'Jonas Feld'],
      ['the company hid', 'Marta Lind'],
      ['no ship will', 'Jonas Feld'],
      ['nobody told the', 'Marta Lind'],
    ]);
  });

  test('someone new who speaks after a colon in the same paragraph is not the speaker of the quote before', () => {
    expect(speakers('Jonas Feld said “the delays are regrettable.” Marta Lind, a passenger, disagreed: “Nobody told us anything about the delay.”')).toEqual([
      ['the delays are', 'Jonas Feld'],
      ['Nobody told us', 'Marta Lind'],
    ]);
  });

  test('a quote with no attribution after an organisation or a group spoke is not given to the speaker before', () => {
    expect(speakers('“The ferry will sail on time,” said Jonas Feld. The ministry disagreed sharply.', '“It has not sailed on time once this year.”')).toEqual([
      ['The ferry will', 'Jonas Feld'],
      ['It has not', 'Unknown speaker'],
    ]);
  });

  test('a quote with no attribution after someone else became the subject is not given to the speaker before', () => {
    expect(speakers('“The ferry will sail on time,” said Jonas Feld. Marta Lind, a passenger, waited for six hours.', '“It never sails on time, not once this year.”')).toEqual([
      ['The ferry will', 'Jonas Feld'],
      ['It never sails', 'Unknown speaker'],
    ]);
    // The sentence right before has her speak: hers, with a check note.
    expect(speakers('“The ferry will sail on time,” said Jonas Feld. Marta Lind disagreed strongly. “It never sails on time, not once this year.”')).toEqual([
      ['The ferry will', 'Jonas Feld'],
      ['It never sails', 'Marta Lind'],
    ]);
    expect(speakers('“The ferry will sail on time,” said Jonas Feld, the harbour master.', '“We have checked the engines twice this week.”')).toEqual([
      ['The ferry will', 'Jonas Feld'],
      ['We have checked', 'Jonas Feld'],
    ]);
  });

  test('“he” finds a man named by one name after a title ("president Vardanyan"), even one the lexicon does not know', () => {
    expect(speakers('At the ribbon-cutting for the new dam, Ruritanian president Vardanyan urged the neighbours to invest. “Any plan that leaves us out will fail,” he said.')).toEqual([['Any plan that', 'Vardanyan']]);
  });

  test('“he” is the one fitting person the paragraph names, even in a possessive; a noun after a preposition is no verb', () => {
    expect(speakers('Singer Tomas Brell’s arrival at the gala came straight from a tour of mining towns. He joked “my boots are still full of coal dust.”')).toEqual([['my boots are', 'Tomas Brell']]);
    expect(speakers('On Friday, with protests spreading, Mayor Jonas Feld gave an address calling himself the “servant of every neighbourhood in town.”')).toEqual([['servant of every', 'Jonas Feld']]);
  });

  test('a name after a title is a person’s even when a place has the same name; "Citing …," opens no subject', () => {
    expect(speakers('Writing in his newsletter, party treasurer Lyon Marsh, whose page carries two slogans, writes:', '“The odds are poor, yet our slate could pull enough voters to tip the count.”')).toEqual([['The odds are', 'Lyon Marsh']]);
    expect(speakers('Citing one of the tests, the ACME Records’ notice claimed “the code was written to break the protection of every video site.”')).toEqual([['the code was', 'ACME Records']]);
  });

  test('"the company" and "the union" are never the person whose role names them; "the minister" after two ministers is left to the analyst', () => {
    const [, company] = speakers('“Sailings will resume soon,” said Jonas Feld, chief executive of the ferry company. Later the company said: “All sailings are cancelled until Monday.”');
    expect(company?.[1]).not.toBe('Jonas Feld');
    const [, union] = speakers('“We will strike on Monday,” said union leader Tomas Brell. The union said: “Members voted to strike by a large margin.”');
    expect(union?.[1]).not.toBe('Tomas Brell');
    expect(speakers('Foreign Minister Dana Korvel met Finance Minister Jonas Feld. “We agreed on the budget,” the minister said.')).toEqual([['We agreed on', 'Unknown speaker']]);
    expect(sourcesOf('Foreign Minister Dana Korvel met Finance Minister Jonas Feld. “We agreed on the budget,” said Feld.')).toMatchObject([{ name: 'Jonas Feld', role: 'Finance Minister' }]);
  });

  test('“he” after a quote stays with its speaker when another man is only the subject of reported words ("adding that Holm was wrong")', () => {
    expect(speakers('“The plan will fail,” said Jonas Feld, adding that Peter Holm was wrong about the costs. “It will cost twice as much,” he said.')).toEqual([
      ['The plan will', 'Jonas Feld'],
      ['It will cost', 'Jonas Feld'],
    ]);
  });

  test('a list of quotes shares the tail of its last; a capitalised word after a quote with no comma is a tail only before a verb of saying', () => {
    expect(speakers('The plan was “a waste of public money” and “an insult to every taxpayer”, said Jonas Feld.')).toEqual([
      ['a waste of', 'Jonas Feld'],
      ['an insult to', 'Jonas Feld'],
    ]);
    expect(speakers('Jonas Feld said the “reckless and ruthless” Marta Lind criticised the harbour board unfairly.')).toEqual([['reckless and ruthless', 'Jonas Feld']]);
  });

  test('a surname alone is the namesake the article named first, not the one named in full later', () => {
    expect(speakers('Mayor Jonas Feld opened the new bridge on Monday.', 'His daughter, Marta Feld, cut the ribbon.', 'Feld thanked the builders. “This bridge will serve the town for a century,” he said.', '“We are proud of it,” Feld said.')).toEqual([
      ['This bridge will', 'Jonas Feld'],
      ['We are proud', 'Jonas Feld'],
    ]);
  });

  test('a single unknown name that speaks is a person, and whom someone spoke of is not their role', () => {
    expect(sourcesOf('Brell said: “We are not going back to work on Monday.”')).toMatchObject([{ name: 'Brell', kind: 'person' }]);
    expect(sourcesOf('“He was a kind man who loved his family,” said Marta Lind of her late husband.').map((source) => [source.name, source.role])).toEqual([['Marta Lind', undefined]]);
  });

  test('words on a banner, a sign or a poster are slogans, not quotes', () => {
    expect(speakers('Marchers carried a banner saying “bring the ferry back to our island”.', '“Where is the mayor when we need him?” sign at the harbour rally.', 'Jonas Feld said “the ferry will return in May.”')).toEqual([['the ferry will', 'Jonas Feld']]);
  });

  test('a time opening the sentence is no speaker ("Two weeks later, the harbour master wrote"); a thing "called" something is not speaking', () => {
    expect(speakers('Two weeks later, the harbour master wrote “the port is now running at full capacity again.”')).toEqual([['the port is', 'The harbour master']]);
    expect(speakers('The crews cleared the wrecks from the channel, a task called “sweeping the lane”.', 'Karl Dunmore, the finance minister, has called the rule “a straitjacket”.')).toEqual([['a straitjacket', 'Karl Dunmore']]);
  });

  test('"the tweet", "the statement", "the letter" are whoever the text says put them out; a quote in brackets is given by the bracket’s own clause', () => {
    expect(speakers('Jonas Feld posted a message on Twitter. “All clinics will receive masks this week,” the message said.', 'In March, the nurses’ union sent a letter to the minister. The letter said: “Our members cannot work without masks.”')).toEqual([
      ['All clinics will', 'Jonas Feld'],
      ['Our members cannot', 'Nurses’ union'],
    ]);
    expect(speakers('Lena Okafor runs the ward. The clinic (which Okafor called “the best in the region”) closed on Friday.')).toEqual([['the best in', 'Lena Okafor']]);
    expect(speakers('Chair Marta Lind remarked on the delay — which the Harbour Gazette described as rare for a chair — “Anyone can see this is meant to run out the clock.”')).toEqual([['Anyone can see', 'Marta Lind']]);
  });

  test('"the Nell Voss quote that “…”" is Nell Voss’s; "even went as far as to say" belongs to its subject', () => {
    expect(speakers('The pair said they learned from their mistakes, citing the Nell Voss quote that “every cook burns a thousand pans first,” and kept going.')).toEqual([['every cook burns', 'Nell Voss']]);
    expect(speakers('One of the pupils even went as far as to say, “The strict years made me who I am.”')).toEqual([['The strict years', 'One of the pupils']]);
  });

  test('a quote opening the sentence after one where a named person speaks is theirs; not after "asked", nor after an organisation', () => {
    expect(speakers('At the workshop, glass artist Jenn Arvo spoke of losing her studio to a flood after years of success. “For a whole season nobody bought a single piece.”')).toEqual([['For a whole', 'Jenn Arvo']]);
    expect(speakers('Marta Lind asked Jonas Feld about the plan. “We will start tomorrow morning.”')).toEqual([['We will start', 'Unknown speaker']]);
    expect(sourcesOf('At the workshop, glass artist Jenn Arvo spoke of losing her studio. “For a whole season nobody bought a single piece.”')).toMatchObject([{ name: 'Jenn Arvo', kind: 'person', role: 'glass artist' }]);
  });

  test('a tail with an apposition ("…,” its chief executive, Jonas Feld, said) names the speaker', () => {
    expect(speakers('Calder Water rejects the accusation. “Every litre we extract is metered,” its chief executive, Jonas Feld, said in a written reply.')).toEqual([['Every litre we', 'Jonas Feld']]);
  });

  test('"a statement released by Vardanyan\'s office" is the office’s; a colon introduction by "he" is the man named before', () => {
    expect(speakers('According to a statement released by Vardanyan\'s office, “restoring calm to the valley” is the goal of the deployment.')).toEqual([['restoring calm to', "Vardanyan's office"]]);
    expect(speakers('Darius Holm disagreed with the board. He showed reporters an email he had sent to the club president:', '“I will not stand for re-election while this committee stays in place.”')).toEqual([['I will not', 'Darius Holm']]);
  });

  test('"they" and "it" continue the group or the institution that spoke just before, and no one else', () => {
    expect(speakers('“We will stay until the law is changed,” protesters said on Monday. “Nobody listens to us,” they added.', '“The border is open,” the ministry said. “Trucks can cross from Monday,” it added.')).toEqual([
      ['We will stay', 'Protesters'],
      ['Nobody listens to', 'Protesters'],
      ['The border is', 'Ministry'],
      ['Trucks can cross', 'Ministry'],
    ]);
    expect(speakers('“We will stay,” said Jonas Feld. “Nobody listens to us,” they said.')).toEqual([
      ['We will stay', 'Jonas Feld'],
      ['Nobody listens to', 'Unknown speaker'],
    ]);
  });

  test('"X quoted Y:", "X read a letter from Y:" are Y’s words; "The father of A, B, said" is B; two people saying one quote are left to the analyst', () => {
    expect(speakers('In his speech, Jonas Feld quoted Marta Lind: “A port without ships is a graveyard.”', 'At the hearing, Jonas Feld read a letter from Anna Berg: “I was never told about the risks.”')).toEqual([
      ['A port without', 'Marta Lind'],
      ['I was never', 'Anna Berg'],
    ]);
    expect(speakers('The father of Anna Berg, Karl Berg, said “she was a wonderful daughter.”')).toEqual([['she was a', 'Karl Berg']]);
    expect(speakers('Jonas Feld and Marta Lind said in a joint statement that “the talks went well.”')).toEqual([['the talks went', 'Unknown speaker']]);
  });

  test('a quote signed after a dash ("“…” — Marta Lind, harbour master") is hers', () => {
    expect(speakers('“A port without ships is a graveyard.” — Marta Lind, harbour master')).toEqual([['A port without', 'Marta Lind']]);
  });

  test('in a claim too, "Russia’s foreign minister" is the one foreign minister the article names; advisers and judges are officials', () => {
    expect(sourcesOf('Foreign Minister Sergei Volkov met his counterpart on Monday. Russia’s foreign minister said the talks were useful.')).toMatchObject([{ name: 'Sergei Volkov', kind: 'official' }]);
    expect(sourcesOf('Senior adviser Lisa Grant said “the economy is growing faster than expected.”', 'Judge Lena Okafor said the case was closed.')).toMatchObject([
      { name: 'Lisa Grant', kind: 'official' },
      { name: 'Lena Okafor', kind: 'official' },
    ]);
  });

  test('"she" and "he" find an unnamed speaker whose description fits ("a woman", "a spokesman"), never one whose description does not', () => {
    expect(speakers('A woman who lives near the port said she was afraid. “The water rose so fast,” she said.')).toEqual([['The water rose', 'A woman']]);
    expect(speakers('“We are working as fast as we can,” a spokesman for the ministry said. “The roads will reopen soon,” she said.')).toEqual([
      ['We are working', 'A spokesman for the ministry'],
      ['The roads will', 'Unknown speaker'],
    ]);
  });

  test('"X is reported to have said" is X’s; "She had one question:" is hers; "the ministry’s response was short:" is the ministry’s', () => {
    expect(speakers('Jonas Feld is reported to have said “the port will close next year.”', 'Marta Lind spoke next. She had one question for the board: “Who approved this?”', 'The ministry’s response was short: “We do not comment on rumours.”')).toEqual([
      ['the port will', 'Jonas Feld'],
      ['Who approved this?', 'Marta Lind'],
      ['We do not', 'Ministry'],
    ]);
  });

  test('"the company" after one named company spoke is that company', () => {
    expect(speakers('Nordline Ferries said on Monday that sailings were cancelled. “We regret the delays to our passengers,” the company said.')).toEqual([['We regret the', 'Nordline Ferries']]);
  });

  test('a title in capitals inside the writer’s sentence is no quote, even after a speech verb', () => {
    expect(speakers('The minister quoted from the report “Water for All” during the debate.')).toEqual([]);
  });

  test('an age, a time, a nickname or a past action in the apposition is no part of the role; "on Twitter" no part of the name', () => {
    const sources = sourcesOf('“It was chaos in the ward,” says Jana Novak, 34, a nurse.', '“We will appeal,” said Lena Okafor, a lawyer for the family, on Tuesday.', 'Mark Dean on Twitter: “This is a dark day for democracy.”', '“The vote was rigged,” said Ivan Petrov, who thanked his lawyers.');
    expect(sources.map((source) => [source.name, source.role])).toEqual([
      ['Jana Novak', 'nurse'],
      ['Lena Okafor', 'lawyer for the family'],
      ['Mark Dean', undefined],
      ['Ivan Petrov', undefined],
    ]);
  });
});
