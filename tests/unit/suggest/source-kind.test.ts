import { describe, expect, test } from 'vitest';
import { guessKind, headPhrase, headWord, kindOfNamedPerson } from '../../../src/lib/suggest/source-kind';

const kind = (phrase: string, role?: string) => guessKind(phrase, role).kind;

describe('guessKind', () => {
  test('unnamed officials and people are anonymous, whatever institution they belong to', () => {
    expect(kind('A senior US Defense Department official')).toBe('anonymous');
    expect(kind('officials who have access to US State Department cables')).toBe('anonymous');
    expect(kind('US officials')).toBe('anonymous');
    expect(kind('Two people familiar with the negotiations')).toBe('anonymous');
    expect(kind('a ministry spokesman')).toBe('anonymous');
  });

  test('embassies, ministries, regimes and countries are governments', () => {
    expect(kind('The Chinese embassy in the US')).toBe('government');
    expect(kind('the ministry')).toBe('government');
    expect(kind('The regime of Xi Jingping')).toBe('government');
    expect(kind('Russia')).toBe('government');
    expect(kind('the Kremlin')).toBe('government');
  });

  test('outlet names and "the report" are outlets', () => {
    expect(kind('The Financial Times')).toBe('outlet');
    expect(kind('Reuters')).toBe('outlet');
    expect(kind('the Eastern Courier')).toBe('outlet');
    expect(kind('the report')).toBe('outlet');
  });

  test('companies, unions and institutes are organisations', () => {
    expect(kind("The Dockworkers' Union of Veskia")).toBe('organization');
    expect(kind('National Hydrology Institute')).toBe('organization');
    expect(kind('Harbourline Consulting')).toBe('organization');
  });

  test('named people are officials or experts by their role, else persons', () => {
    expect(kind('Steve Tsang', 'director of the China Institute at SOAS')).toBe('expert');
    expect(kind('Sergey Radchenko', 'professor at the Johns Hopkins School of Advanced International Studies')).toBe('expert');
    expect(kind('Dana Korvel', 'Health Minister')).toBe('official');
    expect(kind('Irina Kalt', 'authority spokeswoman')).toBe('official');
    expect(kind('Marta Ilves')).toBe('person');
  });

  test('every guess carries a reason for the check comment', () => {
    expect(kindOfNamedPerson(undefined).reason).toBe('a named person; the text gives no role');
    expect(guessKind('US officials').reason).toBe('unnamed (“US officials”)');
  });
});

test('the head of a noun phrase is before its relative clause or prepositional phrase', () => {
  expect(headPhrase('officials who have access to cables')).toBe('officials');
  expect(headPhrase('The Chinese embassy in the US')).toBe('The Chinese embassy');
  expect(headWord('A senior official in the regional finance department')).toBe('official');
});
