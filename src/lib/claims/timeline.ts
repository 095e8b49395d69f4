import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../annotations/vocabulary.ts';
import { toReadableDate } from '../util/format-date.ts';
import type { StatusChange } from './model.ts';

/** Width and height of the timeline's viewBox. */
export const TIMELINE_WIDTH = 600;
export const TIMELINE_HEIGHT = 64;
/** Height of the bar of spans, from the top. */
export const TIMELINE_BAR_HEIGHT = 20;
const DAY = 24 * 60 * 60 * 1000;
/** Date labels closer than this (in viewBox units) to the previous one are left out (the list below the chart has them all). */
const LABEL_GAP = 110;

/** One status over a stretch of time, placed on the bar. */
export interface TimelineSpan {
  status: ClaimStatus;
  label: string;
  start: Date;
  x: number;
  width: number;
}

/** A claim's history drawn as consecutive coloured spans, with each status's word and date under its start (colour is never the only cue). */
export interface Timeline {
  spans: TimelineSpan[];
  ticks: { x: number; status: string; date: string }[];
  /** The history in one sentence, the chart's text alternative. */
  description: string;
}

/**
 * Lays out a claim's history on a time axis. The axis runs from the first status to the last
 * change plus a margin (a fifth of the history's length, at least a week) so the current status
 * shows as a span; it never depends on the day of the build, so builds are reproducible.
 */
export function buildTimeline(history: readonly StatusChange[]): Timeline {
  const first = history[0]!.date.getTime();
  const last = history.at(-1)!.date.getTime();
  const end = last + Math.max(7 * DAY, (last - first) / 5);
  const scale = (time: number) => ((time - first) / (end - first)) * TIMELINE_WIDTH;
  const spans = history.map((change, index): TimelineSpan => {
    const x = scale(change.date.getTime());
    const next = history[index + 1];
    const width = (next ? scale(next.date.getTime()) : TIMELINE_WIDTH) - x;
    return { status: change.status, label: CLAIM_STATUS_LABELS[change.status], start: change.date, x: round(x), width: round(width) };
  });
  const ticks: Timeline['ticks'] = [];
  for (const span of spans) {
    const previous = ticks.at(-1);
    if (previous && span.x - previous.x < LABEL_GAP) continue;
    if (span.x > TIMELINE_WIDTH - LABEL_GAP && ticks.length > 0) continue;
    ticks.push({ x: span.x, status: span.label, date: toReadableDate(span.start) });
  }
  const steps = history.map((change, index) => `${index === 0 ? CLAIM_STATUS_LABELS[change.status] : CLAIM_STATUS_LABELS[change.status].toLowerCase()} from ${toReadableDate(change.date)}`);
  return { spans, ticks, description: `${steps.join('; ')}${history.length > 1 ? ' (current)' : ''}.` };
}

const round = (value: number): number => Math.round(value * 100) / 100;
