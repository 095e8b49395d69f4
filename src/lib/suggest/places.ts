/**
 * Countries as speakers. "Russia denied …", "Beijing reiterated …", "the Kremlin said …": the
 * speaker is that country's government. A small table of countries, capitals and the buildings
 * that stand for governments.
 */
import { escapeRegExp } from '../util/escape-regexp.ts';

export interface Country {
  /** Adjective used in the source name: "Chinese government". */
  adjective: string;
  /** Names of the country itself. */
  names: readonly string[];
  /** Capitals and seats of government that stand for the government. */
  metonyms: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { adjective: 'US', names: ['United States', 'USA', 'US', 'U.S.', 'America'], metonyms: ['Washington', 'White House'] },
  { adjective: 'Chinese', names: ['China', "People's Republic of China", 'People’s Republic of China'], metonyms: ['Beijing', 'Zhongnanhai'] },
  { adjective: 'Russian', names: ['Russia', 'Russian Federation'], metonyms: ['Moscow', 'Kremlin'] },
  { adjective: 'Ukrainian', names: ['Ukraine'], metonyms: ['Kyiv', 'Kiev'] },
  { adjective: 'British', names: ['United Kingdom', 'UK', 'Britain', 'Great Britain'], metonyms: ['London', 'Downing Street', 'Whitehall'] },
  { adjective: 'French', names: ['France'], metonyms: ['Paris', 'Elysée', 'Élysée'] },
  { adjective: 'German', names: ['Germany'], metonyms: ['Berlin'] },
  { adjective: 'Italian', names: ['Italy'], metonyms: ['Rome'] },
  { adjective: 'Spanish', names: ['Spain'], metonyms: ['Madrid'] },
  { adjective: 'Polish', names: ['Poland'], metonyms: ['Warsaw'] },
  { adjective: 'Japanese', names: ['Japan'], metonyms: ['Tokyo'] },
  { adjective: 'Indian', names: ['India'], metonyms: ['New Delhi', 'Delhi'] },
  { adjective: 'Iranian', names: ['Iran'], metonyms: ['Tehran'] },
  { adjective: 'Israeli', names: ['Israel'], metonyms: ['Jerusalem'] },
  { adjective: 'Turkish', names: ['Turkey', 'Türkiye'], metonyms: ['Ankara'] },
  { adjective: 'Taiwanese', names: ['Taiwan'], metonyms: ['Taipei'] },
  { adjective: 'North Korean', names: ['North Korea'], metonyms: ['Pyongyang'] },
  { adjective: 'South Korean', names: ['South Korea'], metonyms: ['Seoul'] },
  { adjective: 'Belarusian', names: ['Belarus'], metonyms: ['Minsk'] },
  { adjective: 'Canadian', names: ['Canada'], metonyms: ['Ottawa'] },
  { adjective: 'Australian', names: ['Australia'], metonyms: ['Canberra'] },
  { adjective: 'Saudi', names: ['Saudi Arabia'], metonyms: ['Riyadh'] },
  { adjective: 'Pakistani', names: ['Pakistan'], metonyms: ['Islamabad'] },
  { adjective: 'Syrian', names: ['Syria'], metonyms: ['Damascus'] },
  { adjective: 'Egyptian', names: ['Egypt'], metonyms: ['Cairo'] },
  { adjective: 'Brazilian', names: ['Brazil'], metonyms: ['Brasília', 'Brasilia'] },
];

const stripArticle = (text: string) => text.trim().replace(/^the\s+/i, '');

/** The country a phrase names on its own ("Russia", "the Kremlin", "Beijing"), if any. */
export function countryOfPhrase(phrase: string): Country | undefined {
  const text = stripArticle(phrase);
  return COUNTRIES.find((country) => [...country.names, ...country.metonyms].includes(text));
}

/** The country of a national adjective at the start of a phrase: "Chinese embassy" → China. */
export function countryOfAdjective(phrase: string): Country | undefined {
  const text = stripArticle(phrase);
  return COUNTRIES.find((country) => text.startsWith(`${country.adjective} `));
}

/** The first capital or seat of government mentioned in a text ("… Beijing reiterated …" → China). */
export function firstMetonymIn(text: string): Country | undefined {
  let best: { country: Country; index: number } | undefined;
  for (const country of COUNTRIES) {
    for (const metonym of country.metonyms) {
      const match = new RegExp(`\\b${escapeRegExp(metonym)}\\b`).exec(text);
      if (match && (!best || match.index < best.index)) best = { country, index: match.index };
    }
  }
  return best?.country;
}

/** The display name of a country's government: "Chinese government". */
export function governmentName(country: Country): string {
  return `${country.adjective} government`;
}
