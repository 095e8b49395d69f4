import { describe, expect, test } from 'vitest';
import { findAnchors, listenerAfterTold, trimContent, type Anchor } from '../../../src/lib/suggest/attributions';
import { findQuotations, maskQuotations } from '../../../src/lib/suggest/quotations';
import { verbOffsets } from '../../../src/lib/suggest/verbs';

/** The anchors of a one-sentence text, as plain strings. */
function anchors(text: string) {
  const quotations = findQuotations(text);
  const masked = maskQuotations(text, quotations);
  return findAnchors(masked, { start: 0, end: text.length }, quotations, verbOffsets(text)).map((anchor: Anchor) => ({
    kind: anchor.kind,
    speaker: anchor.speaker.phrase,
    ...(anchor.speaker.role ? { role: anchor.speaker.role } : {}),
    verb: anchor.verb,
    ...(anchor.content ? { content: text.slice(anchor.content.start, anchor.content.end) } : {}),
    ...(anchor.cited ? { cited: anchor.cited.phrase } : {}),
    ...(anchor.listener ? { listener: anchor.listener } : {}),
    ...(anchor.denial ? { denial: true } : {}),
    ...(anchor.question ? { question: true } : {}),
  }));
}

describe('tails after a quotation', () => {
  test('“…,” said NAME, ROLE: the speaker and the apposition as role', () => {
    expect(anchors('“You could see the confusion in the first statements,” said Sergey Radchenko, a professor at the Johns Hopkins School of Advanced International Studies.')).toEqual([
      { kind: 'tail', speaker: 'Sergey Radchenko', role: 'professor at the Johns Hopkins School of Advanced International Studies', verb: 'said' },
    ]);
  });

  test('“…,” Tsang said / he said / the reporter asked', () => {
    expect(anchors('“I doubt Xi wants to see the war in Ukraine escalate any further,” Tsang said.')).toEqual([{ kind: 'tail', speaker: 'Tsang', verb: 'said' }]);
    expect(anchors('“Should China decide, there will likely be consequences for China,” he said.')).toEqual([{ kind: 'tail', speaker: 'he', verb: 'said' }]);
    expect(anchors('“Real journeys in summer, or in winter?” the reporter asked.')).toEqual([{ kind: 'tail', speaker: 'the reporter', verb: 'asked', question: true }]);
  });

  test('a title before the name, and "told" with its listener', () => {
    expect(anchors('"We are not going back," DUV general secretary Tomas Brell told Meridian Wire by telephone.')).toEqual([
      { kind: 'tail', speaker: 'DUV general secretary Tomas Brell', verb: 'told', listener: 'Meridian Wire' },
    ]);
  });

  test('a role before the name between commas', () => {
    expect(anchors('“Every litre is metered,” its chief executive, Jonas Feld, said in a written reply.')).toEqual([{ kind: 'tail', speaker: 'Jonas Feld', role: 'chief executive', verb: 'said' }]);
  });

  test('no tail after a scare quote that does not end with punctuation', () => {
    expect(anchors('Feld said they had been “replaced promptly” and that readings were estimated in the meantime.')).toEqual([
      { kind: 'clause', speaker: 'Feld', verb: 'said', content: 'they had been “replaced promptly” and that readings were estimated in the meantime' },
    ]);
  });
});

