import { describe, expect, test } from 'vitest';
import { collectPeople } from '../../../src/lib/suggest/people';
import { cleanPhrase, resolveSpeaker, type ResolutionContext } from '../../../src/lib/suggest/speaker-resolution';
import { SourceRegistry } from '../../../src/lib/suggest/source-registry';

function setup(paragraphs: string[] = []): ResolutionContext {
  return { registry: new SourceRegistry(), people: collectPeople(paragraphs), paragraph: paragraphs[0] ?? '' };
}

describe('resolveSpeaker', () => {
  test('“he said” is the last person-like speaker: the senior Defense Department official', () => {
    const context = setup();
    const official = resolveSpeaker('A senior US Defense Department official', context)!.source;
    context.registry.noteSpeaker(official);
    context.registry.noteSpeaker(resolveSpeaker('The Financial Times', context)!.source);
    expect(resolveSpeaker('he', context)).toEqual({ source: official, check: '“he” taken to be A senior US Defense Department official' });
  });

  test('“she said” prefers the woman named just before, by first-name gender', () => {
    const paragraphs = ['“Of course we use water,” said Aleksander Brun.', 'In Dorn, Marta Ilves has planted olives.'];
    const context = setup(paragraphs);
    context.registry.noteSpeaker(resolveSpeaker('Aleksander Brun', context)!.source);
    expect(resolveSpeaker('she', { ...context, before: 'In Dorn, Ilves has planted olives. “······,” ' })!.source.name).toBe('Marta Ilves');
    expect(resolveSpeaker('she', context)).toBeUndefined();
  });

  test('a surname finds the person and the role given anywhere in the article', () => {
    const context = setup(['“Outwardly she is neutral,” said Steve Tsang, director of the China Institute at SOAS.']);
    expect(resolveSpeaker('Tsang', context)!.source).toMatchObject({ id: 'tsang', name: 'Steve Tsang', kind: 'expert', role: 'director of the China Institute at SOAS' });
    expect(resolveSpeaker('TSANG', context)!.source.id).toBe('tsang');
  });

  test('"the report" is the outlet named last; "the embassy" the embassy named before', () => {
    const context = setup();
    const ft = resolveSpeaker('The Financial Times', context)!.source;
    expect(resolveSpeaker('the report', context)).toEqual({ source: ft, check: '“the report” taken to be Financial Times' });
    const embassy = resolveSpeaker('The Chinese embassy in the US', context)!.source;
    expect(embassy).toMatchObject({ name: 'Chinese embassy in the US', kind: 'government' });
    expect(resolveSpeaker('the embassy', context)!.source).toBe(embassy);
  });

  test('a document speaks for its author', () => {
    const context = setup();
    expect(resolveSpeaker('A 2023 survey by the National Hydrology Institute', context)!.source).toMatchObject({ name: 'National Hydrology Institute', kind: 'organization' });
    expect(resolveSpeaker('figures published by the Ministry of Health in March', context)!.source).toMatchObject({ name: 'Ministry of Health', kind: 'government' });
  });

  test('countries and capitals are their governments; "the regime of X" takes the capital named in the paragraph', () => {
    const paragraph = 'The regime of Xi Jingping (68) expressed its “regret”. At the same time, however, Beijing reiterated its criticism.';
    const context = setup([paragraph]);
    expect(resolveSpeaker('Russia', context)!.source).toMatchObject({ id: 'russian-government', name: 'Russian government', kind: 'government' });
    const regime = resolveSpeaker('The regime of Xi Jingping', context)!;
    expect(regime.source).toMatchObject({ id: 'chinese-government', name: 'Chinese government' });
    expect(regime.check).toBe('“The regime of Xi Jingping” taken to be the Chinese government (the paragraph names Beijing)');
    expect(resolveSpeaker('Beijing', context)!.source).toBe(regime.source);
  });

  test('a long anonymous description gets a short name and keeps the description as role', () => {
    const resolved = resolveSpeaker('officials who have access to US State Department diplomatic communications', setup())!;
    expect(resolved.source).toMatchObject({ name: 'Officials', kind: 'anonymous', role: 'officials who have access to US State Department diplomatic communications' });
    expect(resolved.check).toMatch(/shortened to the source name “Officials”/);
  });

  test('"The diplomat" is the diplomat named before; an unknown name with a personal role is a person', () => {
    const context = setup();
    const diplomat = resolveSpeaker('a senior diplomat in the capital', context)!.source;
    expect(resolveSpeaker('The diplomat', context)!.source).toBe(diplomat);
    expect(resolveSpeaker('Per Ostman', context, 'leader')!.source).toMatchObject({ id: 'ostman', kind: 'official', role: 'leader' });
    expect(resolveSpeaker("the Farmers' League", context)!.source).toMatchObject({ name: "Farmers' League", kind: 'organization' });
  });

  test('a title before a name becomes the role', () => {
    expect(resolveSpeaker('Health Minister Dana Korvel', setup())!.source).toMatchObject({ id: 'korvel', name: 'Dana Korvel', kind: 'official', role: 'Health Minister' });
  });

  test('words that name no one resolve to nothing', () => {
    expect(resolveSpeaker('this', setup())).toBeUndefined();
    expect(resolveSpeaker('he', setup())).toBeUndefined();
  });
});

test('cleanPhrase removes brackets and final punctuation', () => {
  expect(cleanPhrase('The Dockworkers’ Union of Veskia (DUV),')).toBe('The Dockworkers’ Union of Veskia');
});
