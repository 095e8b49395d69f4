import { describe, expect, test } from 'vitest';
import { findPeople, isPersonName, nameGender, withoutHonorific, withoutTitle } from '../../../src/lib/suggest/names';
import { appositionAfter, collectPeople, personBySurname, titleBefore } from '../../../src/lib/suggest/people';
import { countryOfAdjective, countryOfPhrase, firstMetonymIn, governmentName } from '../../../src/lib/suggest/places';

describe('names (compromise)', () => {
  test('recognises personal names, not organisations or places', () => {
    expect(isPersonName('Steve Tsang')).toBe(true);
    expect(isPersonName('Dr Sanna Reyes')).toBe(true);
    expect(isPersonName('Financial Times')).toBe(false);
    expect(isPersonName('United States')).toBe(false);
    expect(isPersonName('Tsang')).toBe(false);
  });

  test('finds people with offsets, without punctuation, honorifics or titles', () => {
    const text = '“No,” said Sergey Radchenko, a professor. Foreign Minister Wang Yi agreed.';
    expect(findPeople(text).map((m) => [m.name, text.slice(m.start, m.end)])).toEqual([
      ['Sergey Radchenko', 'Sergey Radchenko'],
      ['Wang Yi', 'Wang Yi'],
    ]);
  });

  test('reads the gender of common first names', () => {
    expect(nameGender('Marta Ilves')).toBe('female');
    expect(nameGender('Steve Tsang')).toBe('male');
    expect(nameGender('Xi Jingping')).toBeUndefined();
  });

  test('strips honorifics and titles', () => {
    expect(withoutHonorific('Dr Sanna Reyes')).toBe('Sanna Reyes');
    expect(withoutTitle('Minister Dana Korvel')).toBe('Dana Korvel');
  });
});

describe('people of the article', () => {
  test('collects roles from appositions and titles, and finds people by surname', () => {
    const people = collectPeople([
      '“You could see the confusion,” said Sergey Radchenko, a professor at the Johns Hopkins School of Advanced International Studies.',
      'Health Minister Dana Korvel faced sharp questions.',
    ]);
    expect(personBySurname(people, 'Radchenko')).toEqual({ name: 'Sergey Radchenko', role: 'professor at the Johns Hopkins School of Advanced International Studies' });
    expect(personBySurname(people, 'KORVEL')).toEqual({ name: 'Dana Korvel', role: 'Health Minister' });
  });

  test('titleBefore and appositionAfter', () => {
    expect(titleBefore('Kremlin spokesman ')).toBe('Kremlin spokesman');
    expect(titleBefore('said ')).toBeUndefined();
    expect(appositionAfter(', 54, has farmed here')).toBeUndefined();
    expect(appositionAfter(', who chairs the local growers’ cooperative.')).toBe('chairs the local growers’ cooperative');
  });
});

describe('places', () => {
  test('countries, capitals and seats of government stand for governments', () => {
    expect(governmentName(countryOfPhrase('Russia')!)).toBe('Russian government');
    expect(governmentName(countryOfPhrase('the Kremlin')!)).toBe('Russian government');
    expect(governmentName(countryOfPhrase('Beijing')!)).toBe('Chinese government');
    expect(countryOfPhrase('Veskia')).toBeUndefined();
    expect(countryOfAdjective('Chinese embassy in the US')!.names[0]).toBe('China');
    expect(firstMetonymIn('The regime of Xi Jingping … Beijing reiterated … Moscow')!.adjective).toBe('Chinese');
  });
});