describe('clauses', () => {
  test('SPEAKER said CONTENT, with a partial quote in the content', () => {
    expect(anchors('A senior US Defense Department official said it was “monitoring the situation very, very closely.”')).toEqual([
      { kind: 'clause', speaker: 'A senior US Defense Department official', verb: 'said', content: 'it was “monitoring the situation very, very closely.”' },
    ]);
  });

  test('skips a time adverbial and "that"; "then" is not part of the subject', () => {
    expect(anchors('The Financial Times reported on Sunday that Russia had asked China for support.')).toEqual([
      { kind: 'clause', speaker: 'The Financial Times', verb: 'reported', content: 'Russia had asked China for support' },
    ]);
    expect(anchors('The Chinese embassy in the US then stated that it was not aware of a Russian request.')[0]).toMatchObject({ speaker: 'The Chinese embassy in the US', content: 'it was not aware of a Russian request' });
  });

  test('a denial starts at its verb and drops a trailing day', () => {
    expect(anchors('Russia also denied having made a request to China on Monday.')).toEqual([
      { kind: 'clause', speaker: 'Russia', verb: 'denied', content: 'denied having made a request to China', denial: true },
    ]);
  });

  test('"are convinced:" and leading adverbials', () => {
    expect(anchors('US officials are convinced: China is trying to help Russia.')).toEqual([{ kind: 'clause', speaker: 'US officials', verb: 'are convinced', content: 'China is trying to help Russia' }]);
    expect(anchors('At the same time, however, Beijing reiterated its criticism of the USA.')).toEqual([{ kind: 'clause', speaker: 'Beijing', verb: 'reiterated', content: 'reiterated its criticism of the USA' }]);
  });

  test('"reports, citing OTHERS" with no words of its own', () => {
    expect(anchors('The Financial Times reports, citing officials who have access to US State Department diplomatic communications to allies in Europe and Asia.')).toEqual([
      { kind: 'clause', speaker: 'The Financial Times', verb: 'reports', cited: 'officials who have access to US State Department diplomatic communications to allies in Europe and Asia' },
    ]);
  });

  test('"reports" as a noun and "is said to" are not attributions; a verb in a relative clause is skipped', () => {
    expect(anchors('Its inspection reports were lost.')).toEqual([]);
    expect(anchors('The communist regime is said to have signaled its willingness.')).toEqual([]);
    expect(anchors('A senior official, who asked not to be named, said the decision had been made.')).toEqual([
      { kind: 'clause', speaker: 'A senior official', verb: 'said', content: 'the decision had been made' },
    ]);
  });

  test('"CONTENT, SPEAKER said, …" puts the content before the speaker', () => {
    expect(anchors('Dock workers extended their strike after talks broke down, union leaders said, leaving 40 ships waiting.')).toEqual([
      { kind: 'interjected', speaker: 'union leaders', verb: 'said', content: 'Dock workers extended their strike after talks broke down' },
    ]);
  });
});

describe('told', () => {
  test('the listener is a name or one or two words before the told words', () => {
    expect(listenerAfterTold(' the Harbour Gazette.')).toEqual({ listener: 'the Harbour Gazette', length: 20 });
    expect(listenerAfterTold(' local radio the figures were wrong')).toEqual({ listener: 'local radio', length: 12 });
    expect(listenerAfterTold(' reporters that it was over')).toEqual({ listener: 'reporters', length: 10 });
    expect(listenerAfterTold(' that it was over')).toBeUndefined();
  });

  test('a role before the name, and a short object before "that"', () => {
    expect(anchors('Its leader, Per Ostman, told local radio the deficit figures were wrong.')).toEqual([
      { kind: 'clause', speaker: 'Per Ostman', role: 'leader', verb: 'told', listener: 'local radio', content: 'the deficit figures were wrong' },
    ]);
    expect(anchors('The central bank warned the government last month that the deficit was widening.')[0]).toMatchObject({ content: 'the deficit was widening' });
  });
});

describe('according to', () => {
  test('at the end, at the start, and interrupting a short subject', () => {
    expect(anchors('The news doesn’t say whether China has signaled it, according to the report.')).toEqual([
      { kind: 'according', speaker: 'the report', verb: 'according to', content: 'The news doesn’t say whether China has signaled it' },
    ]);
    expect(anchors('According to figures published by the ministry, however, the closures would save 28 million a year.')[0]).toMatchObject({ speaker: 'figures published by the ministry', content: 'the closures would save 28 million a year' });
    expect(anchors('The money, according to the regional audit office, was reallocated in 2019.')[0]).toMatchObject({ speaker: 'the regional audit office', content: 'was reallocated in 2019' });
  });

  test('a relative clause after the source is not the content', () => {
    expect(anchors('The strike has cost exporters 120 million so far, according to the Chamber of Commerce, which called for talks.')[0]).toMatchObject({ content: 'The strike has cost exporters 120 million so far' });
  });
});

test('trimContent drops "that", final punctuation and a trailing day, but keeps a closing quotation mark', () => {
  const text = 'that it was “fine.” on Monday.';
  expect(text.slice(...Object.values(trimContent(text, 0, text.length)!) as [number, number])).toBe('it was “fine.”');
});
