import { expect, test } from 'vitest';
import { roleFromApposition, subjectBefore } from '../../../src/lib/suggest/subject';

const subject = (text: string, verb: string) => {
  const found = subjectBefore(text, 0, text.indexOf(verb));
  return found && { phrase: found.phrase, ...(found.role ? { role: found.role } : {}), offsetsMatch: text.slice(found.start, found.end) === found.phrase };
};

test('the subject is the last clause chunk before the verb, without connectives, fillers or an age in brackets', () => {
  expect(subject('At the same time, however, Beijing reiterated', 'reiterated')).toEqual({ phrase: 'Beijing', offsetsMatch: true });
  expect(subject('The Chinese embassy in the US then stated', 'stated')).toEqual({ phrase: 'The Chinese embassy in the US', offsetsMatch: true });
  expect(subject('The regime of Xi Jingping (68) expressed', 'expressed')).toEqual({ phrase: 'The regime of Xi Jingping', offsetsMatch: true });
  expect(subject('But Russia also denied', 'denied')).toEqual({ phrase: 'Russia', offsetsMatch: true });
});

test('an apposition after the name becomes the role', () => {
  expect(subject('Steve Tsang, director of the China Institute, said', 'said')).toEqual({ phrase: 'Steve Tsang', role: 'director of the China Institute', offsetsMatch: true });
  expect(subject('Dr Sanna Reyes, a hydrogeologist at the University of Halmstrand, calls', 'calls')).toEqual({ phrase: 'Dr Sanna Reyes', role: 'hydrogeologist at the University of Halmstrand', offsetsMatch: true });
});

test('a role before the name, between commas, becomes the role', () => {
  expect(subject('The regulator, the Water Resources Authority, says', 'says')).toEqual({ phrase: 'the Water Resources Authority', role: 'regulator', offsetsMatch: true });
});

test('a description before a proper name: the name is the subject, the description its role', () => {
  expect(subject("The Unity Party's junior partner, the Farmers' League, said", 'said')).toEqual({ phrase: "the Farmers' League", role: "Unity Party's junior partner", offsetsMatch: true });
  expect(subject('a rule the finance minister, Karl Dunmore, has called', 'called')).toEqual({ phrase: 'Karl Dunmore', offsetsMatch: true });
});

test('a participle clause is not a role; a long clause before a dash is not a name', () => {
  expect(subject('Prime Minister Adela Voss, speaking to reporters in Orvane, said', 'said')).toEqual({ phrase: 'Prime Minister Adela Voss', offsetsMatch: true });
  expect(subject('Putin only traveled to Beijing for the opening of the Winter Olympics in February – he and Xi pledged', 'pledged')).toEqual({ phrase: 'he and Xi', offsetsMatch: true });
});

test('roleFromApposition drops the article and "who", and refuses participles and anonymity clauses', () => {
  expect(roleFromApposition('a professor at SAIS')).toBe('professor at SAIS');
  expect(roleFromApposition('who chairs the local growers’ cooperative')).toBe('chairs the local growers’ cooperative');
  expect(roleFromApposition('speaking to reporters')).toBeUndefined();
  expect(roleFromApposition('who asked not to be named')).toBeUndefined();
  expect(roleFromApposition('whose Social Democrats lead the government')).toBeUndefined();
  expect(roleFromApposition('has called it a straitjacket')).toBeUndefined();
});
