import { expect, test } from 'vitest';
import * as annotations from '../../../src/lib/annotations/index';

test('the annotation engine exposes exactly its public surface', () => {
  expect(Object.keys(annotations).sort()).toEqual([
    'ANNOTATIONS_KEY',
    'ANNOTATION_NAMES',
    'CLAIM_STATUSES',
    'CLAIM_STATUS_DESCRIPTIONS',
    'CLAIM_STATUS_LABELS',
    'NOTE_KINDS',
    'NOTE_KIND_LABELS',
    'SOURCE_KIND_LABELS',
    'TERM_KINDS',
    'TERM_KIND_DESCRIPTIONS',
    'TERM_KIND_LABELS',
    'calloutElementId',
    'claimElementId',
    'countQuotesBySpeaker',
    'countSourceUsage',
    'describeSourceKind',
    'describeSourcing',
    'fillCallouts',
    'findHedges',
    'getStoredAnnotations',
    'isAnnotationName',
    'isClaimStatus',
    'isNoteKind',
    'isTermKind',
    'pluralise',
    'quoteElementId',
    'quoteEntryElementId',
    'remarkAnnotations',
    'remarkRestoreDirectives',
    'sourceElementId',
    'toCalloutText',
    'toExcerpt',
  ]);
});
